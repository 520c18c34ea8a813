#pragma once

#include "core/generators/generatedfile.h"

#include <QList>
#include <QString>
#include <QStringList>

// One bundle ready to archive: its top folder name ("site-hq",
// "user-staff-alice") and its files with paths relative to that folder
// (README.md, SHA256SUMS, manifest.json, profile.json, files/...).
struct Bundle
{
    QString kind; // "site" or "user"
    QString name;
    QList<GeneratedFile> files;
    QStringList warnings; // e.g. a secret-bearing file whose mode was tightened to 0600
};
