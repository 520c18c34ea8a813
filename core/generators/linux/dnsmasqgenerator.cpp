#include "core/generators/linux/dnsmasqgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/routes/pushplan.h"

#include <QStringList>

namespace {

// dnsmasq writes "a.b.c.d/n" as RFC 3442's compact destination (the same bytes
// as PushPlan::classlessRoutes, which `routestudio-cli routes --push` prints).
QString routeList(const QList<Ipv4Prefix> &routes, Ipv4Address router)
{
    QStringList parts;
    for (const Ipv4Prefix &r : routes)
        parts << r.network().toString() << router.toString();
    return parts.join(u',');
}

QString addressList(const QList<Ipv4Address> &addresses)
{
    QStringList parts;
    for (const Ipv4Address &a : addresses)
        parts << a.toString();
    return parts.join(u',');
}

void answer(TextBuilder &b, const PushPlan &plan, const PushAnswer &a)
{
    const QString tag = QStringLiteral("profile-") + a.profile->id;
    b.line();
    QStringList users;
    for (const auto &[user, address] : a.users)
        users << user + u' ' + address.toString();
    b.line(QStringLiteral("# profile %1 (%2): %3")
               .arg(a.profile->id,
                    a.profile->tunnel == TunnelMode::Split ? QStringLiteral("split") : QStringLiteral("full"),
                    users.isEmpty() ? QStringLiteral("no user of its own") : users.join(QStringLiteral(", "))));
    const Ipv4Prefix subnet = plan.answerSubnet();
    for (const PoolRange::Range &r : a.ranges) {
        b.line(QStringLiteral("dhcp-range=set:%1,%2,%3,%4")
                   .arg(tag, r.first.toString(), r.second.toString(), subnet.netmask().toString()));
    }
    if (a.ranges.isEmpty())
        b.line(QStringLiteral("# (no address, so no answer)"));
    if (!a.routes.isEmpty()) {
        const QString list = routeList(a.routes, plan.router);
        b.line(QStringLiteral("dhcp-option=tag:%1,option:classless-static-route,%2").arg(tag, list));
        b.line(QStringLiteral("# the same routes under Microsoft's code, which Windows asks for"));
        b.line(QStringLiteral("dhcp-option=tag:%1,249,%2").arg(tag, list));
    } else {
        b.line(a.profile->tunnel == TunnelMode::Full
                   ? QStringLiteral("# full tunnel: no routes to push (the PPP link is the default route)")
                   : QStringLiteral("# routePush is off: no routes, DNS and domain only"));
    }
    if (!a.dns.isEmpty())
        b.line(QStringLiteral("dhcp-option=tag:%1,option:dns-server,%2").arg(tag, addressList(a.dns)));
    if (!a.domain.isEmpty())
        b.line(QStringLiteral("dhcp-option=tag:%1,option:domain-name,%2").arg(tag, a.domain));
}

QByteArray config(const Site &site, const PushPlan &plan)
{
    TextBuilder b(0);
    b.line(u"# " + Banner::text(site.id));
    b.line(QStringLiteral("# dnsmasq drop-in (Debian's dnsmasq.service reads /etc/dnsmasq.d/*.conf):"));
    b.line(QStringLiteral("# answers the DHCPINFORM an L2TP client sends over its PPP link after IPCP"));
    b.line(QStringLiteral("# with its profile's routes, DNS servers and domain (docs/route-push.md)."));
    b.line(QStringLiteral("# The profile is told by the client's address: pppd gives each user the"));
    b.line(QStringLiteral("# fixed address of chap-secrets, inside the profile's range below."));
    b.line();
    b.line(QStringLiteral("# No DNS service: clients use the servers of option 6. Remove this line if"));
    b.line(QStringLiteral("# this dnsmasq also serves DNS (it would then answer DNS on ppp* too)."));
    b.line(QStringLiteral("port=0"));
    b.line(QStringLiteral("# PPP links only, never the LAN or WAN. dnsmasq matches the pattern per"));
    b.line(QStringLiteral("# packet, so ppp interfaces that come and go need no ip-up hook."));
    b.line(QStringLiteral("interface=ppp*"));
    b.line(QStringLiteral("# No lease ever: DHCPDISCOVER and DHCPREQUEST (message types 1 and 3) are"));
    b.line(QStringLiteral("# ignored, so only DHCPINFORM is answered and no address is handed out."));
    b.line(QStringLiteral("dhcp-match=set:rs-discover,53,1b"));
    b.line(QStringLiteral("dhcp-match=set:rs-request,53,3b"));
    b.line(QStringLiteral("dhcp-ignore=tag:rs-discover"));
    b.line(QStringLiteral("dhcp-ignore=tag:rs-request"));
    b.line(QStringLiteral("# No router, netmask or broadcast: a PPP link has no subnet, and with option"));
    b.line(QStringLiteral("# 121 a client ignores the router option anyway (RFC 3442)."));
    b.line(QStringLiteral("dhcp-option=option:router"));
    b.line(QStringLiteral("dhcp-option=option:netmask"));
    b.line(QStringLiteral("dhcp-option=28"));
    b.line(QStringLiteral("# A range per profile picks its answer by the client's address. The ranges"));
    b.line(QStringLiteral("# carry the netmask of %1, which holds the hub's PPP address %2, so that")
               .arg(plan.answerSubnet().toString(), plan.router.toString()));
    b.line(QStringLiteral("# dnsmasq links them to every ppp interface (local %1, peer /32).")
               .arg(plan.router.toString()));
    for (const PushAnswer &a : plan.answers)
        answer(b, plan, a);
    return b.toUtf8();
}

} // namespace

QList<GeneratedFile> DnsmasqGenerator::generate(const LinuxSitePlan &sitePlan) const
{
    const Site &site = sitePlan.site;
    const PushPlan plan = PushPlan::forHub(sitePlan.input.topology, sitePlan.input.index,
                                           sitePlan.input.routes, site);
    if (!plan.active)
        return {};
    return {GeneratedFile{LinuxPaths::dnsmasq(), config(site, plan), FileModes::Config}};
}
