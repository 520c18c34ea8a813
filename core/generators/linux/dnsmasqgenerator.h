#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/dnsmasq.d/routestudio.conf: dnsmasq answers DHCPINFORM on the hub's ppp*
// links with each profile's routes (options 121 and 249), DNS and domain, and
// never leases an address (docs/route-push.md). Only for hubs whose PushPlan is active.
class DnsmasqGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
