#pragma once

#include <QByteArray>
#include <QString>

// One output file: a path relative to the box's folder, its bytes and its
// Unix mode (0644 for configs, 0755 for scripts, 0600 for anything secret).
struct GeneratedFile
{
    QString path;
    QByteArray content;
    int mode = 0644;
};
