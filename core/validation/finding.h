#pragma once

#include <QString>
#include <QStringList>

// One IP-plan or consistency problem. `code` is stable (docs/findings.md lists
// them all); `objects` are the ids involved and `paths` the field paths, so an
// editor can highlight exactly what is wrong.
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;
    QString message;
    QStringList objects;
    QStringList paths;

    static QString severityName(Severity s);
    bool operator==(const Finding &o) const
    {
        return severity == o.severity && code == o.code && message == o.message
               && objects == o.objects && paths == o.paths;
    }
    bool operator!=(const Finding &o) const { return !(*this == o); }
};
