#pragma once

#include "core/import/importlog.h"
#include "core/import/sourceplace.h"

#include <QList>
#include <QStringList>

// One pppd option with its arguments ("ms-dns 10.0.0.53").
struct PppOption
{
    QString name;
    QStringList args;
    SourcePlace place;
};

// Groups the words of a pppd options file into options, by the number of
// arguments each option of pppd(8) takes (an option it does not know is taken
// to have none; the report lists it). "a.b.c.d:e.f.g.h" is the local:remote
// address option.
namespace PppOptionsParser {

QList<PppOption> parse(const QString &text, const QString &file, ImportLog &log);
int arity(const QString &option);

} // namespace PppOptionsParser
