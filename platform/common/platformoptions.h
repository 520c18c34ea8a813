#pragma once

#include <QString>
#include <QStringList>

// How the backends reach the OS. Defaults suit an installed RouteStudio;
// tests point them at fake helpers or into a network namespace.
struct PlatformOptions
{
    // Prefix that runs the privileged route helper ("pkexec"; a test uses
    // "ip netns exec <ns>" so the helper works inside the test's namespace).
    QStringList elevation{QStringLiteral("pkexec")};
    QString helperPath;    // absolute path of routestudio-helper (Linux)
    QString netns;         // Linux: `ip -n <netns>` for read-only route queries
    int commandTimeoutMs = 30000;
    int connectTimeoutMs = 90000;
};
