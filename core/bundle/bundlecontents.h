#pragma once

#include "core/bundle/bundlemanifest.h"
#include "core/generators/generatedfile.h"

#include <QList>

// A bundle read back from an archive and checked against its manifest:
// every file (paths relative to the top folder, manifest.json included).
struct BundleContents
{
    BundleManifest manifest;
    QList<GeneratedFile> files;

    const GeneratedFile *file(const QString &path) const
    {
        for (const GeneratedFile &f : files) {
            if (f.path == path)
                return &f;
        }
        return nullptr;
    }
};
