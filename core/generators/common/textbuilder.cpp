#include "core/generators/common/textbuilder.h"

#include <cstring>

namespace {

// A character that could end a line in the target file; printable ASCII (most
// of every generated file) never is, so it skips the Unicode lookup.
inline bool breaksLine(char16_t c)
{
    if (c >= 0x20 && c < 0x7f)
        return false;
    const QChar q(c);
    return q.category() == QChar::Other_Control || q == QChar::LineSeparator
           || q == QChar::ParagraphSeparator;
}

// Whether any character of `text` breaks a line. Four characters at a time
// (most lines are printable ASCII): a lane below 0x20 or above 0x7e sets the
// high bit of its 16 bits, and only such groups are looked at one by one.
bool anyBreaksLine(const QString &text)
{
    constexpr quint64 ones = 0x0001000100010001u;
    constexpr quint64 high = 0x8000800080008000u;
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    for (; end - p >= 4; p += 4) {
        quint64 x;
        std::memcpy(&x, p, sizeof x);
        const quint64 below = (x - ones * 0x20) & ~x & high;
        const quint64 above = ((x + ones * (0x7fff - 0x7e)) | x) & high;
        if ((below | above) && (breaksLine(p[0]) || breaksLine(p[1]) || breaksLine(p[2])
                                || breaksLine(p[3])))
            return true;
    }
    for (; p != end; ++p) {
        if (breaksLine(*p))
            return true;
    }
    return false;
}

} // namespace

QString TextBuilder::singleLine(const QString &text)
{
    // Copied only when something must be replaced: generation writes millions of lines.
    if (!anyBreaksLine(text))
        return text;
    QString out = text;
    for (QChar &c : out) {
        if (breaksLine(c.unicode()))
            c = u'?';
    }
    return out;
}

TextBuilder &TextBuilder::line(const QString &text)
{
    const QString clean = singleLine(text);
    Q_ASSERT_X(clean == text, "TextBuilder::line", "control character in generated line");
    if (!clean.isEmpty() && m_depth > 0)
        m_text.resize(m_text.size() + m_depth * m_width, u' ');
    m_text += clean;
    m_text += u'\n';
    return *this;
}

TextBuilder &TextBuilder::lines(const QStringList &texts)
{
    for (const QString &t : texts)
        line(t);
    return *this;
}

TextBuilder &TextBuilder::open(const QString &header)
{
    line(header + QStringLiteral(" {"));
    return indent();
}

TextBuilder &TextBuilder::close()
{
    outdent();
    return line(QStringLiteral("}"));
}

TextBuilder &TextBuilder::indent()
{
    ++m_depth;
    return *this;
}

TextBuilder &TextBuilder::outdent()
{
    Q_ASSERT(m_depth > 0);
    if (m_depth > 0)
        --m_depth;
    return *this;
}
