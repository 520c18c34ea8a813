#pragma once

#include "core/generators/generator.h"

// The legacy strongSwan starter configuration: etc/ipsec.conf and
// etc/ipsec.secrets, the same connections as swanctl.conf.
class IpsecConfGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-ipsec-conf"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
