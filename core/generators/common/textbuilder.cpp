#include "core/generators/common/textbuilder.h"

QString TextBuilder::singleLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u'?';
    }
    return out;
}

TextBuilder &TextBuilder::line(const QString &text)
{
    const QString clean = singleLine(text);
    Q_ASSERT_X(clean == text, "TextBuilder::line", "control character in generated line");
    if (!clean.isEmpty())
        m_text += QString(m_depth * m_width, u' ') + clean;
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
