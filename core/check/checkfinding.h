#pragma once

#include <QString>

// One fault `routestudio-cli check` found on a box (docs/check.md): what is
// wrong, the live evidence (a line of the box's own tools, or what is absent)
// and the fix (a command, or the generated file to install).
struct CheckFinding
{
    QString code;
    QString message;
    QString evidence;
    QString fix;
};
