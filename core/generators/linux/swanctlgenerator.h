#pragma once

#include "core/generators/generator.h"

// etc/swanctl/conf.d/routestudio.conf for a linux-strongswan site: the L2TP
// remote-access connection, L2TP dial-in links, tunnel-mode links, secrets.
class SwanctlGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-swanctl"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
