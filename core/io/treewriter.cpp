#include "core/io/treewriter.h"

#include "core/io/filebytes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

QString failure(const QString &path, const QString &why)
{
    return QStringLiteral("%1: cannot write: %2").arg(path, why);
}

} // namespace

TreeWriter::TreeWriter(const QString &target, bool fresh)
    : m_target(QDir::cleanPath(target)), m_root(m_target), m_fresh(fresh)
{
}

TreeWriter TreeWriter::fresh(const QString &target) { return TreeWriter(target, true); }

TreeWriter TreeWriter::inPlace(const QString &target) { return TreeWriter(target, false); }

TreeWriter::~TreeWriter()
{
    if (m_fresh && m_open && !m_committed)
        QDir(m_root).removeRecursively();
}

bool TreeWriter::open(QString *error)
{
    if (!m_fresh) {
        m_open = QDir().mkpath(m_target);
        if (!m_open)
            *error = QStringLiteral("cannot create folder %1").arg(m_target);
        return m_open;
    }
    // A hidden sibling of the target: the final rename stays on one file system.
    const QFileInfo target(m_target);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = QStringLiteral("cannot create folder %1").arg(parent);
        return false;
    }
    for (int attempt = 0; attempt < 16 && !m_open; ++attempt) {
        const QString name = QStringLiteral(".%1.partial-%2")
                                 .arg(target.fileName())
                                 .arg(QRandomGenerator::system()->generate(), 8, 16,
                                      QLatin1Char('0'));
        m_root = parent + u'/' + name;
        m_open = QDir(parent).mkdir(name); // fails when the name is taken: try another
    }
    if (!m_open)
        *error = QStringLiteral("cannot create a folder beside %1").arg(m_target);
    return m_open;
}

bool TreeWriter::makeParents(const QString &relativePath, QString *error)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    if (slash <= 0)
        return true;
    const QString folder = relativePath.left(slash);
    if (m_folders.contains(folder))
        return true;
    if (!makeParents(folder, error))
        return false;
    const QString path = m_root + u'/' + folder;
    // A fresh tree has only the folders made here; a previous run's may exist.
    if (!QDir().mkdir(path) && !(!m_fresh && QFileInfo(path).isDir())) {
        *error = QStringLiteral("cannot create folder %1").arg(path);
        return false;
    }
    m_folders.insert(folder);
    return true;
}

bool TreeWriter::write(const QString &relativePath, const QByteArray &bytes,
                       QFileDevice::Permissions mode, QString *error)
{
    Q_ASSERT(m_open && !m_committed);
    if (!makeParents(relativePath, error))
        return false;
    const QString path = m_root + u'/' + relativePath;
    if (!m_fresh)
        return FileBytes::writeAtomicUnsynced(path, bytes, mode, error);
    // New in a folder nobody reads yet: written once, where it stays. Created
    // with at most its mode (the umask may take bits away), then set exactly,
    // before the first byte.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, mode)
        || !file.setPermissions(mode) || file.write(bytes) != bytes.size()) {
        *error = failure(m_target + u'/' + relativePath, file.errorString());
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = failure(m_target + u'/' + relativePath, file.errorString());
        return false;
    }
    return true;
}

bool TreeWriter::commit(QString *error)
{
    Q_ASSERT(m_open && !m_committed);
    if (!m_fresh) {
        m_committed = true;
        return true;
    }
    std::error_code ec;
    std::filesystem::rename(fsPath(m_root), fsPath(m_target), ec);
    if (ec) {
        *error = QStringLiteral("cannot move %1 to %2: %3")
                     .arg(m_root, m_target, QString::fromLocal8Bit(ec.message().c_str()));
        return false;
    }
    m_committed = true;
    return true;
}
