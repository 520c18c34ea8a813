#pragma once

#include <QByteArray>
#include <QStringList>

// A text split into lines for diffing. A last line without '\n' is kept
// distinct from the same line with one, so "a" and "a\n" differ (and the
// unified diff says "\ No newline at end of file").
struct TextLines
{
    QStringList lines;            // without their '\n'
    bool missingFinalNewline = false;

    static TextLines split(const QString &text);
    // The lines as compared: the last one carries a marker when it lacks '\n'.
    QStringList comparable() const;
};
