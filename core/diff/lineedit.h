#pragma once

#include <QList>

// One step of an edit script that turns an old list of lines into a new one.
// Equal: old line oldIndex equals new line newIndex. Delete: old line oldIndex
// is gone (newIndex is -1). Insert: new line newIndex is added (oldIndex is -1).
struct LineEdit
{
    enum Kind { Equal, Delete, Insert };
    Kind kind = Equal;
    int oldIndex = -1;
    int newIndex = -1;

    bool operator==(const LineEdit &o) const
    {
        return kind == o.kind && oldIndex == o.oldIndex && newIndex == o.newIndex;
    }
};

using EditScript = QList<LineEdit>;
