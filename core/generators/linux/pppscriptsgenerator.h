#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/ppp/ip-up.d/routestudio and etc/ppp/ip-down.d/routestudio wherever pppd
// runs (hubs with remoteAccess, gateways with l2tp links): the routes of L2TP
// links on their PPP interface.
class PppScriptsGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
