#include "app/cli/diffoutput.h"

#include "core/bundle/filemode.h"

#include <QJsonArray>

namespace {

QString fileLine(const FileChange &f)
{
    QString line = QStringLiteral("  %1 %2").arg(FileChange::statusName(f.status), -7).arg(f.path);
    if (f.status == FileChange::Changed && f.oldMode != f.newMode)
        line += QStringLiteral(" (mode %1 -> %2)").arg(FileMode::octal(f.oldMode),
                                                        FileMode::octal(f.newMode));
    else if (f.status == FileChange::Added)
        line += QStringLiteral(" (%1)").arg(FileMode::octal(f.newMode));
    if (!f.hidden.isEmpty())
        line += QStringLiteral(" [content not shown: %1]").arg(f.hidden);
    return line + QLatin1Char('\n');
}

} // namespace

namespace DiffOutput {

QString header(const BoxChanges &b, const QString &label)
{
    QString out = QStringLiteral("%1 %2").arg(b.kind, b.id);
    if (!label.isEmpty())
        out += QStringLiteral(" (box %1)").arg(label);
    if (b.status != BoxChanges::Kept)
        out += QStringLiteral(" (%1)").arg(BoxChanges::statusName(b.status));
    if (b.files.isEmpty())
        return out + QStringLiteral(": no changes\n");
    return out + QStringLiteral(": %1 file(s)\n").arg(b.files.size());
}

QString fileLines(const BoxChanges &b)
{
    QString out;
    for (const FileChange &f : b.files)
        out += fileLine(f);
    return out;
}

QString diffs(const BoxChanges &b)
{
    QString out;
    for (const FileChange &f : b.files)
        out += f.diff;
    return out;
}

QJsonObject json(const BoxChanges &b)
{
    QJsonArray files;
    for (const FileChange &f : b.files) {
        QJsonObject o{{QStringLiteral("path"), f.path},
                      {QStringLiteral("status"), FileChange::statusName(f.status)},
                      {QStringLiteral("diff"), f.diff}};
        if (f.oldMode)
            o.insert(QStringLiteral("oldMode"), FileMode::octal(f.oldMode));
        if (f.newMode)
            o.insert(QStringLiteral("newMode"), FileMode::octal(f.newMode));
        if (!f.hidden.isEmpty())
            o.insert(QStringLiteral("hidden"), f.hidden);
        files.append(o);
    }
    return QJsonObject{{QStringLiteral("kind"), b.kind},
                       {QStringLiteral("id"), b.id},
                       {QStringLiteral("status"), BoxChanges::statusName(b.status)},
                       {QStringLiteral("files"), files}};
}

} // namespace DiffOutput
