#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Builds a text file line by line with indented blocks. A line never carries a
// line break or other control character from a value: those are replaced by
// '?' (and assert in debug builds), so no value can start a new directive.
class TextBuilder
{
public:
    explicit TextBuilder(int indentWidth = 4) : m_width(indentWidth) {}

    TextBuilder &line(const QString &text = {});
    TextBuilder &lines(const QStringList &texts);
    // "header {" and one level deeper; close() writes "}" one level up.
    TextBuilder &open(const QString &header);
    TextBuilder &close();
    TextBuilder &indent();
    TextBuilder &outdent();

    QString text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

    // The text with every control character replaced by '?'.
    static QString singleLine(const QString &text);

private:
    QString m_text;
    int m_depth = 0;
    int m_width;
};
