#include "core/generators/linux/tunnelroutesgenerator.h"

#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/tunnelchildren.h"
#include "core/generators/linux/shellroutes.h"
#include "core/mtu/mtucalculator.h"

namespace {

// The XFRM interface the site's children are bound to: created on the first
// `up` (kernel ESP, module xfrm_interface), its MTU the one an ESP tunnel
// leaves, so the firewall's `rt mtu` MSS clamp matches it.
void interfaceFunction(TextBuilder &b)
{
    b.line(QStringLiteral("# The XFRM interface of every IPsec child here (if_id_in/if_id_out = IF_ID)."));
    b.open(QStringLiteral("iface_up()"));
    b.line(QStringLiteral("if ! ip link show dev \"$IFACE\" >/dev/null 2>&1; then"));
    b.line(QStringLiteral("    if ! out=$(ip link add \"$IFACE\" type xfrm if_id \"$IF_ID\" 2>&1); then"));
    b.line(QStringLiteral("        fail \"ip link add $IFACE type xfrm if_id $IF_ID: $out\""));
    b.line(QStringLiteral("        return 1"));
    b.line(QStringLiteral("    fi"));
    b.line(QStringLiteral("fi"));
    b.line(QStringLiteral("if ! out=$(ip link set dev \"$IFACE\" mtu \"$MTU\" up 2>&1); then"));
    b.line(QStringLiteral("    fail \"ip link set $IFACE mtu $MTU up: $out\""));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
}

} // namespace

bool TunnelRoutesGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::LinuxStrongswan;
}

QList<GeneratedFile> TunnelRoutesGenerator::generate(const GeneratorInput &input,
                                                     const Site &site) const
{
    const LinuxSitePlan plan(input, site);
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
    b.line(QStringLiteral("MTU=%1").arg(MtuCalculator::ipsecTunnel().recommendedMtu));
    b.line();
    ShellRoutes::failFunction(b, QStringLiteral("tunnel-routes"));
    interfaceFunction(b);
    ShellRoutes::routeFunctions(b, QStringLiteral("IFACE"));

    b.line(QStringLiteral("# $1: up or down, $2: link id"));
    b.open(QStringLiteral("link_routes()"));
    b.line(QStringLiteral("case \"$2\" in"));
    b.indent();
    const auto routeCase = [&b](const QString &name, const QString &comment,
                                const QList<Ipv4Prefix> &remote) {
        b.line(TargetSyntax::shellQuote(name) + u')');
        b.indent();
        b.line(u"# " + comment);
        for (const Ipv4Prefix &p : remote)
            b.line(u"\"$1\" " + TargetSyntax::shellQuote(p.toString()));
        if (remote.isEmpty())
            b.line(QStringLiteral(":"));
        b.line(QStringLiteral(";;"));
        b.outdent();
    };
    for (const PlannedLink &l : plan.ipsecLinks) {
        routeCase(l.link->id, QStringLiteral("to %1").arg(l.peer->id), l.remote);
        if (!TunnelChildren::isSplit(l))
            continue;
        // strongSwan runs the hook per IKEv1 child: each child brings up its own remote subnet.
        for (const TunnelChild &child : TunnelChildren::of(l))
            routeCase(child.name, QStringLiteral("child of link %1").arg(l.link->id), child.remote);
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
             QStringLiteral("if [ \"$verb\" = up ]; then"),
             QStringLiteral("    iface_up"),
             QStringLiteral("fi"),
             QStringLiteral("if [ -n \"$link\" ]; then"),
             QStringLiteral("    link_routes \"$verb\" \"$link\" || exit 2"),
             QStringLiteral("else"),
             QStringLiteral("    all_links \"$verb\""),
             QStringLiteral("fi"),
             QStringLiteral("exit \"$status\"")});
    return {GeneratedFile{LinuxPaths::tunnelRoutes(), b.toUtf8(), FileModes::Script}};
}
