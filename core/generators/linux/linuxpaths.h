#pragma once

#include <QString>

// The file layout of a linux-strongswan site (docs/generators.md): paths in the
// site's folder, and where the files that refer to each other are installed.
namespace LinuxPaths {

inline QString readme() { return QStringLiteral("README.md"); }
inline QString swanctl() { return QStringLiteral("etc/swanctl/conf.d/routestudio.conf"); }
// charon's retransmission timing for failover (docs/failover.md), read by
// Debian's /etc/strongswan.conf through its `include strongswan.d/*.conf`.
inline QString charonFailover() { return QStringLiteral("etc/strongswan.d/routestudio-failover.conf"); }
inline QString ipsecConf() { return QStringLiteral("etc/ipsec.conf"); }
inline QString ipsecSecrets() { return QStringLiteral("etc/ipsec.secrets"); }
inline QString xl2tpdConf() { return QStringLiteral("etc/xl2tpd/xl2tpd.conf"); }
inline QString pppOptions() { return QStringLiteral("etc/ppp/options.xl2tpd"); }
inline QString chapSecrets() { return QStringLiteral("etc/ppp/chap-secrets"); }
// pppd options of one L2TP dial-out link (the LAC side; its ipparam is the link id).
inline QString pppClientOptions(const QString &linkId)
{
    return QStringLiteral("etc/ppp/options.l2tp-client.") + linkId;
}
inline QString ipUp() { return QStringLiteral("etc/ppp/ip-up.d/routestudio"); }
inline QString ipDown() { return QStringLiteral("etc/ppp/ip-down.d/routestudio"); }
inline QString tunnelRoutes() { return QStringLiteral("etc/routestudio/tunnel-routes.sh"); }
inline QString sysctl() { return QStringLiteral("etc/sysctl.d/60-routestudio.conf"); }
inline QString nftables() { return QStringLiteral("etc/nftables.d/routestudio.nft"); }
inline QString iptables() { return QStringLiteral("etc/routestudio/iptables.rules"); }
// dnsmasq's drop-in: the DHCPINFORM responder on ppp* (docs/route-push.md).
inline QString dnsmasq() { return QStringLiteral("etc/dnsmasq.d/routestudio.conf"); }

// Where a file of the folder goes on the box: "etc/x" -> "/etc/x".
inline QString installed(const QString &path) { return u'/' + path; }
inline QString tunnelRoutesInstalled() { return installed(tunnelRoutes()); }
inline QString pppOptionsInstalled() { return installed(pppOptions()); }

} // namespace LinuxPaths
