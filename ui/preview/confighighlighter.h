#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

// Colours generated configs and scripts (comments, sections, keys, addresses,
// strings) or, in diff mode, added / removed lines and hunk headers.
class ConfigHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigHighlighter)

public:
    explicit ConfigHighlighter(QTextDocument *document);
    void setDiffMode(bool diff);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment;
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    bool m_diff = false;
};
