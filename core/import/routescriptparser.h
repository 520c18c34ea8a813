#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QStringList>

// One "ip route add|replace|append|del" of a script, with the case arm it is in.
struct ScriptRoute
{
    QString verb;        // add, replace, append, del
    QString destination; // "10.1.0.0/16", "default", or what the script passes
    QString dev;         // "" or as written ("$1", "$iface", "ppp0")
    QString via;
    QStringList options; // other words (table 220, metric 5, ...)
    QString subject;     // case "$PEERNAME" in ... -> "$PEERNAME"
    QString pattern;     // the arm's pattern ("hq-site-c"); empty outside a case
    SourcePlace place;
};

// Finds the route commands of an ip-up/ip-down or updown script: plain
// "ip route ..." lines, also inside "$(...)", if/then and case arms, and calls
// of a shell function whose body runs "ip route ... \"$1\" ..." (the call's
// first argument is the destination). Other commands are not interpreted.
namespace RouteScriptParser {

QList<ScriptRoute> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace RouteScriptParser
