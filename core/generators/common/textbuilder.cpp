#include "core/generators/common/textbuilder.h"

#include <algorithm>

namespace {

// A character that could end a line in the target file; printable ASCII (most
// of every generated file) never is, so it skips the Unicode lookup.
bool breaksLine(QChar c)
{
    if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
        return false;
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator
           || c == QChar::ParagraphSeparator;
}

} // namespace

QString TextBuilder::singleLine(const QString &text)
{
    // Copied only when something must be replaced: generation writes millions of lines.
    if (std::none_of(text.cbegin(), text.cend(), breaksLine))
        return text;
    QString out = text;
    for (QChar &c : out) {
        if (breaksLine(c))
            c = u'?';
    }
    return out;
}

TextBuilder &TextBuilder::line(const QString &text)
{
    const QString clean = singleLine(text);
    Q_ASSERT_X(clean == text, "TextBuilder::line", "control character in generated line");
    if (!clean.isEmpty()) {
        m_text.resize(m_text.size() + m_depth * m_width, u' ');
        m_text += clean;
    }
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
