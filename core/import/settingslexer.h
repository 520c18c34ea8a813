#pragma once

#include <QString>

// Tokens of the strongswan.conf(5) file format that swanctl.conf(5) uses:
//   settings := (section | keyvalue | include)*
//   section  := name [":" references] "{" settings "}"
//   keyvalue := key "=" value NEWLINE
// Names are runs of printable characters other than , : { } = " # and white
// space (dots are kept, for references; the parser refuses them in names). A
// value is the rest of the line after "=", trimmed, up to a "#" comment, or one
// double-quoted string (escapes \" \\ \n \t \r \b \f, a backslash at the end of a
// line continues it on the next). "#" starts a comment outside quotes.
class SettingsLexer
{
public:
    enum class Type { Name, Equals, Colon, Comma, Open, Close, Newline, End, Invalid };
    struct Token
    {
        Type type = Type::End;
        QString text;
        int line = 0;
    };

    explicit SettingsLexer(const QString &text) : m_text(text) {}

    Token next();
    // The value after "=" (or the file name after "include"): rest of the line.
    // Type Invalid with a message in text for an unterminated quote.
    Token restOfLine();
    int line() const { return m_line; }

private:
    void skipBlanksAndComment();
    Token quoted();

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};
