#pragma once

#include <QString>

// Thrown inside the readers only; the public entry points turn it into a LoadError.
struct SchemaError
{
    QString path;
    QString message;
};
