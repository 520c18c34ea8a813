#pragma once

#include <QString>

// Why a file could not be loaded, and where: a line/column for JSON syntax,
// a field path ("sites[1].lans[0]") for schema errors.
struct LoadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString message;

    QString toString() const;
};
