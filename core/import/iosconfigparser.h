#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QString>
#include <QStringList>

// One command of a Cisco IOS configuration with the sub-mode commands under
// it (the lines indented deeper than it, up to the next line that is not).
struct IosLine
{
    SourcePlace place;
    int indent = 0;
    QStringList words;    // split at white space, without a leading "no"
    bool negated = false; // the "no" form of the command
    QString text;         // the line as written, without its indentation
    QList<IosLine> children;

    QString word(int i) const { return words.value(i); }
    // True when the words start with `prefix` ("crypto", "isakmp", "key").
    bool startsWith(const QStringList &prefix) const;
};

// Reads `show running-config` (or startup-config) output as the IOS
// configuration guides describe it: one command a line, a sub-mode's
// commands indented under the command that enters it (one space a level as
// IOS prints them; any deeper indentation counts), "!" lines as separators
// and comments, `banner TYPE c…c` blocks delimited by their first character
// (`^C` as show running-config prints the ETX delimiter) over any number of
// lines, "no" forms, and `end`. "Building configuration..." and
// "Current configuration : N bytes" (the command's own header) are skipped;
// lines after `end` are listed as not read. Sub-modes nest at most
// ImportLimits::kMaxSectionDepth deep; deeper lines are errors.
namespace IosConfigParser {

QList<IosLine> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace IosConfigParser
