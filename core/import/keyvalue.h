#pragma once

#include "core/import/sourceplace.h"

#include <QString>

// One "key = value" statement of a line-oriented file (ipsec.conf, xl2tpd.conf).
struct KeyValue
{
    QString key;
    QString value;
    SourcePlace place;
};
