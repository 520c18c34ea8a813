#include "core/import/ipsecconfparser.h"

#include "core/import/strongswanescape.h"

#include "core/import/importlimits.h"
#include "core/import/textsource.h"

#include <QHash>

namespace {

QString withoutComment(const QString &line)
{
    // '#' starts a comment at the start of a line or after white space, outside quotes.
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"' && (i == 0 || line.at(i - 1) != u'\\'))
            quoted = !quoted;
        if (c == u'#' && !quoted && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

// A quoted value starting after its opening quote on lines[*i]; advances *i over
// continuation lines. nullopt: unterminated or text after the closing quote.
std::optional<QString> quotedValue(const QStringList &lines, int *i, qsizetype from)
{
    QString out;
    QString line = lines.at(*i);
    qsizetype p = from;
    for (;;) {
        if (p >= line.size()) {
            return std::nullopt; // a quoted string ends on its line unless continued
        }
        const QChar c = line.at(p++);
        if (c == u'"') {
            const QString rest = withoutComment(line.mid(p)).trimmed();
            return rest.isEmpty() ? std::optional<QString>(out) : std::nullopt;
        }
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (p < line.size()) {
            out += StrongswanEscape::unescaped(line.at(p++));
            continue;
        }
        if (*i + 1 >= lines.size())
            return std::nullopt;
        line = lines.at(++*i); // continuation: the next line as it is
        p = 0;
    }
}

QString simplified(const QString &v)
{
    return v.simplified();
}

} // namespace

QList<IpsecConfSection> IpsecConfParser::parseFile(const QString &file)
{
    QList<IpsecConfSection> raw;
    parseInto(file, raw);
    // Sections of the same type and name are merged (ipsec.conf(5)), in one pass.
    QList<IpsecConfSection> out;
    QHash<QString, qsizetype> at;
    for (const IpsecConfSection &s : raw) {
        const QString key = s.type + u' ' + s.name;
        const auto it = at.constFind(key);
        if (it == at.cend()) {
            at.insert(key, out.size());
            out.append(s);
        } else {
            out[*it].params += s.params;
        }
    }
    return out;
}

bool IpsecConfParser::parseInto(const QString &file, QList<IpsecConfSection> &out)
{
    if (m_stack.contains(file) || m_stack.size() > ImportLimits::kMaxIncludeDepth) {
        m_log.error({file, 0}, QStringLiteral("include cycle or includes nested deeper than %1")
                                   .arg(ImportLimits::kMaxIncludeDepth));
        return false;
    }
    SourcePlace where;
    QString why;
    const auto text = TextSource::decode(m_tree.bytes(file), file, &where, &why);
    if (!text) {
        m_log.error(where, why);
        return false;
    }
    if (!m_read.contains(file))
        m_read.append(file);
    m_stack.append(file);
    const QStringList lines = text->split(u'\n');
    QList<IpsecConfSection> mine; // this file's sections, merged into `out` on success
    QList<std::pair<SourcePlace, QString>> includes;
    bool inSection = false;
    bool ok = true;
    const auto fail = [&](int line, const QString &message) {
        m_log.error({file, line}, message);
        ok = false;
    };
    for (int i = 0; ok && i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString raw = lines.at(i);
        const QString line = withoutComment(raw);
        if (line.trimmed().isEmpty())
            continue;
        const bool indented = line.at(0).isSpace();
        const QStringList words = line.simplified().split(u' ');
        if (words.constFirst() == u"include") {
            if (words.size() != 2) {
                fail(lineNo, QStringLiteral("include takes one file name without white space"));
                break;
            }
            // Read in place: the included sections come at this point.
            include(words.at(1), {file, lineNo}, mine);
            inSection = false;
            continue;
        }
        if (!indented) {
            if (words.size() != 2) {
                fail(lineNo, QStringLiteral("a section starts with \"type name\" (config setup, conn NAME, ca NAME)"));
                break;
            }
            mine.append({words.at(0), words.at(1), {file, lineNo}, {}});
            inSection = true;
            continue;
        }
        if (!inSection) {
            fail(lineNo, QStringLiteral("an indented parameter outside a section"));
            break;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0) {
            fail(lineNo, QStringLiteral("expected key=value"));
            break;
        }
        const QString key = line.left(eq).trimmed();
        if (key.isEmpty() || key.contains(u' ')) {
            fail(lineNo, QStringLiteral("expected key=value"));
            break;
        }
        QString value = line.mid(eq + 1).trimmed();
        if (value.startsWith(u'"')) {
            const qsizetype quote = raw.indexOf(u'"', raw.indexOf(u'=') + 1);
            const auto q = quotedValue(lines, &i, quote + 1);
            if (!q) {
                fail(lineNo, QStringLiteral("unterminated quoted value, or text after its closing quote"));
                break;
            }
            value = *q;
        } else {
            value = simplified(value);
        }
        mine.last().params.append({key, value, {file, lineNo}});
    }
    m_stack.removeLast();
    if (!ok)
        return false;
    out += mine;
    return true;
}

void IpsecConfParser::include(const QString &pattern, const SourcePlace &place,
                              QList<IpsecConfSection> &out)
{
    const SourceTree::Match m = m_tree.resolve(pattern, place.file);
    const QString statement = u"include " + pattern;
    if (!m.refusal.isEmpty()) {
        m_log.error(place, QStringLiteral("include refused: %1").arg(m.refusal));
        return;
    }
    if (m.files.isEmpty()) {
        m_log.notRepresented(place, statement, QStringLiteral("no file of the imported folder matches"));
        return;
    }
    m_log.mapped(place, statement, QStringLiteral("read %1").arg(m.files.join(QStringLiteral(", "))));
    for (const QString &f : m.files)
        parseInto(f, out);
}
