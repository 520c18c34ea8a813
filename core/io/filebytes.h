#pragma once

#include "core/io/loaderror.h"

#include <QByteArray>
#include <QFileDevice>
#include <optional>

// Whole-file reads with a size cap, and atomic writes (QSaveFile) with a mode
// set before the first byte is written, so a secret is never readable by others.
namespace FileBytes {

constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

std::optional<QByteArray> read(const QString &fileName, LoadError *error);

// Writes atomically; returns false and sets *error on failure. The file never
// exists half-written: readers see the old or the new content.
bool writeAtomic(const QString &fileName, const QByteArray &bytes,
                 QFileDevice::Permissions mode, QString *error);

// The same without waiting for the disk (no fsync per file; temporary file and
// rename, which replaces atomically): for trees of many generated files
// (`generate -o`), where a sync per file dominates the run. Readers still see
// the old or the new content; only a power loss right after may lose a file.
bool writeAtomicUnsynced(const QString &fileName, const QByteArray &bytes,
                         QFileDevice::Permissions mode, QString *error);

QFileDevice::Permissions publicMode();  // 0644
QFileDevice::Permissions privateMode(); // 0600

} // namespace FileBytes
