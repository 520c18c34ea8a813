#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/routestudio/tunnel-routes.sh: `up|down [LINK]` for the routes over this
// site's ipsec links; strongSwan's updown hook for every tunnel child.
class TunnelRoutesGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
