#pragma once

#include <QString>

// Tokens of a RouterOS script or `/export` (the RouterOS scripting manual,
// "Line structure", "Tokens", "Escape sequences"):
// - a command line ends at a newline or ";" (EndOfCommand);
// - "\" at the end of a line joins the next line to it (inside a string too);
//   the next line's leading white space goes with it, as /export indents
//   continuations by four spaces;
// - "#" where a command line starts begins a comment to the end of the line;
// - "[" "]" "{" "}" "(" ")" are tokens of their own;
// - a double-quoted string may hold \" \\ \n \r \t \$ \? \_ (space) \a \b \f
//   \v and \HH (two hex digits); an unescaped "$" is a variable (`variable`);
// - anything else up to white space or one of the above is a word ("add",
//   "address=10.0.0.1/24", "/ip").
// `glued` says that no white space separates a token from the one before
// ("name=" glued to "\"x\"": one parameter).
class RouterOsLexer
{
public:
    enum class Type { Word, String, Open, Close, EndOfCommand, End, Invalid };
    struct Token
    {
        Type type = Type::End;
        QString text;      // word, decoded string, bracket; Invalid: the reason
        int line = 0;
        bool glued = false;
        bool variable = false; // a string with an unescaped "$"
    };

    explicit RouterOsLexer(const QString &text) : m_text(text) {}

    Token next();

private:
    bool continuation(); // at "\" + newline: skip it and the next line's indentation
    void skipSpace();
    Token string(int line, bool glued);

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_commandStart = true;
};
