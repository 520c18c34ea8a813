#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/routestudio/iptables.rules: the nftables policy for iptables-restore.
class IptablesGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
