#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/sysctl.d/60-routestudio.conf: IPv4 forwarding, no ICMP redirects.
class SysctlGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
