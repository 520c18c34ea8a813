#pragma once

#include "core/generators/generator.h"

// etc/ppp/ip-up.d/routestudio and etc/ppp/ip-down.d/routestudio wherever pppd
// runs (hubs with remoteAccess, gateways with l2tp links): the routes of L2TP
// links on their PPP interface.
class PppScriptsGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-ppp-scripts"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
