#pragma once

struct ImportRun;
class QTreeWidget;

// Fills the import dialog's tree from a run: a row per box (expanded), under
// it a row per file (what it was read as, the count of each kind of note at
// its lines), under each file its report lines in the report's order
// (errors, contradictions, not represented, mapped). Notes at no file of
// the box (the mapping's) get a row of their own under the box.
namespace ImportTreeFill {

void fill(QTreeWidget *tree, const ImportRun &run);

} // namespace ImportTreeFill
