#include "core/import/iosconfigparser.h"

#include "core/import/importlimits.h"

#include <QRegularExpression>

namespace {

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && (line.at(n) == u' ' || line.at(n) == u'\t'))
        ++n;
    return n;
}

bool isHeader(const QString &t)
{
    static const QRegularExpression current(QRegularExpression::anchoredPattern(
        QStringLiteral("Current configuration ?: ?\\d+ bytes")));
    return t == u"Building configuration..." || current.match(t).hasMatch();
}

// `banner TYPE c text c`: where the text starts (after the delimiter) and the delimiter.
struct BannerStart
{
    qsizetype textFrom = -1;
    QString delimiter;
};

BannerStart bannerStart(const QString &t, const QStringList &words)
{
    // "banner motd ^C" or "banner ^C" (motd by default); the delimiter is the
    // first character after the type, "^C" as show running-config prints ETX.
    qsizetype at = t.indexOf(words.at(0)) + words.at(0).size();
    static const QStringList types{QStringLiteral("motd"), QStringLiteral("login"), QStringLiteral("exec"),
                                   QStringLiteral("incoming"), QStringLiteral("slip-ppp"),
                                   QStringLiteral("prompt-timeout"), QStringLiteral("config-save")};
    while (at < t.size() && t.at(at).isSpace())
        ++at;
    if (words.size() > 1 && types.contains(words.at(1)) && t.mid(at).startsWith(words.at(1))) {
        at += words.at(1).size();
        while (at < t.size() && t.at(at).isSpace())
            ++at;
    }
    if (at >= t.size())
        return {};
    const QString delimiter = t.mid(at, 2) == u"^C" ? QStringLiteral("^C") : t.mid(at, 1);
    return {at + delimiter.size(), delimiter};
}

class Parser
{
public:
    Parser(const QString &file, ImportLog &log) : m_file(file), m_log(log) {}

    QList<IosLine> run(const QString &text)
    {
        const QStringList lines = text.split(u'\n');
        bool ended = false;
        for (int i = 0; i < lines.size(); ++i) {
            QString raw = lines.at(i);
            if (raw.endsWith(u'\r'))
                raw.chop(1);
            const QString t = raw.trimmed();
            if (t.isEmpty() || t.startsWith(u'!'))
                continue;
            if (ended) {
                m_log.notRepresented({m_file, i + 1}, t, QStringLiteral("after `end`: IOS reads no further"));
                continue;
            }
            if (m_flat.isEmpty() && isHeader(t))
                continue;
            IosLine l;
            l.place = {m_file, i + 1};
            l.indent = indentOf(raw);
            l.text = t;
            static const QRegularExpression space(QStringLiteral("\\s+"));
            l.words = t.split(space, Qt::SkipEmptyParts);
            if (l.words.size() > 1 && l.words.constFirst() == u"no") {
                l.negated = true;
                l.words.removeFirst();
            }
            if (!l.negated && l.words.constFirst() == u"banner")
                i = banner(lines, i, &l);
            if (l.indent == 0 && !l.negated && l.words == QStringList{QStringLiteral("end")})
                ended = true;
            m_flat.append(l);
        }
        qsizetype pos = 0;
        return block(pos, -1, 0);
    }

private:
    // Skips the banner's text; returns the index of its last line.
    int banner(const QStringList &lines, int first, IosLine *l)
    {
        const BannerStart b = bannerStart(l->text, l->words);
        if (b.delimiter.isEmpty()) {
            m_log.error(l->place, QStringLiteral("banner without a delimiter"));
            return first;
        }
        QString rest = l->text.mid(b.textFrom);
        for (int i = first;; ++i) {
            if (rest.contains(b.delimiter))
                return i;
            if (i + 1 >= lines.size())
                break;
            rest = lines.at(i + 1);
        }
        m_log.error(l->place, QStringLiteral("banner not closed by its delimiter %1 before the end of the file").arg(b.delimiter));
        return int(lines.size()) - 1;
    }

    // The lines at `pos` indented deeper than `parent`, each with its own sub-lines.
    QList<IosLine> block(qsizetype &pos, int parent, int depth)
    {
        QList<IosLine> out;
        while (pos < m_flat.size() && m_flat.at(pos).indent > parent) {
            IosLine l = m_flat.at(pos++);
            const bool deeper = pos < m_flat.size() && m_flat.at(pos).indent > l.indent;
            if (deeper && depth + 1 >= ImportLimits::kMaxSectionDepth) {
                m_log.error(m_flat.at(pos).place, QStringLiteral("sub-modes nested deeper than %1").arg(ImportLimits::kMaxSectionDepth));
                while (pos < m_flat.size() && m_flat.at(pos).indent > l.indent)
                    ++pos;
            } else if (deeper) {
                l.children = block(pos, l.indent, depth + 1);
            }
            out.append(l);
        }
        return out;
    }

    QString m_file;
    ImportLog &m_log;
    QList<IosLine> m_flat;
};

} // namespace

bool IosLine::startsWith(const QStringList &prefix) const
{
    if (words.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (words.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

namespace IosConfigParser {

QList<IosLine> parse(const QString &text, const QString &file, ImportLog &log)
{
    return Parser(file, log).run(text);
}

} // namespace IosConfigParser
