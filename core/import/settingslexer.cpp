#include "core/import/settingslexer.h"

#include "core/import/strongswanescape.h"

namespace {

bool isNameChar(QChar c)
{
    static const QString special = QStringLiteral(",:{}=\"#");
    return c.isPrint() && !c.isSpace() && !special.contains(c);
}

} // namespace

void SettingsLexer::skipBlanksAndComment()
{
    while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos).isSpace())
        ++m_pos;
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'#') {
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
            ++m_pos;
    }
}

SettingsLexer::Token SettingsLexer::next()
{
    skipBlanksAndComment();
    if (m_pos >= m_text.size())
        return {Type::End, {}, m_line};
    const QChar c = m_text.at(m_pos);
    const int line = m_line;
    switch (c.unicode()) {
    case '\n':
        ++m_pos;
        ++m_line;
        return {Type::Newline, {}, line};
    case '=':
        ++m_pos;
        return {Type::Equals, QStringLiteral("="), line};
    case ':':
        ++m_pos;
        return {Type::Colon, QStringLiteral(":"), line};
    case ',':
        ++m_pos;
        return {Type::Comma, QStringLiteral(","), line};
    case '{':
        ++m_pos;
        return {Type::Open, QStringLiteral("{"), line};
    case '}':
        ++m_pos;
        return {Type::Close, QStringLiteral("}"), line};
    default:
        break;
    }
    if (!isNameChar(c)) {
        ++m_pos;
        return {Type::Invalid, QStringLiteral("unexpected character '%1'").arg(c), line};
    }
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && isNameChar(m_text.at(m_pos)))
        ++m_pos;
    return {Type::Name, m_text.mid(start, m_pos - start), line};
}

SettingsLexer::Token SettingsLexer::quoted()
{
    const int line = m_line;
    QString out;
    ++m_pos; // the opening quote
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos++);
        if (c == u'"') {
            skipBlanksAndComment();
            if (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                return {Type::Invalid, QStringLiteral("text after the closing quote"), m_line};
            return {Type::Name, out, line};
        }
        if (c == u'\n') {
            ++m_line;
            out += c;
            continue;
        }
        if (c == u'\\' && m_pos < m_text.size()) {
            const QChar e = m_text.at(m_pos++);
            if (e == u'\n') { // continuation: the line break is not part of the value
                ++m_line;
                continue;
            }
            out += StrongswanEscape::unescaped(e);
            continue;
        }
        out += c;
    }
    return {Type::Invalid, QStringLiteral("unterminated quoted value"), line};
}

SettingsLexer::Token SettingsLexer::restOfLine()
{
    while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos).isSpace())
        ++m_pos;
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'"')
        return quoted();
    const int line = m_line;
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n' && m_text.at(m_pos) != u'#')
        ++m_pos;
    const QString value = m_text.mid(start, m_pos - start).trimmed();
    skipBlanksAndComment();
    return {Type::Name, value, line};
}
