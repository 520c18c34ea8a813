#include "core/import/sourcetree.h"

#include "core/import/importlimits.h"

#include <QDir>
#include <QRegularExpression>

namespace {

// "a/./b/../c" -> "a/c"; empty when it climbs out of the folder.
QString normalized(const QString &path)
{
    QStringList out;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out.append(part);
    }
    return out.join(u'/');
}

bool hasWildcard(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

} // namespace

bool SourceTree::add(const QString &path, const QByteArray &bytes, QString *error, int mode)
{
    const QString clean = normalized(path);
    if (clean.isEmpty() || clean != path) {
        *error = QStringLiteral("%1: unsafe path (absolute, empty or with . or .. parts)").arg(path);
        return false;
    }
    if (bytes.size() > ImportLimits::kMaxFileSize) {
        *error = QStringLiteral("%1: larger than %2 bytes").arg(path).arg(ImportLimits::kMaxFileSize);
        return false;
    }
    if (m_files.size() >= ImportLimits::kMaxFiles || m_size + bytes.size() > ImportLimits::kMaxBoxSize) {
        *error = QStringLiteral("%1: the box has more than %2 files or %3 bytes")
                     .arg(path)
                     .arg(ImportLimits::kMaxFiles)
                     .arg(ImportLimits::kMaxBoxSize);
        return false;
    }
    m_size += bytes.size();
    m_files.insert(path, bytes);
    if (mode >= 0)
        m_modes.insert(path, mode & 07777);
    return true;
}

bool SourceTree::isSystemRoot() const
{
    const auto it = m_files.lowerBound(QStringLiteral("etc/"));
    return it != m_files.cend() && it.key().startsWith(QLatin1String("etc/"));
}

QString SourceTree::installed(const QString &path) const
{
    return (isSystemRoot() ? QStringLiteral("/") : QStringLiteral("/etc/")) + path;
}

QString SourceTree::fromInstalled(const QString &absolute) const
{
    const QString clean = normalized(absolute);
    if (clean.isEmpty() || !absolute.startsWith(u'/'))
        return {};
    if (isSystemRoot())
        return clean;
    return clean.startsWith(QLatin1String("etc/")) ? clean.mid(4) : QString();
}

SourceTree::Match SourceTree::resolve(const QString &pattern, const QString &fromFile) const
{
    Match m;
    QString joined;
    if (pattern.startsWith(u'/')) {
        joined = fromInstalled(pattern);
    } else {
        const int slash = fromFile.lastIndexOf(u'/');
        joined = normalized((slash < 0 ? QString() : fromFile.left(slash + 1)) + pattern);
    }
    if (joined.isEmpty()) {
        m.refusal = QStringLiteral("\"%1\" is outside the imported folder").arg(pattern);
        return m;
    }
    const int slash = joined.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : joined.left(slash + 1);
    const QString name = joined.mid(slash + 1);
    if (hasWildcard(dir)) {
        m.refusal = QStringLiteral("\"%1\": wildcards are supported in the file name only").arg(pattern);
        return m;
    }
    if (!hasWildcard(name)) {
        if (m_files.contains(joined))
            m.files.append(joined);
        return m;
    }
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
        name, QRegularExpression::UnanchoredWildcardConversion));
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()));
    for (auto it = m_files.lowerBound(dir); it != m_files.cend() && it.key().startsWith(dir); ++it) {
        const QString rest = it.key().mid(dir.size());
        if (!rest.contains(u'/') && anchored.match(rest).hasMatch())
            m.files.append(it.key());
    }
    return m;
}
