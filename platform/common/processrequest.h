#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// One program run: an argument vector (never a shell string), an optional
// stdin payload (the only way secrets reach a helper), and a time limit.
struct ProcessRequest
{
    QString program;
    QStringList arguments;
    QByteArray stdinData;        // written, then stdin is closed; never logged
    int timeoutMs = 30000;
    QMap<QString, QString> env;  // added to the inherited environment
    bool logOutput = true;       // false for bulk output (route lists)
};
