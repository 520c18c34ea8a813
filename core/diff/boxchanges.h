#pragma once

#include "core/diff/filechange.h"

#include <QList>
#include <QString>

// The changes on one box: a site ("site", "hq") or a client of a remote-access
// profile ("client", "staff/alice"). `status` says whether the box itself is
// new, gone, or present in both generations.
struct BoxChanges
{
    enum Status { Added, Removed, Kept };
    QString kind;
    QString id;
    Status status = Kept;
    QList<FileChange> files;

    static QString statusName(Status s);
};
