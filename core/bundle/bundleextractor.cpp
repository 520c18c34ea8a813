#include "core/bundle/bundleextractor.h"

#include "core/bundle/entrypath.h"
#include "core/bundle/filemode.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

bool isInside(const QString &path, const QString &folder)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(folder + QLatin1Char('/'));
}

} // namespace

namespace BundleExtractor {

std::optional<QString> extract(const BundleContents &contents, const QString &targetDir,
                               bool replace, QString *error)
{
    const QString target = QFileInfo(targetDir).canonicalFilePath();
    if (target.isEmpty() || !QFileInfo(target).isDir()) {
        *error = QStringLiteral("%1: not an existing folder").arg(targetDir);
        return std::nullopt;
    }
    const QString name = contents.manifest.name;
    if (!EntryPath::problem(name).isEmpty() || name.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("bad bundle name");
        return std::nullopt;
    }
    QTemporaryDir temp(target + QStringLiteral("/.routestudio-import-XXXXXX"));
    if (!temp.isValid()) {
        *error = QStringLiteral("%1: cannot create a temporary folder: %2")
                     .arg(target, temp.errorString());
        return std::nullopt;
    }
    const QString staging = temp.path() + QLatin1Char('/') + name;
    QDir root(temp.path());
    for (const GeneratedFile &f : contents.files) {
        if (!EntryPath::problem(f.path).isEmpty()) { // checked by the reader; never trust twice
            *error = QStringLiteral("entry \"%1\": unsafe path").arg(f.path);
            return std::nullopt;
        }
        const QString path = staging + QLatin1Char('/') + f.path;
        const QString dir = QFileInfo(path).path();
        if (!root.mkpath(dir) || !isInside(dir, temp.path())) {
            *error = QStringLiteral("%1: cannot create the folder").arg(dir);
            return std::nullopt;
        }
        QFile::setPermissions(dir, FileMode::toPermissions(0700));
        const int mode = FileMode::isSafe(f.mode) ? f.mode : 0600;
        if (!FileBytes::writeAtomic(path, f.content, FileMode::toPermissions(mode), error))
            return std::nullopt;
    }
    QFile::setPermissions(staging, FileMode::toPermissions(0700));
    const QString final = target + QLatin1Char('/') + name;
    const QFileInfo existing(final);
    QString aside;
    if (existing.exists() || existing.isSymLink()) {
        if (!replace || existing.isSymLink() || !existing.isDir()) {
            *error = QStringLiteral("%1 exists already").arg(final);
            return std::nullopt;
        }
        aside = temp.path() + QStringLiteral("/old");
        if (!QDir().rename(final, aside)) {
            *error = QStringLiteral("%1: cannot move the old folder aside").arg(final);
            return std::nullopt;
        }
    }
    if (!QDir().rename(staging, final)) {
        if (!aside.isEmpty())
            QDir().rename(aside, final);
        *error = QStringLiteral("%1: cannot move the bundle into place").arg(final);
        return std::nullopt;
    }
    return final; // the temporary folder (and any old copy) is removed here
}

} // namespace BundleExtractor
