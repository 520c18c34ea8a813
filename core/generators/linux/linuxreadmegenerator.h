#pragma once

#include "core/generators/generator.h"

// README.md of a linux-strongswan site: each file, where it goes, how to
// install it and how to verify it with this topology's addresses.
class LinuxReadmeGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-readme"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
