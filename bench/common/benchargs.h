#pragma once

#include <QList>
#include <QString>

// Command-line helpers shared by the benches.
namespace BenchArgs {

// "1000,5000" -> {1000, 5000}; a part that is not a number becomes 0 (the
// benches reject sizes below 1 with their usage line).
inline QList<int> intList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u','))
        out << part.toInt();
    return out;
}

} // namespace BenchArgs
