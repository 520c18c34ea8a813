#include "core/generators/linux/pppscriptsgenerator.h"

#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/shellroutes.h"

namespace {

// case "<subject>" in <link id>) <verb> <prefix>... ;; esac — nothing for no links.
void routeCases(TextBuilder &b, const QString &subject, const QList<PlannedLink> &links,
                const QString &peerLabel, const QString &verb)
{
    if (links.isEmpty())
        return;
    b.line(QStringLiteral("case \"%1\" in").arg(subject));
    b.indent();
    for (const PlannedLink &l : links) {
        b.line(TargetSyntax::shellQuote(l.link->id) + u')');
        b.indent();
        b.line(QStringLiteral("# %1 %2").arg(peerLabel, l.peer->id));
        for (const Ipv4Prefix &p : l.remote)
            b.line(verb + u' ' + TargetSyntax::shellQuote(p.toString()));
        if (l.remote.isEmpty())
            b.line(QStringLiteral(":"));
        b.line(QStringLiteral(";;"));
        b.outdent();
    }
    b.outdent();
    b.line(QStringLiteral("esac"));
}

QByteArray script(const LinuxSitePlan &plan, const QString &verb)
{
    const QString name = verb == u"up" ? QStringLiteral("ip-up") : QStringLiteral("ip-down");
    TextBuilder b;
    ShellRoutes::header(
        b, plan.site.id,
        {QStringLiteral("pppd runs this through /etc/ppp/%1 with $1 interface, $2 tty, $3 speed,").arg(name),
         QStringLiteral("$4 local address, $5 remote address, $6 ipparam, and exports PEERNAME,"),
         QStringLiteral("the name the peer authenticated as. It %1 the routes of L2TP links")
             .arg(verb == u"up" ? QStringLiteral("adds") : QStringLiteral("removes")),
         QStringLiteral("on that call's interface: on a hub, a dial-in gateway's LANs (matched by"),
         QStringLiteral("PEERNAME); on a gateway, the routes over its dial-out link (matched by"),
         QStringLiteral("ipparam, set to the link id in its options file). Remote-access clients"),
         QStringLiteral("need no route here: pppd adds the host route to the client's address."),
         QStringLiteral("Exit status: 0 done, 1 a route command failed (logged), 2 bad arguments.")});
    b.line(QStringLiteral("iface=${1:-}"));
    b.line(QStringLiteral("peer=${PEERNAME:-}"));
    b.line(QStringLiteral("ipparam=${6:-}"));
    b.line();
    ShellRoutes::failFunction(b, name);
    ShellRoutes::routeFunctions(b, QStringLiteral("iface"));
    b.line(QStringLiteral("if [ -z \"$iface\" ]; then"));
    b.line(QStringLiteral("    fail \"no interface argument (pppd passes it as \\$1)\""));
    b.line(QStringLiteral("    exit 2"));
    b.line(QStringLiteral("fi"));
    b.line();
    if (plan.l2tpDialIns.isEmpty() && plan.l2tpDialOuts.isEmpty())
        b.line(QStringLiteral("# No L2TP link ends here: nothing to route."));
    // A gateway matches its dial-out links by ipparam, a hub its dial-in gateways by PEERNAME.
    routeCases(b, QStringLiteral("$ipparam"), plan.l2tpDialOuts, QStringLiteral("link to hub"), verb);
    routeCases(b, QStringLiteral("$peer"), plan.l2tpDialIns, QStringLiteral("gateway"), verb);
    b.line(QStringLiteral("exit \"$status\""));
    return b.toUtf8();
}

} // namespace

QList<GeneratedFile> PppScriptsGenerator::generate(const LinuxSitePlan &plan) const
{
    if (!plan.runsXl2tpd())
        return {};
    return {GeneratedFile{LinuxPaths::ipUp(), script(plan, QStringLiteral("up")), FileModes::Script},
            GeneratedFile{LinuxPaths::ipDown(), script(plan, QStringLiteral("down")),
                          FileModes::Script}};
}
