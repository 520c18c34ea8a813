#pragma once

#include <QStringList>
#include <QTextStream>

// What a CLI command gets: its own arguments (command name first) and the two
// streams. Data goes to `out`, messages to `err`.
struct CliContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by every command.
namespace CliExit {
constexpr int Ok = 0;
constexpr int Findings = 1; // the file loaded, and validation found errors
constexpr int Invalid = 2;  // unreadable or invalid file, bad usage, failed write
} // namespace CliExit
