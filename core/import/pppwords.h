#pragma once

#include <QList>
#include <QString>
#include <optional>

// pppd(8) "OPTIONS FILES": a file is a series of words delimited by white
// space; double quotes keep white space in a word, a backslash quotes the next
// character, and "#" at the start of a word starts a comment to the end of the
// line. The secrets files (chap-secrets) are split the same way, a line each.
namespace PppWords {

struct Word
{
    QString text;
    int line = 0;
    bool quoted = false; // "*" in quotes is the name "*", not the wildcard
};

// nullopt with *errorLine for a quote left open at the end of its line.
std::optional<QList<Word>> split(const QString &text, int *errorLine);

} // namespace PppWords
