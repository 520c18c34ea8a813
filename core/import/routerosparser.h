#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QString>
#include <QStringList>

// One `key=value` of a RouterOS command.
struct RouterOsParam
{
    QString key;
    QString value;          // decoded; a [..] or (..) group as its text
    bool expression = false; // a group or a "$variable": the value is computed on the router
    SourcePlace place;
};

// One command line of a RouterOS script or export, with the menu it runs in.
struct RouterOsCommand
{
    QString menu;           // "ip ipsec peer" ("" at the root)
    QString verb;           // "add", "set", "remove", ...; never empty
    QStringList unnamed;    // unnamed arguments ("[find default=yes]", "0", a name)
    QList<RouterOsParam> params;
    bool script = false;    // ":if", ":do", a { } block...: a script, not configuration
    QString scriptText;     // its first word (":if") or "{"
    SourcePlace place;
    // A script command's first { } group, inside the braces (":do { X }
    // on-error={ Y }": X), as parseable text; empty when it has none.
    QString block = {};

    const RouterOsParam *param(const QString &key) const;
    QString value(const QString &key, const QString &fallback = {}) const;
};

// Reads a RouterOS `/export` (default and `terse` form) or a script made of
// the same commands (RouterOS scripting manual, "Command line"):
//   [/]path... command [unnamed] [key=value]...
// A line of path words alone ("/ip ipsec peer") changes the menu later lines
// run in; "/" starts from the root, ".." goes up, other words are relative.
// Commands starting with ":" and { } blocks are kept as script commands
// without looking inside. Groups nest at most ImportLimits::kMaxSectionDepth.
// An error (with its line) skips that command; a broken string ends the file.
namespace RouterOsParser {

QList<RouterOsCommand> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace RouterOsParser
