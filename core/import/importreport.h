#pragma once

#include "core/import/importrun.h"

#include <QJsonObject>
#include <QString>

// The import report: per box, the files and what each was read as, then the
// errors, contradictions, statements not represented (file:line and why) and
// mapped statements (to what). Never a secret value: parsers and the mapping
// put keys only, and text echoed from the files is escaped (control and
// non-ASCII characters as \uXXXX).
namespace ImportReport {

QString text(const ImportRun &run);
QJsonObject json(const ImportRun &run);
QString escaped(const QString &s);
// One note as the text report lists it: "file:line: statement -> detail".
QString line(const ImportNote &n);

} // namespace ImportReport
