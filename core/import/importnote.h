#pragma once

#include "core/import/sourceplace.h"

#include <QString>

// One line of the import report about one statement of an input file: what it
// became in the topology, or why it is not represented. `statement` never holds
// a secret's value (parsers put the key only for secret-bearing statements).
struct ImportNote
{
    enum class Kind { Mapped, NotRepresented, Error, Contradiction };
    Kind kind = Kind::Mapped;
    SourcePlace place;
    QString statement; // e.g. "connections.hq.remote_addrs = 192.0.2.1"
    QString detail;    // mapped: to what; otherwise: why
    SourcePlace other; // contradictions: the other end's place

    static QString kindName(Kind k);
};
