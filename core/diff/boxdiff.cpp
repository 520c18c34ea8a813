#include "core/diff/boxdiff.h"

#include "core/diff/unifieddiff.h"

#include <QMap>
#include <QStringDecoder>

namespace {

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QMap<QString, const GeneratedFile *> byPath(const QList<GeneratedFile> &files)
{
    QMap<QString, const GeneratedFile *> map;
    for (const GeneratedFile &f : files)
        map.insert(f.path, &f);
    return map;
}

void fillDiff(FileChange &change, const QByteArray &oldBytes, const QByteArray &newBytes,
              const SecretMask &mask, int context)
{
    if (!isText(oldBytes) || !isText(newBytes)) {
        change.hidden = QStringLiteral("binary");
        return;
    }
    const QString oldLabel = change.status == FileChange::Added
                                 ? QStringLiteral("/dev/null")
                                 : QStringLiteral("a/") + change.path;
    const QString newLabel = change.status == FileChange::Removed
                                 ? QStringLiteral("/dev/null")
                                 : QStringLiteral("b/") + change.path;
    const QString text =
        UnifiedDiff::format(oldLabel, newLabel, QString::fromUtf8(mask.apply(oldBytes)),
                            QString::fromUtf8(mask.apply(newBytes)), context);
    if (mask.leaks(text.toUtf8())) {
        change.hidden = QStringLiteral("secret");
        return;
    }
    change.diff = text;
}

} // namespace

namespace BoxDiff {

QList<FileChange> compare(const QList<GeneratedFile> &oldFiles,
                          const QList<GeneratedFile> &newFiles, const SecretMask &mask,
                          int context)
{
    const auto oldMap = byPath(oldFiles);
    const auto newMap = byPath(newFiles);
    QStringList paths = oldMap.keys();
    for (const QString &p : newMap.keys()) {
        if (!oldMap.contains(p))
            paths.append(p);
    }
    std::sort(paths.begin(), paths.end());
    QList<FileChange> changes;
    for (const QString &path : paths) {
        const GeneratedFile *o = oldMap.value(path);
        const GeneratedFile *n = newMap.value(path);
        if (o && n && o->content == n->content && o->mode == n->mode)
            continue;
        FileChange c;
        c.path = path;
        c.status = !o ? FileChange::Added : !n ? FileChange::Removed : FileChange::Changed;
        c.oldMode = o ? o->mode : 0;
        c.newMode = n ? n->mode : 0;
        const QByteArray oldBytes = o ? o->content : QByteArray();
        const QByteArray newBytes = n ? n->content : QByteArray();
        if (oldBytes != newBytes || !o || !n)
            fillDiff(c, oldBytes, newBytes, mask, context);
        changes.append(c);
    }
    return changes;
}

} // namespace BoxDiff
