#pragma once

#include "core/validation/finding.h"
#include "ui/canvas/findingmark.h"

#include <QHash>
#include <QStringList>

// The canvas marks of a set of findings, by object id (a site, link or profile
// id). Built off the GUI thread with the findings (FindingsController); the
// scene applies only the marks that differ from the ones it shows.
using FindingMarks = QHash<QString, FindingMark>;

namespace FindingMarking {

FindingMarks byObject(const QList<Finding> &findings);
// The ids whose mark differs between the two: changed, new or gone.
QStringList changedIds(const FindingMarks &before, const FindingMarks &after);

} // namespace FindingMarking
