#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/sourcetree.h"

#include <QMap>
#include <QString>

// Finds the files of one box by name (docs/import.md lists them), runs their
// parsers and collects the box's facts. Every file of the tree ends up in
// `formats`: the format it was read as, or why it was not read.
struct BoxScan
{
    BoxFacts facts;
    ImportLog log;
    QMap<QString, QString> formats; // file -> "swanctl.conf", ... or "not read: why"

    static BoxScan run(const SourceTree &tree);
    // The formats run() reads, for people ("strongSwan swanctl.conf, ...").
    static QString formatNames();
};
