#pragma once

#include "core/generators/generator.h"

// etc/ppp/ip-up.d/routestudio and etc/ppp/ip-down.d/routestudio for a hub with
// remoteAccess: routes to the LANs of L2TP dial-in gateways on their PPP interface.
class PppScriptsGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-ppp-scripts"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
