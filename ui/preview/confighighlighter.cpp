#include "ui/preview/confighighlighter.h"

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

ConfigHighlighter::ConfigHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    using RE = QRegularExpression;
    m_rules.append({RE(QStringLiteral("^\\s*\\[[^\\]]+\\]")), charFormat(QColor(0x1d, 0x4e, 0xd8), true)});
    m_rules.append({RE(QStringLiteral("^\\s*[A-Za-z_][\\w.-]*(?=\\s*[{])")),
                    charFormat(QColor(0x1d, 0x4e, 0xd8), true)});
    m_rules.append({RE(QStringLiteral("^\\s*([A-Za-z_][\\w .-]*?)\\s*(?==)")),
                    charFormat(QColor(0x0f, 0x76, 0x6e)), 1});
    m_rules.append({RE(QStringLiteral("^\\s*(/[a-z][\\w /-]*?)(?= (add|set|print|remove)\\b)")),
                    charFormat(QColor(0x0f, 0x76, 0x6e), true), 1});
    m_rules.append({RE(QStringLiteral("\\b\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?\\b")),
                    charFormat(QColor(0x7e, 0x22, 0xce))});
    m_rules.append({RE(QStringLiteral("\"[^\"]*\"")), charFormat(QColor(0x9a, 0x34, 0x12))});
    m_rules.append({RE(QStringLiteral("\\x{2022}+")), charFormat(QColor(0xb9, 0x1c, 0x1c), true)});
    m_comment = charFormat(QColor(0x6b, 0x72, 0x80));
    m_comment.setFontItalic(true);
    m_added.setBackground(QColor(0xdc, 0xfc, 0xe7));
    m_added.setForeground(QColor(0x14, 0x53, 0x2d));
    m_removed.setBackground(QColor(0xfe, 0xe2, 0xe2));
    m_removed.setForeground(QColor(0x7f, 0x1d, 0x1d));
    m_hunk = charFormat(QColor(0x1d, 0x4e, 0xd8), true);
}

void ConfigHighlighter::setDiffMode(bool diff)
{
    if (m_diff == diff)
        return;
    m_diff = diff;
    rehighlight();
}

void ConfigHighlighter::highlightBlock(const QString &text)
{
    if (m_diff) {
        if (text.startsWith(QLatin1String("@@")) || text.startsWith(QLatin1String("+++"))
            || text.startsWith(QLatin1String("---")) || text.startsWith(QLatin1String("===")))
            setFormat(0, int(text.size()), m_hunk);
        else if (text.startsWith(u'+'))
            setFormat(0, int(text.size()), m_added);
        else if (text.startsWith(u'-'))
            setFormat(0, int(text.size()), m_removed);
        return;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'#') || trimmed.startsWith(u';') || trimmed.startsWith(u'!')
        || trimmed.startsWith(QLatin1String("//"))) {
        setFormat(0, int(text.size()), m_comment);
        return;
    }
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)),
                      rule.format);
        }
    }
}
