#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QStringList>

// One line of a pppd secrets file: client server secret [addresses...].
struct ChapSecret
{
    QString client;        // "*" unquoted: any client
    QString server;        // "*" unquoted: any server
    QString secret;        // never printed
    QStringList addresses; // "*" any, "-" none, "!a" refused, "a/n", "a/n+"
    bool clientWildcard = false;
    bool serverWildcard = false;
    SourcePlace place;
};

// chap-secrets (pppd(8) "AUTHENTICATION"): words as in an options file, one
// secret a line, at least three words on it.
namespace ChapSecretsParser {

QList<ChapSecret> parse(const QString &text, const QString &file, ImportLog &log);

} // namespace ChapSecretsParser
