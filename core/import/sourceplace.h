#pragma once

#include <QString>

// Where a statement of an imported file is: the file's path inside the imported
// folder ('/' separators) and its 1-based line (0: the file as a whole).
struct SourcePlace
{
    QString file;
    int line = 0;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    }
    friend bool operator==(const SourcePlace &a, const SourcePlace &b)
    {
        return a.file == b.file && a.line == b.line;
    }
};
