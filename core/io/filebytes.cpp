#include "core/io/filebytes.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace FileBytes {

QFileDevice::Permissions publicMode()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
           | QFileDevice::ReadOther;
}

QFileDevice::Permissions privateMode()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

std::optional<QByteArray> read(const QString &fileName, LoadError *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error->message = QStringLiteral("cannot open: %1").arg(file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        error->message = QStringLiteral("file is larger than %1 MiB").arg(kMaxFileSize >> 20);
        return std::nullopt;
    }
    QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        error->message = QStringLiteral("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return bytes;
}

bool writeAtomic(const QString &fileName, const QByteArray &bytes,
                 QFileDevice::Permissions mode, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    // The temporary file gets its final mode before any content reaches it.
    if (!file.setPermissions(mode) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool writeAtomicUnsynced(const QString &fileName, const QByteArray &bytes,
                         QFileDevice::Permissions mode, QString *error)
{
    // In the target's folder, so the rename never crosses file systems.
    QTemporaryFile file(fileName + QStringLiteral(".XXXXXX.tmp"));
    if (!file.open()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    // Created 0600; its final mode before any content reaches it.
    if (!file.setPermissions(mode) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(fileName, file.errorString());
        return false;
    }
    file.close();
    // std::filesystem::rename replaces an existing file (POSIX rename, MoveFileEx
    // with REPLACE_EXISTING); QFile::rename refuses to.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(file.fileName().toStdU16String()),
                            std::filesystem::path(fileName.toStdU16String()), ec);
    if (ec) {
        *error = QStringLiteral("%1: cannot write: %2")
                     .arg(fileName, QString::fromLocal8Bit(ec.message().c_str()));
        return false; // the temporary file is removed with `file`
    }
    file.setAutoRemove(false);
    return true;
}

} // namespace FileBytes
