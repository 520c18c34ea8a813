#include "core/import/importreport.h"

#include <QJsonArray>

namespace {

using Kind = ImportNote::Kind;

QJsonObject noteJson(const ImportNote &n)
{
    QJsonObject o{{QStringLiteral("kind"), ImportNote::kindName(n.kind)},
                  {QStringLiteral("file"), n.place.file},
                  {QStringLiteral("line"), n.place.line},
                  {QStringLiteral("detail"), n.detail}};
    if (!n.statement.isEmpty())
        o.insert(QStringLiteral("statement"), n.statement);
    if (!n.other.file.isEmpty())
        o.insert(QStringLiteral("other"), n.other.toString());
    return o;
}

} // namespace

namespace ImportReport {

QString escaped(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() > 0x7e)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString line(const ImportNote &n)
{
    QString out = escaped(n.place.toString());
    if (!n.statement.isEmpty())
        out += u": " + escaped(n.statement);
    out += QStringLiteral(" -> ") + escaped(n.detail);
    if (!n.other.file.isEmpty())
        out += QStringLiteral(" (other end: %1)").arg(escaped(n.other.toString()));
    return out;
}

QString text(const ImportRun &run)
{
    QString out;
    for (const BoxScan &b : run.boxes) {
        out += QStringLiteral("box %1 (site %2)\n").arg(escaped(b.facts.label),
                                                       run.topology.sites.value(&b - run.boxes.constData()).id);
        out += QStringLiteral(" files:\n");
        for (auto it = b.formats.cbegin(); it != b.formats.cend(); ++it)
            out += QStringLiteral("  %1: %2\n").arg(escaped(it.key()), it.value());
        for (const auto &[kind, title] : {std::pair{Kind::Error, "errors"},
                                          std::pair{Kind::Contradiction, "contradictions"},
                                          std::pair{Kind::NotRepresented, "not represented"},
                                          std::pair{Kind::Mapped, "mapped"}}) {
            const QList<ImportNote> notes = b.log.ofKind(kind);
            if (notes.isEmpty())
                continue;
            out += QStringLiteral(" %1 (%2):\n").arg(QLatin1String(title)).arg(notes.size());
            for (const ImportNote &n : notes)
                out += u"  " + line(n) + u'\n';
        }
    }
    out += QStringLiteral("%1 site(s), %2 link(s), %3 profile(s), %4 PSK(s), %5 user(s)\n")
               .arg(run.topology.sites.size())
               .arg(run.topology.links.size())
               .arg(run.topology.profiles.size())
               .arg(run.secrets.psk.size())
               .arg(run.secrets.users.size());
    return out;
}

QJsonObject json(const ImportRun &run)
{
    QJsonArray boxes;
    for (const BoxScan &b : run.boxes) {
        QJsonObject files;
        for (auto it = b.formats.cbegin(); it != b.formats.cend(); ++it)
            files.insert(it.key(), it.value());
        QJsonArray notes;
        for (const ImportNote &n : b.log.notes())
            notes.append(noteJson(n));
        boxes.append(QJsonObject{{QStringLiteral("box"), b.facts.label},
                                 {QStringLiteral("site"), run.topology.sites.value(&b - run.boxes.constData()).id},
                                 {QStringLiteral("files"), files},
                                 {QStringLiteral("notes"), notes}});
    }
    return QJsonObject{{QStringLiteral("boxes"), boxes}};
}

} // namespace ImportReport
