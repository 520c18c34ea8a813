#pragma once

#include <QString>

// How one generated file of a box differs between two generations.
struct FileChange
{
    enum Status { Added, Removed, Changed };
    Status status = Changed;
    QString path;
    int oldMode = 0; // 0 when added
    int newMode = 0; // 0 when removed
    // Unified diff of the masked texts; empty for a mode-only change or a
    // binary file. Never contains a secret value (see SecretMask).
    QString diff;
    // Set when the content could not be shown: "binary", or "secret" when a
    // secret survived masking (the whole file is then withheld).
    QString hidden;

    static QString statusName(Status s);
};
