#include "core/bundle/bundleextractor.h"

#include "core/bundle/entrypath.h"
#include "core/bundle/filemode.h"
#include "core/io/filebytes.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>

namespace {

bool isInside(const QString &path, const QString &folder)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(folder + QLatin1Char('/'));
}

const QString kStagingPrefix = QStringLiteral(".routestudio-import-");
const QString kLockName = QStringLiteral(".lock");
constexpr int kUnlockedGraceSecs = 600;

// Removes staging folders that imports killed midway left in `target` (they
// may hold a profile's secrets). A folder whose lock is held by a running
// import is kept; one without a lock only once it is old (its import died
// before taking the lock, or an older RouteStudio made it).
void sweepStaleStaging(const QString &target)
{
    const QDir dir(target);
    const QStringList names = dir.entryList({kStagingPrefix + u'*'},
                                            QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const QFileInfo info(path);
        if (info.isSymLink())
            continue;
        const QString lockPath = path + u'/' + kLockName;
        if (QFileInfo::exists(lockPath)) {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0); // stale only when its process is gone
            if (!lock.tryLock(0))
                continue;
        } else if (info.lastModified().secsTo(QDateTime::currentDateTime()) < kUnlockedGraceSecs) {
            continue;
        }
        QDir(path).removeRecursively();
    }
}

// Every folder from `top` (exclusive) down to `dir` at 0700, not only the last.
bool makePrivate(const QString &top, const QString &dir)
{
    for (QString d = dir; d.startsWith(top + u'/'); d = QFileInfo(d).path()) {
        if (!QFile::setPermissions(d, FileMode::toPermissions(0700)))
            return false;
    }
    return true;
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
    sweepStaleStaging(target);
    QTemporaryDir temp(target + u'/' + kStagingPrefix + QStringLiteral("XXXXXX"));
    if (!temp.isValid()) {
        *error = QStringLiteral("%1: cannot create a temporary folder: %2")
                     .arg(target, temp.errorString());
        return std::nullopt;
    }
    // Held while this import runs (released before `temp` is removed), so that
    // the next import can tell a running import from a killed one.
    QLockFile lock(temp.path() + u'/' + kLockName);
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        *error = QStringLiteral("%1: cannot lock the temporary folder").arg(temp.path());
        return std::nullopt;
    }
    const QString staging = temp.path() + QLatin1Char('/') + name;
    for (const GeneratedFile &f : contents.files) {
        if (!EntryPath::problem(f.path).isEmpty()) { // checked by the reader; never trust twice
            *error = QStringLiteral("entry \"%1\": unsafe path").arg(f.path);
            return std::nullopt;
        }
        const QString path = staging + QLatin1Char('/') + f.path;
        const QString dir = QFileInfo(path).path();
        if (!QDir().mkpath(dir) || !isInside(dir, temp.path()) || !makePrivate(temp.path(), dir)) {
            *error = QStringLiteral("%1: cannot create the folder").arg(dir);
            return std::nullopt;
        }
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
