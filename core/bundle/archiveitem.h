#pragma once

#include <QByteArray>
#include <QString>

// One entry of an archive as RouteStudio reads and writes it: a regular file
// or a folder, a relative path with '/' separators, its permission bits.
struct ArchiveItem
{
    QString path; // folders without the trailing '/'
    QByteArray content;
    int mode = 0644;
    bool isDir = false;
};
