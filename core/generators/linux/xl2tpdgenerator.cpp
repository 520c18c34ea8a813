#include "core/generators/linux/xl2tpdgenerator.h"

#include "core/generators/clients/remoteaccessplan.h"
#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/poolranges.h"
#include "core/mtu/mtucalculator.h"
#include "core/routes/pushplan.h"

namespace {

void lnsSection(TextBuilder &b, const LinuxSitePlan &plan);

QByteArray xl2tpdConf(const LinuxSitePlan &plan)
{
    TextBuilder b(0);
    b.line(u"; " + Banner::text(plan.site.id));
    b.line();
    b.line(QStringLiteral("[global]"));
    if (!plan.servesRemoteAccess())
        b.line(QStringLiteral("; only L2TP client (LAC) sections: listen on every address"));
    else if (TargetSyntax::isIpv4Literal(plan.publicAddress()))
        b.line(u"listen-addr = " + plan.publicAddress());
    else
        b.line(QStringLiteral("; publicAddress is a DNS name: xl2tpd listens on every address"));
    b.line(QStringLiteral("port = 1701"));
    if (plan.servesRemoteAccess())
        lnsSection(b, plan);
    for (const PlannedLink &l : plan.l2tpDialOuts) {
        b.line();
        b.line(QStringLiteral("; link %1: dial hub %2 (its IPsec connection l2tp-%1 protects the traffic)")
                   .arg(l.link->id, l.peer->id));
        b.line(QStringLiteral("[lac %1]").arg(l.link->id));
        b.line(u"lns = " + l.peer->publicAddress);
        b.line(u"name = " + RemoteAccessPlan::dialInUser(*l.link));
        b.line(u"pppoptfile = " + LinuxPaths::installed(LinuxPaths::pppClientOptions(l.link->id)));
        b.line(QStringLiteral("refuse pap = yes"));
        b.line(QStringLiteral("require authentication = no"));
        b.line(QStringLiteral("autodial = yes"));
        b.line(QStringLiteral("redial = yes"));
        b.line(QStringLiteral("redial timeout = 15"));
        b.line(QStringLiteral("length bit = yes"));
    }
    return b.toUtf8();
}

void lnsSection(TextBuilder &b, const LinuxSitePlan &plan)
{
    const RemoteAccess &ra = *plan.site.remoteAccess;
    b.line();
    b.line(QStringLiteral("[lns default]"));
    b.line(QStringLiteral("; pool %1 without its network/broadcast address and the server's %2")
               .arg(ra.pool.network().toString(), ra.localAddress.toString()));
    for (const auto &range : PoolRanges::compute(ra.pool, ra.localAddress))
        b.line(u"ip range = " + PoolRanges::toString(range));
    b.line(u"local ip = " + ra.localAddress.toString());
    b.line(QStringLiteral("; PPP authentication: MS-CHAPv2 only, required by options.xl2tpd. No"));
    b.line(QStringLiteral("; \"require chap\": xl2tpd would hand pppd require-chap (CHAP-MD5 too)."));
    b.line(QStringLiteral("refuse pap = yes"));
    b.line(QStringLiteral("require authentication = yes"));
    b.line(u"name = " + plan.site.id);
    b.line(u"pppoptfile = " + LinuxPaths::pppOptionsInstalled());
    b.line(QStringLiteral("length bit = yes"));
}

void mtuLines(TextBuilder &b, const LinuxSitePlan &plan)
{
    const int mtu = MtuCalculator::pppMtu(plan.input.topology);
    b.line(plan.input.topology.mtu
               ? QStringLiteral("# MTU/MRU: the topology's mtu")
               : QStringLiteral("# MTU/MRU: what the L2TP/IPsec overhead leaves of 1500 (docs/mtu.md)"));
    b.line(QStringLiteral("mtu %1").arg(mtu));
    b.line(QStringLiteral("mru %1").arg(mtu));
}

QByteArray clientOptions(const LinuxSitePlan &plan, const PlannedLink &l)
{
    TextBuilder b(0);
    b.line(u"# " + Banner::text(plan.site.id));
    b.line(QStringLiteral("# pppd options for link %1: this gateway dials hub %2.").arg(l.link->id, l.peer->id));
    b.line(u"name " + RemoteAccessPlan::dialInUser(*l.link));
    b.line(u"remotename " + l.peer->id);
    b.line(QStringLiteral("# ip-up.d/routestudio picks this link's routes by its ipparam ($6)"));
    b.line(u"ipparam " + l.link->id);
    b.line(QStringLiteral("# the hub authenticates us (MS-CHAPv2); we do not ask it to authenticate"));
    b.line(QStringLiteral("noauth"));
    b.line(QStringLiteral("refuse-pap"));
    b.line(QStringLiteral("refuse-chap"));
    b.line(QStringLiteral("refuse-mschap"));
    b.line(QStringLiteral("refuse-eap"));
    mtuLines(b, plan);
    b.line(QStringLiteral("lcp-echo-interval 30"));
    b.line(QStringLiteral("lcp-echo-failure 4"));
    b.line(QStringLiteral("nodefaultroute"));
    b.line(QStringLiteral("noccp"));
    return b.toUtf8();
}

QByteArray pppOptions(const LinuxSitePlan &plan)
{
    const RemoteAccess &ra = *plan.site.remoteAccess;
    TextBuilder b(0);
    b.line(u"# " + Banner::text(plan.site.id));
    b.line(QStringLiteral("# pppd options for L2TP calls accepted by xl2tpd."));
    b.line(u"name " + plan.site.id);
    b.line(QStringLiteral("# clients authenticate with MS-CHAPv2 only (no PAP, CHAP-MD5, MS-CHAPv1, EAP)"));
    b.line(QStringLiteral("require-mschap-v2"));
    b.line(QStringLiteral("refuse-pap"));
    b.line(QStringLiteral("refuse-chap"));
    b.line(QStringLiteral("refuse-mschap"));
    b.line(QStringLiteral("refuse-eap"));
    for (const Ipv4Address &dns : ra.dns)
        b.line(u"ms-dns " + dns.toString());
    mtuLines(b, plan);
    b.line(QStringLiteral("lcp-echo-interval 30"));
    b.line(QStringLiteral("lcp-echo-failure 4"));
    b.line(QStringLiteral("nodefaultroute"));
    b.line(QStringLiteral("noccp"));
    b.line(QStringLiteral("# No proxyarp: the pool is its own routed subnet, not part of a LAN."));
    return b.toUtf8();
}

QByteArray chapSecrets(const LinuxSitePlan &plan)
{
    const QString server = TargetSyntax::pppQuote(plan.site.id);
    // With route push every peer that dials in has a fixed address (PushPlan):
    // pppd gives it that address instead of the one xl2tpd proposes.
    const PushPlan push =
        PushPlan::forHub(plan.input.topology, plan.input.index, plan.input.routes, plan.site);
    const auto addresses = [&push](const QString &peer) {
        const auto it = push.fixed.constFind(peer);
        return it == push.fixed.constEnd() ? QStringLiteral("*") : it->toString();
    };
    TextBuilder b(0);
    b.line(u"# " + Banner::text(plan.site.id));
    b.line(QStringLiteral("# Mode 0600. client server secret addresses"));
    if (push.active) {
        b.line(QStringLiteral("# Fixed addresses: dnsmasq's DHCPINFORM answer (etc/dnsmasq.d/routestudio.conf)"));
        b.line(QStringLiteral("# tells the profiles apart by them (docs/route-push.md)."));
    }
    for (const PlannedLink &l : plan.l2tpDialOuts) {
        b.line(QStringLiteral("# link %1: this gateway authenticates to hub %2").arg(l.link->id, l.peer->id));
        b.line(QStringLiteral("%1 %2 %3 *")
                   .arg(TargetSyntax::pppQuote(RemoteAccessPlan::dialInUser(*l.link)),
                        TargetSyntax::pppQuote(l.peer->id),
                        TargetSyntax::pppQuote(plan.secret(l.link->secret))));
    }
    for (const QString &user : plan.users) {
        b.line(QStringLiteral("%1 %2 %3 %4")
                   .arg(TargetSyntax::pppQuote(user), server,
                        TargetSyntax::pppQuote(plan.input.secrets.users.value(user)), addresses(user)));
    }
    for (const PlannedLink &l : plan.l2tpDialIns) {
        b.line(QStringLiteral("# gateway %1 (link %2) dials in as user %2").arg(l.peer->id, l.link->id));
        b.line(QStringLiteral("%1 %2 %3 %4")
                   .arg(TargetSyntax::pppQuote(RemoteAccessPlan::dialInUser(*l.link)), server,
                        TargetSyntax::pppQuote(plan.secret(l.link->secret)), addresses(l.link->id)));
    }
    return b.toUtf8();
}

} // namespace

QList<GeneratedFile> Xl2tpdGenerator::generate(const LinuxSitePlan &plan) const
{
    if (!plan.runsXl2tpd())
        return {};
    QList<GeneratedFile> files{{LinuxPaths::xl2tpdConf(), xl2tpdConf(plan), FileModes::Config}};
    if (plan.servesRemoteAccess())
        files.append({LinuxPaths::pppOptions(), pppOptions(plan), FileModes::Config});
    for (const PlannedLink &l : plan.l2tpDialOuts) {
        files.append({LinuxPaths::pppClientOptions(l.link->id), clientOptions(plan, l),
                      FileModes::Config});
    }
    files.append({LinuxPaths::chapSecrets(), chapSecrets(plan), FileModes::Secret});
    return files;
}
