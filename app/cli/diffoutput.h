#pragma once

#include "core/diff/boxchanges.h"

#include <QJsonObject>
#include <QString>

// How `diff` prints one box's changes, in both of its forms (two topologies,
// or --against the files on the boxes): a header, one line per file, then the
// unified diffs; or one JSON object.
namespace DiffOutput {

// "site hq (added): 2 file(s)\n" or "site hq: no changes\n".
QString header(const BoxChanges &b, const QString &label = {});
// "  changed etc/ipsec.conf\n" per file.
QString fileLines(const BoxChanges &b);
// The unified diffs of the files, in order.
QString diffs(const BoxChanges &b);
QJsonObject json(const BoxChanges &b);

} // namespace DiffOutput
