#pragma once

#include <QtGlobal>

// Caps for reading untrusted archives, enforced while decompressing (a
// declared size is not trusted). Bundles hold a few small text files.
struct ArchiveLimits
{
    qint64 maxEntrySize = 16LL * 1024 * 1024;
    qint64 maxTotalSize = 64LL * 1024 * 1024;
    int maxEntries = 2000;
};
