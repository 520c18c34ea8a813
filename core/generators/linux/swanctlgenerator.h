#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/swanctl/conf.d/routestudio.conf for a linux-strongswan site: the L2TP
// remote-access connection, L2TP dial-in links, tunnel-mode links, secrets.
class SwanctlGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
