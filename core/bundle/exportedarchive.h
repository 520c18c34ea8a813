#pragma once

#include <QByteArray>
#include <QString>

// An archive BundleExport wrote: its path, size and SHA-256 (hex), so the
// admin can hand the digest over together with the file.
struct ExportedArchive
{
    QString path;
    qint64 size = 0;
    QByteArray sha256; // lowercase hex
};
