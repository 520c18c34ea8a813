#include "core/check/viciraw.h"

namespace {

constexpr int kMaxDepth = 16;

// Reads the inside of a section up to its '}' from `at` in `words`.
bool readSection(const QStringList &words, qsizetype &at, ViciRaw::Section &into, int depth,
                 QString *error)
{
    if (depth > kMaxDepth) {
        *error = QStringLiteral("nested deeper than %1").arg(kMaxDepth);
        return false;
    }
    while (at < words.size()) {
        const QString &w = words[at++];
        if (w == QLatin1String("}"))
            return true;
        if (at < words.size() && words[at] == QLatin1String("{")) {
            ++at;
            ViciRaw::Section child;
            child.name = w;
            if (!readSection(words, at, child, depth + 1, error))
                return false;
            into.sections.append(child);
            continue;
        }
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("\"%1\" is neither key=value nor a section").arg(w.left(40));
            return false;
        }
        const QString key = w.left(eq);
        QString value = w.mid(eq + 1);
        if (!value.startsWith(QLatin1Char('['))) {
            into.values.insert(key, value);
            continue;
        }
        QStringList items;
        value.remove(0, 1);
        for (;;) {
            const bool last = value.endsWith(QLatin1Char(']'));
            if (last)
                value.chop(1);
            if (!value.isEmpty())
                items.append(value);
            if (last)
                break;
            if (at >= words.size()) {
                *error = QStringLiteral("list %1 is not closed").arg(key);
                return false;
            }
            value = words[at++];
        }
        into.lists.insert(key, items);
    }
    *error = QStringLiteral("a section is not closed");
    return false;
}

// "a {b=c}" -> "a", "{", "b=c", "}": braces are words of their own.
QStringList words(const QString &line)
{
    QString spaced = line;
    spaced.replace(QLatin1Char('{'), QLatin1String(" { "));
    spaced.replace(QLatin1Char('}'), QLatin1String(" } "));
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

std::optional<QList<ViciRaw::Section>> ViciRaw::parse(const QByteArray &output, QString *error)
{
    QList<Section> out;
    int number = 0;
    for (const QByteArray &raw : output.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype open = line.indexOf(QLatin1Char('{'));
        if (open < 0) {
            *error = QStringLiteral("line %1: no '{'").arg(number);
            return std::nullopt;
        }
        Section message;
        message.name = line.left(open).trimmed();
        const QStringList w = words(line.mid(open + 1));
        qsizetype at = 0;
        QString why;
        if (!readSection(w, at, message, 1, &why) || at != w.size()) {
            *error = QStringLiteral("line %1: %2")
                         .arg(number)
                         .arg(why.isEmpty() ? QStringLiteral("text after the message") : why);
            return std::nullopt;
        }
        out.append(message);
    }
    return out;
}
