#include "core/import/routeroslexer.h"

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f';
}

bool isSpecial(QChar c)
{
    return c == u'"' || c == u'[' || c == u']' || c == u'{' || c == u'}' || c == u'(' || c == u')'
           || c == u';' || c == u'\n';
}

int hexDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    return -1;
}

} // namespace

bool RouterOsLexer::continuation()
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != u'\\')
        return false;
    qsizetype p = m_pos + 1;
    while (p < m_text.size() && m_text.at(p) == u'\r')
        ++p;
    if (p >= m_text.size() || m_text.at(p) != u'\n')
        return false;
    m_pos = p + 1;
    ++m_line;
    while (m_pos < m_text.size() && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t'))
        ++m_pos;
    return true;
}

void RouterOsLexer::skipSpace()
{
    for (;;) {
        while (m_pos < m_text.size() && isBlank(m_text.at(m_pos)))
            ++m_pos;
        if (!continuation())
            break;
    }
    if (m_commandStart && m_pos < m_text.size() && m_text.at(m_pos) == u'#') {
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
            ++m_pos;
    }
}

RouterOsLexer::Token RouterOsLexer::string(int line, bool glued)
{
    Token t{Type::String, {}, line, glued, false};
    ++m_pos; // the opening quote
    for (;;) {
        if (continuation())
            continue;
        if (m_pos >= m_text.size())
            return {Type::Invalid, QStringLiteral("a string that starts here does not end"), line};
        const QChar c = m_text.at(m_pos);
        if (c == u'\n')
            return {Type::Invalid, QStringLiteral("a string that starts here ends with the line (continue it with \\)"), line};
        ++m_pos;
        if (c == u'"')
            return t;
        if (c == u'$')
            t.variable = true;
        if (c != u'\\') {
            t.text += c;
            continue;
        }
        if (m_pos >= m_text.size())
            break;
        const QChar e = m_text.at(m_pos++);
        switch (e.unicode()) {
        case '"': case '\\': case '$': case '?':
            t.text += e;
            break;
        case 'n': t.text += u'\n'; break;
        case 'r': t.text += u'\r'; break;
        case 't': t.text += u'\t'; break;
        case '_': t.text += u' '; break;
        case 'a': t.text += QChar(7); break;
        case 'b': t.text += QChar(8); break;
        case 'f': t.text += QChar(12); break;
        case 'v': t.text += QChar(11); break;
        default: {
            const int hi = hexDigit(e);
            const int lo = m_pos < m_text.size() ? hexDigit(m_text.at(m_pos)) : -1;
            if (hi < 0 || lo < 0)
                return {Type::Invalid, QStringLiteral("unknown escape sequence \\%1 in a string").arg(e), m_line};
            ++m_pos;
            t.text += QChar(hi * 16 + lo);
        }
        }
    }
    return {Type::Invalid, QStringLiteral("a string that starts here does not end"), line};
}

RouterOsLexer::Token RouterOsLexer::next()
{
    const qsizetype before = m_pos;
    skipSpace();
    const bool glued = m_pos == before;
    if (m_pos >= m_text.size())
        return {Type::End, {}, m_line};
    const QChar c = m_text.at(m_pos);
    const int line = m_line;
    if (c == u'\n' || c == u';') {
        ++m_pos;
        if (c == u'\n')
            ++m_line;
        m_commandStart = true;
        return {Type::EndOfCommand, QString(c), line, glued};
    }
    const bool opens = c == u'[' || c == u'{' || c == u'(';
    m_commandStart = c == u'{'; // a block starts command lines of its own
    if (opens || c == u']' || c == u'}' || c == u')') {
        ++m_pos;
        return {opens ? Type::Open : Type::Close, QString(c), line, glued};
    }
    if (c == u'"')
        return string(line, glued);
    Token t{Type::Word, {}, line, glued};
    while (m_pos < m_text.size()) {
        if (continuation())
            continue;
        const QChar w = m_text.at(m_pos);
        if (isBlank(w) || isSpecial(w))
            break;
        if (w == u'\\')
            return {Type::Invalid, QStringLiteral("a backslash outside a string that does not end the line"), m_line};
        if (w == u'$')
            t.variable = true;
        t.text += w;
        ++m_pos;
    }
    return t;
}
