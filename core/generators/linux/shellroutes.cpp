#include "core/generators/linux/shellroutes.h"

#include "core/generators/common/banner.h"

namespace ShellRoutes {

void header(TextBuilder &b, const QString &siteId, const QStringList &comment)
{
    b.line(QStringLiteral("#!/bin/sh"));
    b.line(u"# " + Banner::text(siteId));
    for (const QString &c : comment)
        b.line(u"# " + c);
    b.line(QStringLiteral("set -u"));
    b.line();
    b.line(QStringLiteral("status=0"));
    b.line();
}

void failFunction(TextBuilder &b, const QString &scriptName)
{
    b.open(QStringLiteral("fail()"));
    b.line(QStringLiteral("logger -t routestudio -- \"%1: $*\"").arg(scriptName));
    b.line(QStringLiteral("echo \"routestudio %1: $*\" >&2").arg(scriptName));
    b.line(QStringLiteral("status=1"));
    b.close();
    b.line();
}

void routeFunctions(TextBuilder &b, const QString &ifaceVar)
{
    const QString dev = QStringLiteral("\"$%1\"").arg(ifaceVar);
    const QString devText = QStringLiteral("$%1").arg(ifaceVar);
    b.open(QStringLiteral("up()"));
    b.line(QStringLiteral("if ! out=$(ip route replace \"$1\" dev %1 2>&1); then").arg(dev));
    b.line(QStringLiteral("    fail \"ip route replace $1 dev %1: $out\"").arg(devText));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
    b.open(QStringLiteral("down()"));
    b.line(QStringLiteral("# Nothing to do when the route (or the interface) is already gone."));
    b.line(QStringLiteral("if [ -z \"$(ip route show exact \"$1\" dev %1 2>/dev/null)\" ]; then").arg(dev));
    b.line(QStringLiteral("    return 0"));
    b.line(QStringLiteral("fi"));
    b.line(QStringLiteral("if ! out=$(ip route del \"$1\" dev %1 2>&1); then").arg(dev));
    b.line(QStringLiteral("    fail \"ip route del $1 dev %1: $out\"").arg(devText));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
}

void metricRouteFunctions(TextBuilder &b)
{
    b.line(QStringLiteral("# $1: prefix, $2: interface, $3: metric (lower wins)"));
    b.open(QStringLiteral("up()"));
    b.line(QStringLiteral("if ! out=$(ip route replace \"$1\" dev \"$2\" metric \"$3\" 2>&1); then"));
    b.line(QStringLiteral("    fail \"ip route replace $1 dev $2 metric $3: $out\""));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
    b.open(QStringLiteral("down()"));
    b.line(QStringLiteral("# Nothing to do when the route (or the interface) is already gone."));
    b.line(QStringLiteral("if [ -z \"$(ip route show exact \"$1\" dev \"$2\" metric \"$3\" 2>/dev/null)\" ]; then"));
    b.line(QStringLiteral("    return 0"));
    b.line(QStringLiteral("fi"));
    b.line(QStringLiteral("if ! out=$(ip route del \"$1\" dev \"$2\" metric \"$3\" 2>&1); then"));
    b.line(QStringLiteral("    fail \"ip route del $1 dev $2 metric $3: $out\""));
    b.line(QStringLiteral("fi"));
    b.close();
    b.line();
}

} // namespace ShellRoutes
