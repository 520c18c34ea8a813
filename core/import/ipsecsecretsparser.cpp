#include "core/import/ipsecsecretsparser.h"

#include "core/import/importlimits.h"
#include "core/import/textsource.h"

namespace {

// Splits a line into words; a double-quoted word keeps its spaces and loses its
// quotes. nullopt for an unterminated quote. Stops at a comment.
std::optional<QStringList> words(const QString &line)
{
    QStringList out;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (line.at(i) == u'#')
            break;
        if (line.at(i) == u'"') {
            const qsizetype end = line.indexOf(u'"', i + 1);
            if (end < 0)
                return std::nullopt;
            out.append(line.mid(i + 1, end - i - 1));
            i = end + 1;
            continue;
        }
        const qsizetype start = i;
        while (i < line.size() && !line.at(i).isSpace())
            ++i;
        out.append(line.mid(start, i - start));
    }
    return out;
}

} // namespace

QList<IpsecSecret> IpsecSecretsParser::parseFile(const QString &file)
{
    QList<IpsecSecret> out;
    parseInto(file, out);
    return out;
}

std::optional<IpsecSecret> IpsecSecretsParser::entry(const QString &line, const SourcePlace &place)
{
    const auto w = words(line);
    if (!w) {
        m_log.error(place, QStringLiteral("unterminated quoted secret"));
        return std::nullopt;
    }
    const qsizetype colon = w->indexOf(QStringLiteral(":"));
    if (colon < 0 || colon + 2 > w->size()) {
        m_log.error(place, QStringLiteral("expected \"[selectors] : TYPE secret\""));
        return std::nullopt;
    }
    IpsecSecret s;
    s.selectors = w->mid(0, colon);
    s.type = w->at(colon + 1).toUpper();
    s.secret = w->mid(colon + 2).join(u' ');
    s.place = place;
    return s;
}

void IpsecSecretsParser::parseInto(const QString &file, QList<IpsecSecret> &out)
{
    if (m_stack.contains(file) || m_stack.size() > ImportLimits::kMaxIncludeDepth) {
        m_log.error({file, 0}, QStringLiteral("include cycle or includes nested deeper than %1")
                                   .arg(ImportLimits::kMaxIncludeDepth));
        return;
    }
    SourcePlace where;
    QString why;
    const auto text = TextSource::decode(m_tree.bytes(file), file, &where, &why);
    if (!text) {
        m_log.error(where, why);
        return;
    }
    if (!m_read.contains(file))
        m_read.append(file);
    m_stack.append(file);
    const QStringList lines = text->split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const SourcePlace place{file, i + 1};
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.simplified().split(u' ');
        if (parts.constFirst() == u"include" && parts.size() == 2) {
            const SourceTree::Match m = m_tree.resolve(parts.at(1), file);
            if (!m.refusal.isEmpty())
                m_log.error(place, QStringLiteral("include refused: %1").arg(m.refusal));
            else if (m.files.isEmpty())
                m_log.notRepresented(place, line, QStringLiteral("no file of the imported folder matches"));
            else
                m_log.mapped(place, line, QStringLiteral("read %1").arg(m.files.join(QStringLiteral(", "))));
            for (const QString &f : m.files)
                parseInto(f, out);
            continue;
        }
        if (auto e = entry(line, place))
            out.append(*e);
    }
    m_stack.removeLast();
}
