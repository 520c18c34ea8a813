#pragma once

#include "core/generators/linux/linuxfiles.h"

// xl2tpd and pppd: the L2TP server of a hub with remoteAccess
// (etc/xl2tpd/xl2tpd.conf [lns default], etc/ppp/options.xl2tpd) and the L2TP
// client of a gateway's l2tp links ([lac LINK], etc/ppp/options.l2tp-client.LINK),
// with etc/ppp/chap-secrets (0600). Nothing for sites that do neither.
class Xl2tpdGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
