#include "core/generators/cisco/ciscoremoteaccess.h"

#include "core/generators/cisco/ciscosyntax.h"

namespace CiscoRemoteAccess {

QStringList isakmpPolicies(bool remoteAccess)
{
    QStringList out{
        QStringLiteral("! IKEv1 phase 1 (L2TP clients and IKEv1 links)"),
        QStringLiteral("crypto isakmp policy 10"),
        QStringLiteral(" encryption aes 256"),
        QStringLiteral(" hash sha256"),
        QStringLiteral(" authentication pre-share"),
        QStringLiteral(" group 14"),
        QStringLiteral("crypto isakmp policy 20"),
        QStringLiteral(" encryption aes 256"),
        QStringLiteral(" hash sha"),
        QStringLiteral(" authentication pre-share"),
        QStringLiteral(" group 14"),
    };
    if (remoteAccess) {
        out << QStringLiteral("! DH group 2 only for Windows' built-in L2TP client (weak; remove if unused)")
            << QStringLiteral("crypto isakmp policy 30")
            << QStringLiteral(" encryption aes 256")
            << QStringLiteral(" hash sha")
            << QStringLiteral(" authentication pre-share")
            << QStringLiteral(" group 2");
    }
    out << QStringLiteral("crypto isakmp nat keepalive 20") << QStringLiteral("!");
    return out;
}

QStringList lines(const RemoteAccessPlan &plan)
{
    const QString group = CiscoSyntax::name(QStringLiteral("l2tp"));
    const QString pool = CiscoSyntax::name(QStringLiteral("l2tp-pool"));
    QStringList out;
    out << QStringLiteral("! ---- L2TP/IPsec remote access (PPP MTU %1, TCP MSS %2) ----")
               .arg(plan.mtu)
               .arg(plan.mss);
    out << QStringLiteral("aaa new-model")
        << QStringLiteral("aaa authentication ppp %1 local").arg(group)
        << QStringLiteral("aaa authorization network %1 local").arg(group);
    out << QStringLiteral("! PPP users (MS-CHAPv2 needs the password in reversible form)");
    for (const RemoteAccessPlan::User &user : plan.users) {
        if (user.link.isEmpty()) // l2tp links are not generated for IOS (see the links section)
            out << QStringLiteral("username %1 password 0 %2").arg(user.name, user.password);
    }
    out << QStringLiteral("!")
        << QStringLiteral("vpdn enable")
        << QStringLiteral("vpdn-group %1").arg(group)
        << QStringLiteral(" accept-dialin")
        << QStringLiteral("  protocol l2tp")
        << QStringLiteral("  virtual-template 1")
        << QStringLiteral(" ! Windows and macOS clients send no L2TP tunnel secret")
        << QStringLiteral(" no l2tp tunnel authentication")
        << QStringLiteral("!");
    out << QStringLiteral("! Every client authenticates IPsec with the profile PSK \"%1\"")
               .arg(plan.pskName)
        << QStringLiteral("crypto keyring %1").arg(group)
        << QStringLiteral(" pre-shared-key address 0.0.0.0 0.0.0.0 key %1").arg(plan.psk)
        << QStringLiteral("crypto isakmp profile %1").arg(group)
        << QStringLiteral(" keyring %1").arg(group)
        << QStringLiteral(" match identity address 0.0.0.0")
        << QStringLiteral("!")
        << QStringLiteral("! ESP in transport mode protects UDP 1701 (L2TP)")
        << QStringLiteral("crypto ipsec transform-set RS-L2TP-SHA256 esp-aes 256 esp-sha256-hmac")
        << QStringLiteral(" mode transport")
        << QStringLiteral("crypto ipsec transform-set RS-L2TP-SHA1 esp-aes 256 esp-sha-hmac")
        << QStringLiteral(" mode transport")
        << QStringLiteral("crypto dynamic-map RS-L2TP-DYN 10")
        << QStringLiteral(" set nat demux")
        << QStringLiteral(" set transform-set RS-L2TP-SHA256 RS-L2TP-SHA1")
        << QStringLiteral(" set isakmp-profile %1").arg(group)
        << QStringLiteral("crypto map RS-OUTSIDE 65535 ipsec-isakmp dynamic RS-L2TP-DYN")
        << QStringLiteral("interface %1").arg(CiscoSyntax::wanInterface())
        << QStringLiteral(" crypto map RS-OUTSIDE")
        << QStringLiteral("!");
    out << QStringLiteral("! Client pool without the server's own PPP address");
    for (const RemoteAccessPlan::Range &range : plan.ranges) {
        out << QStringLiteral("ip local pool %1 %2 %3")
                   .arg(pool, range.first.toString(), range.last.toString());
    }
    out << QStringLiteral("interface Loopback100")
        << QStringLiteral(" description RouteStudio: L2TP server PPP address")
        << QStringLiteral(" ip address %1 255.255.255.255").arg(plan.localAddress.toString())
        << QStringLiteral("interface Virtual-Template1")
        << QStringLiteral(" description RouteStudio: L2TP clients")
        << QStringLiteral(" ip unnumbered Loopback100")
        << QStringLiteral(" ip mtu %1").arg(plan.mtu)
        << QStringLiteral(" ip tcp adjust-mss %1").arg(plan.mss)
        << QStringLiteral(" peer default ip address pool %1").arg(pool);
    if (!plan.dns.isEmpty()) {
        QStringList dns;
        for (const Ipv4Address &a : plan.dns.mid(0, 2))
            dns << a.toString();
        out << QStringLiteral(" ppp ipcp dns %1").arg(dns.join(QLatin1Char(' ')));
    }
    out << QStringLiteral(" ppp authentication ms-chap-v2 %1").arg(group)
        << QStringLiteral(" ppp authorization %1").arg(group)
        << QStringLiteral("!");
    return out;
}

} // namespace CiscoRemoteAccess
