#pragma once

#include "core/generators/generator.h"

// etc/dnsmasq.d/routestudio.conf: dnsmasq answers DHCPINFORM on the hub's ppp*
// links with each profile's routes (options 121 and 249), DNS and domain, and
// never leases an address (docs/route-push.md). Only for hubs whose PushPlan is active.
class DnsmasqGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-dnsmasq"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
