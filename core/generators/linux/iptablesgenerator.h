#pragma once

#include "core/generators/generator.h"

// etc/routestudio/iptables.rules: the nftables policy for iptables-restore.
class IptablesGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-iptables"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
