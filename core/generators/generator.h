#pragma once

#include "core/generators/generatedfile.h"
#include "core/generators/generatorinput.h"

#include <QList>

// A pure function from the topology to the files of one box. Generators are
// only called on a topology whose validation (with secrets) has no errors,
// so they may rely on every value being safe for their target's syntax.
class Generator
{
public:
    virtual ~Generator() = default;
    virtual QString id() const = 0;
    virtual bool appliesTo(const Site &site) const = 0;
    virtual QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const = 0;
};
