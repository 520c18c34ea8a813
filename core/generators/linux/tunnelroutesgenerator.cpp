#include "core/generators/linux/tunnelroutesgenerator.h"

#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/tunnelchildren.h"
#include "core/generators/linux/shellroutes.h"
#include "core/mtu/mtucalculator.h"

#include <algorithm>

namespace {

// An XFRM interface the site's children are bound to: created on the first
// `up` (kernel ESP, module xfrm_interface), its MTU the one an ESP tunnel
// leaves, so the firewall's `rt mtu` MSS clamp matches it.
void interfaceFunction(TextBuilder &b, bool backup)
{
    b.line(backup ? QStringLiteral("# $1: an XFRM interface, $2: its if_id: IFACE/IF_ID for the children of")
                  : QStringLiteral("# $1: the XFRM interface, $2: its if_id (IFACE/IF_ID: every IPsec child"));
    b.line(backup ? QStringLiteral("# primary links, BACKUP_IFACE/BACKUP_IF_ID for those of backup links.")
                  : QStringLiteral("# here has if_id_in/if_id_out = IF_ID)."));
    b.open(QStringLiteral("iface_up()"));
    b.line(QStringLiteral("if ! ip link show dev \"$1\" >/dev/null 2>&1; then"));
    b.line(QStringLiteral("    if ! out=$(ip link add \"$1\" type xfrm if_id \"$2\" 2>&1); then"));
    b.line(QStringLiteral("        fail \"ip link add $1 type xfrm if_id $2: $out\""));
    b.line(QStringLiteral("        return 1"));
    b.line(QStringLiteral("    fi"));
    b.line(QStringLiteral("fi"));
    b.line(QStringLiteral("if ! out=$(ip link set dev \"$1\" mtu \"$MTU\" up 2>&1); then"));
    b.line(QStringLiteral("    fail \"ip link set $1 mtu $MTU up: $out\""));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
}

// The peer's failover probe (a MikroTik netwatch, a pfSense gateway monitor)
// pings this end of the tunnel: its transit address on the link's interface.
// It stays when the link goes down (nothing else uses 169.254.0.0/16 here).
void transitFunction(TextBuilder &b)
{
    b.line(QStringLiteral("# $1: up or down, $2: transit address/prefix, $3: interface"));
    b.open(QStringLiteral("transit()"));
    b.line(QStringLiteral("[ \"$1\" = up ] || return 0"));
    b.line(QStringLiteral("if ! out=$(ip address replace \"$2\" dev \"$3\" 2>&1); then"));
    b.line(QStringLiteral("    fail \"ip address replace $2 dev $3: $out\""));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
}

} // namespace

QList<GeneratedFile> TunnelRoutesGenerator::generate(const LinuxSitePlan &plan) const
{
    const Site &site = plan.site;
    TextBuilder b;
    ShellRoutes::header(
        b, site.id,
        {QStringLiteral("Adds or removes this site's routes over its IPsec links."),
         QStringLiteral("Usage: tunnel-routes.sh up|down [LINK]   (no LINK: every link)"),
         QStringLiteral("strongSwan runs it as each tunnel child's updown script without"),
         QStringLiteral("arguments: PLUTO_VERB up-client/up-host means up, down-client/down-host"),
         QStringLiteral("means down, PLUTO_CONNECTION is the link id (or an IKEv1 child <link>_<n>)."),
         QStringLiteral("Exit status: 0 done, 1 a route command failed (logged), 2 bad arguments.")});
    if (plan.tunnelInterfaceRejected()) {
        b.line(QStringLiteral("# The site's tunnelInterface is not a Linux interface name; using %1.")
                   .arg(plan.tunnelInterface()));
    }
    b.line(u"IFACE=" + TargetSyntax::shellQuote(plan.tunnelInterface()));
    b.line(QStringLiteral("IF_ID=%1").arg(LinuxSitePlan::kXfrmInterfaceId));
    const bool backup = plan.hasBackupIpsecLink();
    if (backup) {
        b.line(u"BACKUP_IFACE=" + TargetSyntax::shellQuote(plan.backupInterface()));
        b.line(QStringLiteral("BACKUP_IF_ID=%1").arg(LinuxSitePlan::kBackupXfrmInterfaceId));
    }
    b.line(QStringLiteral("MTU=%1").arg(MtuCalculator::ipsecTunnel().recommendedMtu));
    b.line();
    ShellRoutes::failFunction(b, QStringLiteral("tunnel-routes"));
    interfaceFunction(b, backup);
    ShellRoutes::metricRouteFunctions(b);
    if (std::any_of(plan.ipsecLinks.cbegin(), plan.ipsecLinks.cend(),
                    [](const PlannedLink &l) { return l.transit.has_value(); }))
        transitFunction(b);

    b.line(QStringLiteral("# $1: up or down, $2: link id"));
    b.open(QStringLiteral("link_routes()"));
    b.line(QStringLiteral("case \"$2\" in"));
    b.indent();
    const auto routeCase = [&b](const QString &name, const QString &comment,
                                const PlannedLink &l, const QList<Ipv4Prefix> &remote) {
        b.line(TargetSyntax::shellQuote(name) + u')');
        b.indent();
        b.line(u"# " + comment + (l.backup ? QStringLiteral(" (backup path)") : QString()));
        const QString dev = l.backup ? QStringLiteral(" \"$BACKUP_IFACE\" ")
                                     : QStringLiteral(" \"$IFACE\" ");
        if (l.transit) {
            b.line(u"transit \"$1\" "
                   + TargetSyntax::shellQuote(QStringLiteral("%1/%2").arg(l.transit->local.toString())
                                                  .arg(l.transit->prefix.length()))
                   + u' ' + dev.trimmed());
        }
        for (const Ipv4Prefix &p : remote)
            b.line(u"\"$1\" " + TargetSyntax::shellQuote(p.toString()) + dev
                   + QString::number(l.metricOf(p)));
        if (remote.isEmpty() && !l.transit)
            b.line(QStringLiteral(":"));
        b.line(QStringLiteral(";;"));
        b.outdent();
    };
    for (const PlannedLink &l : plan.ipsecLinks) {
        routeCase(l.link->id, QStringLiteral("to %1").arg(l.peer->id), l, l.remote);
        if (!TunnelChildren::isSplit(l))
            continue;
        // strongSwan runs the hook per IKEv1 child: each child brings up its own remote subnet.
        for (const TunnelChild &child : TunnelChildren::of(l))
            routeCase(child.name, QStringLiteral("child of link %1").arg(l.link->id), l, child.remote);
    }
    b.line(QStringLiteral("*)"));
    b.indent();
    b.line(QStringLiteral("fail \"unknown link $2\""));
    b.line(QStringLiteral("return 2"));
    b.line(QStringLiteral(";;"));
    b.outdent();
    b.outdent();
    b.line(QStringLiteral("esac"));
    b.close();
    b.line();
    b.open(QStringLiteral("all_links()"));
    if (plan.ipsecLinks.isEmpty())
        b.line(QStringLiteral(": # this site has no IPsec links"));
    for (const PlannedLink &l : plan.ipsecLinks)
        b.line(u"link_routes \"$1\" " + TargetSyntax::shellQuote(l.link->id));
    b.close();
    b.line();
    for (const PlannedLink &l : plan.l2tpDialOuts) {
        b.line(QStringLiteral("# Link %1 (L2TP to %2) is routed by /etc/ppp/ip-up.d/routestudio.")
                   .arg(l.link->id, l.peer->id));
    }
    b.lines({QStringLiteral("usage() {"),
             QStringLiteral("    echo \"usage: $0 up|down [LINK]\" >&2"),
             QStringLiteral("    exit 2"),
             QStringLiteral("}"),
             QString(),
             QStringLiteral("if [ \"$#\" -gt 0 ]; then"),
             QStringLiteral("    verb=$1"),
             QStringLiteral("    link=${2:-}"),
             QStringLiteral("elif [ -n \"${PLUTO_VERB:-}\" ]; then"),
             QStringLiteral("    case \"$PLUTO_VERB\" in"),
             QStringLiteral("        up-client | up-host) verb=up ;;"),
             QStringLiteral("        down-client | down-host) verb=down ;;"),
             QStringLiteral("        *) exit 0 ;; # other events need no route change"),
             QStringLiteral("    esac"),
             QStringLiteral("    link=${PLUTO_CONNECTION:-}"),
             QStringLiteral("else"),
             QStringLiteral("    usage"),
             QStringLiteral("fi"),
             QString(),
             QStringLiteral("case \"$verb\" in"),
             QStringLiteral("    up | down) ;;"),
             QStringLiteral("    *) usage ;;"),
             QStringLiteral("esac"),
             QString(),
             // strongSwan runs the hook before it removes the dying CHILD_SA's
             // SAs: an outbound SA of the same reqid and ends beside it is a
             // duplicate that still carries the link (a re-initiation the peer
             // answered twice, an IKE_SA replaced by a newer one).
             QStringLiteral("# A down event while another CHILD_SA of the same child (same reqid and"),
             QStringLiteral("# ends) is still installed keeps the routes: that duplicate carries them."),
             QStringLiteral("if [ \"$verb\" = down ] && [ -n \"${PLUTO_REQID:-}\" ] && [ -n \"${PLUTO_ME:-}\" ] && [ -n \"${PLUTO_PEER:-}\" ]; then"),
             QStringLiteral("    n=$(ip xfrm state list src \"$PLUTO_ME\" dst \"$PLUTO_PEER\" reqid \"$PLUTO_REQID\" 2>/dev/null | grep -c '^src ')"),
             QStringLiteral("    if [ \"${n:-0}\" -gt 1 ]; then"),
             QStringLiteral("        logger -t routestudio -- \"tunnel-routes: $link: another CHILD_SA (reqid $PLUTO_REQID) is still installed; routes kept\""),
             QStringLiteral("        exit 0"),
             QStringLiteral("    fi"),
             QStringLiteral("fi"),
             QString()});
    b.line(QStringLiteral("if [ \"$verb\" = up ]; then"));
    b.line(QStringLiteral("    iface_up \"$IFACE\" \"$IF_ID\""));
    if (backup)
        b.line(QStringLiteral("    iface_up \"$BACKUP_IFACE\" \"$BACKUP_IF_ID\""));
    b.lines({QStringLiteral("fi"),
             QStringLiteral("if [ -n \"$link\" ]; then"),
             QStringLiteral("    link_routes \"$verb\" \"$link\" || exit 2"),
             QStringLiteral("else"),
             QStringLiteral("    all_links \"$verb\""),
             QStringLiteral("fi"),
             QStringLiteral("exit \"$status\"")});
    return {GeneratedFile{LinuxPaths::tunnelRoutes(), b.toUtf8(), FileModes::Script}};
}
