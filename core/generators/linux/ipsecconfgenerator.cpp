#include "core/generators/linux/ipsecconfgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/prefixlist.h"
#include "core/generators/common/proposals.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/tunnelchildren.h"

#include <algorithm>

namespace {

QString subnets(const QList<Ipv4Prefix> &prefixes)
{
    return PrefixList::joined(prefixes, QStringLiteral(","));
}

void remoteAccessConn(TextBuilder &b, const QString &name, const QString &right,
                      const QString &leftId, const QString &rightId, bool legacy = false)
{
    b.line(u"conn " + name);
    b.indent();
    b.line(QStringLiteral("keyexchange=ikev1"));
    b.line(QStringLiteral("type=transport"));
    b.line(QStringLiteral("authby=secret"));
    b.line(QStringLiteral("left=%defaultroute"));
    b.line(u"leftid=" + leftId);
    b.line(QStringLiteral("leftprotoport=17/1701"));
    b.line(u"right=" + right);
    if (!rightId.isEmpty())
        b.line(u"rightid=" + rightId);
    b.line(QStringLiteral("rightprotoport=17/%any"));
    b.line(QStringLiteral("ike=%1!").arg(Proposals::remoteAccessIke(legacy).join(u',')));
    b.line(QStringLiteral("esp=%1!").arg(Proposals::remoteAccessEsp(legacy).join(u',')));
    b.line(QStringLiteral("dpddelay=30s"));
    b.line(QStringLiteral("dpdaction=clear"));
    b.line(QStringLiteral("auto=add"));
    b.outdent();
    b.line();
}

void dialOutConn(TextBuilder &b, const LinuxSitePlan &plan, const PlannedLink &l)
{
    b.line(QStringLiteral("# link %1: this gateway dials hub %2 over L2TP/IPsec").arg(l.link->id, l.peer->id));
    b.line(u"conn l2tp-" + l.link->id);
    b.indent();
    b.line(QStringLiteral("keyexchange=ikev1"));
    b.line(QStringLiteral("type=transport"));
    b.line(QStringLiteral("authby=secret"));
    b.line(QStringLiteral("left=%defaultroute"));
    b.line(u"leftid=" + plan.publicAddress());
    b.line(QStringLiteral("leftprotoport=17/1701"));
    b.line(u"right=" + l.peer->publicAddress);
    b.line(u"rightid=" + l.peer->publicAddress);
    b.line(QStringLiteral("rightprotoport=17/1701"));
    b.line(QStringLiteral("ike=%1!").arg(Proposals::remoteAccessIke().constFirst()));
    b.line(QStringLiteral("esp=%1!").arg(Proposals::remoteAccessEsp().constFirst()));
    b.line(QStringLiteral("dpddelay=30s"));
    b.line(QStringLiteral("dpdaction=restart"));
    b.line(QStringLiteral("closeaction=restart"));
    b.line(QStringLiteral("auto=start"));
    b.outdent();
    b.line();
}

void tunnelConn(TextBuilder &b, const LinuxSitePlan &plan, const PlannedLink &l,
                const TunnelChild &child)
{
    if (child.name == l.link->id)
        b.line(QStringLiteral("# link %1 to %2").arg(l.link->id, l.peer->id));
    else
        b.line(QStringLiteral("# link %1 to %2, IKEv1 subnet pair %3").arg(l.link->id, l.peer->id, child.name));
    b.line(u"conn " + child.name);
    b.indent();
    b.line(l.link->ike == IkeVersion::Ikev1 ? QStringLiteral("keyexchange=ikev1")
                                            : QStringLiteral("keyexchange=ikev2"));
    b.line(QStringLiteral("type=tunnel"));
    b.line(QStringLiteral("authby=secret"));
    b.line(QStringLiteral("left=%defaultroute"));
    b.line(u"leftid=" + plan.publicAddress());
    if (!child.local.isEmpty())
        b.line(u"leftsubnet=" + subnets(child.local));
    // starter has no if_id keyword: these conns are policy-based (charon installs
    // its routes, table 220), not bound to the XFRM interface swanctl.conf uses.
    b.line(QStringLiteral("# policy-based: ipsec.conf cannot bind an XFRM interface; charon routes it"));
    b.line(u"right=" + l.peer->publicAddress);
    b.line(u"rightid=" + l.peer->publicAddress);
    if (!child.remote.isEmpty())
        b.line(u"rightsubnet=" + subnets(child.remote));
    b.line(QStringLiteral("ike=%1!").arg(Proposals::siteIke()));
    b.line(QStringLiteral("esp=%1!").arg(Proposals::siteEsp()));
    b.line(QStringLiteral("dpddelay=30s"));
    if (l.localIsHub) {
        b.line(QStringLiteral("dpdaction=clear"));
        b.line(QStringLiteral("auto=add"));
    } else {
        b.line(QStringLiteral("dpdaction=restart"));
        b.line(QStringLiteral("closeaction=restart"));
        b.line(QStringLiteral("auto=start"));
    }
    b.outdent();
    b.line();
}

} // namespace

QList<GeneratedFile> IpsecConfGenerator::generate(const LinuxSitePlan &plan) const
{
    const Site &site = plan.site;
    TextBuilder conf(4);
    conf.line(u"# " + Banner::text(site.id));
    conf.line(QStringLiteral("# Legacy strongSwan starter configuration (the same connections as"));
    conf.line(QStringLiteral("# swanctl/conf.d/routestudio.conf: install one of the two, not both)."));
    conf.line();
    conf.line(QStringLiteral("config setup"));
    conf.indent();
    conf.line(QStringLiteral("# as swanctl's unique = never: a second client with the same id (two"));
    conf.line(QStringLiteral("# clients behind two NATs) never deletes the first one's IKE SA"));
    conf.line(QStringLiteral("uniqueids=never")).outdent();
    conf.line();
    if (plan.servesRemoteAccess()) {
        conf.line(QStringLiteral("# L2TP/IPsec remote access"));
        remoteAccessConn(conf, QStringLiteral("l2tp"), QStringLiteral("%any"),
                         plan.publicAddress(), {},
                         std::any_of(plan.profiles.cbegin(), plan.profiles.cend(),
                                     [](const Profile *p) { return Proposals::wantsLegacy(*p); }));
    }
    for (const PlannedLink &l : plan.l2tpDialIns) {
        conf.line(QStringLiteral("# link %1: gateway %2 dials in over L2TP/IPsec")
                      .arg(l.link->id, l.peer->id));
        remoteAccessConn(conf, u"l2tp-" + l.link->id, l.peer->publicAddress,
                         plan.publicAddress(), l.peer->publicAddress);
    }
    for (const PlannedLink &l : plan.l2tpDialOuts)
        dialOutConn(conf, plan, l);
    for (const PlannedLink &l : plan.ipsecLinks) {
        if (l.backup) {
            // Two policy-based conns with the same subnets would fight over one policy.
            conf.line(QStringLiteral("# link %1 to %2 is a backup path: failover needs swanctl.conf (two XFRM")
                          .arg(l.link->id, l.peer->id));
            conf.line(QStringLiteral("# interfaces, docs/failover.md); ipsec.conf runs the primary path only."));
            continue;
        }
        for (const TunnelChild &child : TunnelChildren::of(l))
            tunnelConn(conf, plan, l, child);
    }

    TextBuilder secrets(0);
    secrets.line(u"# " + Banner::text(site.id));
    secrets.line(QStringLiteral("# Pre-shared keys for ipsec.conf, base64 (0s). Mode 0600."));
    for (const PlannedLink &l : plan.l2tpDialIns + plan.l2tpDialOuts + plan.ipsecLinks) {
        if (l.backup)
            continue; // not in ipsec.conf (above)
        secrets.line(QStringLiteral("%1 %2 : PSK %3")
                         .arg(plan.publicAddress(), l.peer->publicAddress,
                              TargetSyntax::base64Secret(plan.secret(l.pskName))));
    }
    if (plan.servesRemoteAccess()) {
        for (const QString &psk : plan.profilePsks) {
            secrets.line(QStringLiteral("%1 %any : PSK %2")
                             .arg(plan.publicAddress(), TargetSyntax::base64Secret(plan.secret(psk))));
        }
    }
    return {GeneratedFile{LinuxPaths::ipsecConf(), conf.toUtf8(), FileModes::Config},
            GeneratedFile{LinuxPaths::ipsecSecrets(), secrets.toUtf8(), FileModes::Secret}};
}
