#pragma once

#include "core/generators/generator.h"

// etc/sysctl.d/60-routestudio.conf: IPv4 forwarding, no ICMP redirects.
class SysctlGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-sysctl"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
