#pragma once

#include "core/generators/generatedfile.h"
#include "core/generators/generatorinput.h"

#include <QList>

// A pure function from the topology to one user's client files for one
// remote-access profile (NetworkManager, Windows, macOS, ...). Like site
// generators, only called on a topology whose validation has no errors.
class ClientGenerator
{
public:
    virtual ~ClientGenerator() = default;
    virtual QString id() const = 0;
    virtual QList<GeneratedFile> generate(const GeneratorInput &input, const Profile &profile,
                                          const QString &user) const = 0;
};
