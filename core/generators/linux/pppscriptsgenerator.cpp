#include "core/generators/linux/pppscriptsgenerator.h"

#include "core/generators/common/filemodes.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/shellroutes.h"

namespace {

QByteArray script(const LinuxSitePlan &plan, const QString &verb)
{
    const QString name = verb == u"up" ? QStringLiteral("ip-up") : QStringLiteral("ip-down");
    TextBuilder b;
    ShellRoutes::header(
        b, plan.site.id,
        {QStringLiteral("pppd runs this through /etc/ppp/%1 with $1 interface, $2 tty, $3 speed,").arg(name),
         QStringLiteral("$4 local address, $5 remote address, $6 ipparam, and exports PEERNAME,"),
         QStringLiteral("the name the peer authenticated as. It %1 the LANs of L2TP dial-in")
             .arg(verb == u"up" ? QStringLiteral("routes") : QStringLiteral("removes the routes to")),
         QStringLiteral("gateways on that call's interface. Remote-access clients need no route"),
         QStringLiteral("here: pppd adds the host route to the client's address itself."),
         QStringLiteral("Exit status: 0 done, 1 a route command failed (logged), 2 bad arguments.")});
    b.line(QStringLiteral("iface=${1:-}"));
    b.line(QStringLiteral("peer=${PEERNAME:-}"));
    b.line();
    ShellRoutes::failFunction(b, name);
    ShellRoutes::routeFunctions(b, QStringLiteral("iface"));
    b.line(QStringLiteral("if [ -z \"$iface\" ]; then"));
    b.line(QStringLiteral("    fail \"no interface argument (pppd passes it as \\$1)\""));
    b.line(QStringLiteral("    exit 2"));
    b.line(QStringLiteral("fi"));
    b.line();
    if (plan.l2tpDialIns.isEmpty()) {
        b.line(QStringLiteral("# No gateway dials in over L2TP: nothing to route."));
    } else {
        b.line(QStringLiteral("case \"$peer\" in"));
        b.indent();
        for (const PlannedLink &l : plan.l2tpDialIns) {
            b.line(TargetSyntax::shellQuote(l.link->id) + u')');
            b.indent();
            b.line(QStringLiteral("# gateway %1").arg(l.peer->id));
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
    b.line(QStringLiteral("exit \"$status\""));
    return b.toUtf8();
}

} // namespace

bool PppScriptsGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::LinuxStrongswan && site.isHub() && site.remoteAccess;
}

QList<GeneratedFile> PppScriptsGenerator::generate(const GeneratorInput &input,
                                                   const Site &site) const
{
    const LinuxSitePlan plan(input, site);
    return {GeneratedFile{LinuxPaths::ipUp(), script(plan, QStringLiteral("up")), FileModes::Script},
            GeneratedFile{LinuxPaths::ipDown(), script(plan, QStringLiteral("down")),
                          FileModes::Script}};
}
