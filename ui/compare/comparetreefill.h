#pragma once

#include <QCoreApplication>

struct DeploymentCompare;
class QTreeWidget;

// Fills the Compare window's tree: a box per top-level item (its site and
// how many files differ), its changed and added files under it (each item
// holding its unified diff, DiffRole), then the box's files RouteStudio does
// not write and the comparison's notes. Texts come from core, secrets masked.
class CompareTreeFill
{
    Q_DECLARE_TR_FUNCTIONS(CompareTreeFill)

public:
    enum Role { DiffRole = 0x0100 + 1 }; // Qt::UserRole + 1
    enum Column { Name, Status, ColumnCount };

    static void fill(QTreeWidget *tree, const DeploymentCompare &result);
    // The summary line: how many boxes differ, or why nothing was compared.
    static QString summary(const DeploymentCompare &result, bool *error);
};
