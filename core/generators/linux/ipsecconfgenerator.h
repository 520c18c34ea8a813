#pragma once

#include "core/generators/linux/linuxfiles.h"

// The legacy strongSwan starter configuration: etc/ipsec.conf and
// etc/ipsec.secrets, the same connections as swanctl.conf.
class IpsecConfGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
