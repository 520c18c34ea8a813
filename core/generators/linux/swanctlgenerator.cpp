#include "core/generators/linux/swanctlgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/failovertiming.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/prefixlist.h"
#include "core/generators/common/proposals.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/charonfailover.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/tunnelchildren.h"

#include <QSet>

#include <algorithm>

namespace {

QString selectors(const QList<Ipv4Prefix> &prefixes)
{
    // An end without prefixes is the box itself.
    return prefixes.isEmpty() ? QStringLiteral("dynamic") : PrefixList::joined(prefixes, QStringLiteral(","));
}

// Opens connection `name` with its IKE part (PSK both ways, explicit ids) and
// opens its `children` block; the caller writes the children and closes two blocks
// plus the connection.
// Dead peer detection: every 30 s, or every FailoverTiming::kDpdDelaySeconds
// on a link that fails over; such an initiator never stops trying
// (keyingtries 0), so a primary comes back by itself when its path does, and
// such a link never roams (mobike = no).
struct Liveness
{
    bool fast = false;
    bool initiator = false;
    QString localAddrs; // set when the site's end is not its public address
};

void openConnection(TextBuilder &b, const QString &name, int version, const QString &remoteAddrs,
                    const QString &proposals, const QString &localId, const QString &remoteId,
                    const Liveness &live = {})
{
    b.open(name);
    b.line(QStringLiteral("version = %1").arg(version));
    if (!live.localAddrs.isEmpty())
        b.line(QStringLiteral("local_addrs = %1").arg(live.localAddrs));
    b.line(QStringLiteral("remote_addrs = %1").arg(remoteAddrs));
    b.line(QStringLiteral("proposals = %1").arg(proposals));
    b.line(QStringLiteral("dpd_delay = %1s").arg(live.fast ? FailoverTiming::kDpdDelaySeconds : 30));
    if (live.fast && live.initiator)
        b.line(QStringLiteral("keyingtries = 0"));
    // Each path stays on its own uplink: MOBIKE would probe every address pair
    // when a peer goes silent and move the primary onto the backup's uplink,
    // under the primary's XFRM interface, instead of letting its routes go.
    if (live.fast)
        b.line(QStringLiteral("mobike = no"));
    // Never replace an IKE SA because another one has the same id, not even on
    // INITIAL_CONTACT: two clients behind two NATs often send the same private
    // address as id. ipsec.conf says the same with uniqueids=never.
    b.line(QStringLiteral("unique = never"));
    b.open(QStringLiteral("local"));
    b.line(QStringLiteral("auth = psk"));
    b.line(QStringLiteral("id = %1").arg(localId));
    b.close();
    b.open(QStringLiteral("remote"));
    b.line(QStringLiteral("auth = psk"));
    if (!remoteId.isEmpty())
        b.line(QStringLiteral("id = %1").arg(remoteId));
    b.close();
    b.open(QStringLiteral("children"));
}

void remoteAccessConnection(TextBuilder &b, const QString &name, const QString &remoteAddrs,
                            const QString &localId, const QString &remoteId, bool legacy = false)
{
    openConnection(b, name, 1, remoteAddrs, Proposals::remoteAccessIke(legacy).join(u','), localId,
                   remoteId);
    b.open(name);
    b.line(QStringLiteral("mode = transport"));
    b.line(QStringLiteral("local_ts = dynamic[udp/1701]"));
    b.line(QStringLiteral("remote_ts = dynamic[udp]"));
    b.line(QStringLiteral("esp_proposals = %1").arg(Proposals::remoteAccessEsp(legacy).join(u',')));
    b.line(QStringLiteral("dpd_action = clear"));
    b.close();
    b.close();
    b.close();
}

void dialOutConnection(TextBuilder &b, const LinuxSitePlan &plan, const PlannedLink &l)
{
    const QString name = u"l2tp-" + l.link->id;
    b.line(QStringLiteral("# link %1: this gateway dials hub %2 over L2TP/IPsec").arg(l.link->id, l.peer->id));
    openConnection(b, name, 1, l.peer->publicAddress, Proposals::remoteAccessIke().constFirst(),
                   plan.publicAddress(), l.peer->publicAddress);
    b.open(name);
    b.line(QStringLiteral("mode = transport"));
    b.line(QStringLiteral("local_ts = dynamic[udp/1701]"));
    b.line(QStringLiteral("remote_ts = dynamic[udp/1701]"));
    b.line(QStringLiteral("esp_proposals = %1").arg(Proposals::remoteAccessEsp().constFirst()));
    b.line(QStringLiteral("start_action = start"));
    b.line(QStringLiteral("dpd_action = restart"));
    b.line(QStringLiteral("close_action = start"));
    b.close();
    b.close();
    b.close();
}

void tunnelConnection(TextBuilder &b, const LinuxSitePlan &plan, const PlannedLink &l)
{
    const QString name = l.link->id;
    b.line(QStringLiteral("# link %1 to %2 (%3)%4")
               .arg(name, l.peer->id,
                    l.localIsHub ? QStringLiteral("this hub responds")
                                 : QStringLiteral("this gateway initiates"),
                    l.backup ? QStringLiteral(", backup path on %1").arg(plan.interfaceOf(l))
                             : QString()));
    Liveness live;
    live.fast = l.fastDpd;
    live.initiator = !l.localIsHub;
    if (l.localAddress != plan.publicAddress())
        live.localAddrs = l.localAddress;
    openConnection(b, name, l.link->ike == IkeVersion::Ikev1 ? 1 : 2, l.peerAddress,
                   Proposals::siteIke(), l.localAddress, l.peerAddress, live);
    const QList<TunnelChild> children = TunnelChildren::of(l);
    if (children.size() > 1) {
        b.line(QStringLiteral("# IKEv1 negotiates one subnet pair per child: %1 children").arg(children.size()));
    }
    for (const TunnelChild &child : children) {
        b.open(child.name);
        b.line(QStringLiteral("mode = tunnel"));
        b.line(QStringLiteral("local_ts = %1").arg(selectors(child.local)));
        b.line(QStringLiteral("remote_ts = %1").arg(selectors(child.remote)));
        b.line(QStringLiteral("esp_proposals = %1").arg(Proposals::siteEsp()));
        b.line(QStringLiteral("if_id_in = %1").arg(LinuxSitePlan::interfaceIdOf(l)));
        b.line(QStringLiteral("if_id_out = %1").arg(LinuxSitePlan::interfaceIdOf(l)));
        b.line(QStringLiteral("updown = %1").arg(LinuxPaths::tunnelRoutesInstalled()));
        if (l.localIsHub) {
            b.line(QStringLiteral("dpd_action = clear"));
        } else {
            b.line(QStringLiteral("start_action = start"));
            b.line(QStringLiteral("dpd_action = restart"));
            b.line(QStringLiteral("close_action = start"));
        }
        b.close();
    }
    b.close();
    b.close();
}

void secret(TextBuilder &b, const QString &name, const QString &value, const QStringList &ids)
{
    b.open(QStringLiteral("ike-%1").arg(name));
    for (int i = 0; i < ids.size(); ++i)
        b.line(QStringLiteral("id-%1 = %2").arg(i + 1).arg(ids[i]));
    b.line(QStringLiteral("secret = %1").arg(TargetSyntax::base64Secret(value)));
    b.close();
}

} // namespace

QList<GeneratedFile> SwanctlGenerator::generate(const LinuxSitePlan &plan) const
{
    const Site &site = plan.site;
    TextBuilder b;
    b.line(u"# " + Banner::text(site.id));
    b.line(QStringLiteral("# strongSwan swanctl configuration; holds the pre-shared keys (mode 0600)."));
    b.line();
    b.open(QStringLiteral("connections"));
    if (plan.servesRemoteAccess()) {
        b.line(QStringLiteral("# L2TP/IPsec remote access for profiles: %1")
                   .arg([&] {
                       QStringList ids;
                       for (const Profile *p : plan.profiles)
                           ids << p->id;
                       return ids.isEmpty() ? QStringLiteral("(none)") : ids.join(QStringLiteral(", "));
                   }()));
        remoteAccessConnection(b, QStringLiteral("l2tp"), QStringLiteral("%any"),
                               plan.publicAddress(), {},
                               std::any_of(plan.profiles.cbegin(), plan.profiles.cend(),
                                           [](const Profile *p) { return Proposals::wantsLegacy(*p); }));
    }
    for (const PlannedLink &l : plan.l2tpDialIns) {
        b.line(QStringLiteral("# link %1: gateway %2 dials in over L2TP/IPsec")
                   .arg(l.link->id, l.peer->id));
        remoteAccessConnection(b, u"l2tp-" + l.link->id, l.peer->publicAddress,
                               plan.publicAddress(), l.peer->publicAddress);
    }
    for (const PlannedLink &l : plan.ipsecLinks)
        tunnelConnection(b, plan, l);
    for (const PlannedLink &l : plan.l2tpDialOuts)
        dialOutConnection(b, plan, l);
    b.close();
    b.line();
    b.open(QStringLiteral("secrets"));
    if (plan.servesRemoteAccess()) {
        for (const QString &psk : plan.profilePsks)
            secret(b, psk, plan.secret(psk), {});
    }
    // One section per PSK with every id it authenticates: two links with the
    // same secret (a primary and its backup, say) must not write two sections
    // of one name, which swanctl merges into one with the last ids.
    QStringList pskOrder;
    QHash<QString, QStringList> idsOf;
    QSet<QPair<QString, QString>> seen; // (psk, id)
    for (const QList<PlannedLink> *links : {&plan.l2tpDialIns, &plan.l2tpDialOuts, &plan.ipsecLinks}) {
        for (const PlannedLink &l : *links) {
            if (!idsOf.contains(l.pskName))
                pskOrder.append(l.pskName);
            QStringList &ids = idsOf[l.pskName];
            for (const QString &id : {l.localAddress, l.peerAddress}) {
                if (!seen.contains({l.pskName, id})) {
                    seen.insert({l.pskName, id});
                    ids.append(id);
                }
            }
        }
    }
    for (const QString &psk : pskOrder)
        secret(b, psk, plan.secret(psk), idsOf.value(psk));
    b.close();
    QList<GeneratedFile> files{GeneratedFile{LinuxPaths::swanctl(), b.toUtf8(), FileModes::Secret}};
    if (plan.failsOver())
        files.append(CharonFailover::file(site.id));
    return files;
}
