#pragma once

#include <QList>
#include <QString>
#include <optional>

// Just enough of POSIX sh(1) tokens to find route commands in ip-up/ip-down
// and updown scripts: words (single quotes literal, double quotes and a
// backslash keep white space, "$(...)" and "`...`" kept whole inside the word
// and listed in `substitutions`), the operators ; ;; & && | || ( ) and line
// ends, and "#" comments at the start of a word.
namespace ShellLexer {

struct Token
{
    enum class Type { Word, Operator, Newline };
    Type type = Type::Word;
    QString text;
    int line = 0;
    QList<QString> substitutions; // command substitutions inside a word, unparsed
};

// nullopt with *errorLine for an unterminated quote or substitution.
std::optional<QList<Token>> split(const QString &text, int *errorLine);

} // namespace ShellLexer
