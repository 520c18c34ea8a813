#pragma once

#include "core/io/loaderror.h"

#include <QByteArray>

// What QJsonDocument accepts silently but RouteStudio refuses, checked on the
// bytes of a document that already parsed: a key twice in one object
// (QJsonDocument keeps one of them; the error names both places) and a
// string starting with U+FEFF (a byte order mark a parser may drop).
namespace JsonStrictScan {

// True when `bytes` (valid JSON) has neither; otherwise fills `error`.
bool check(const QByteArray &bytes, LoadError *error);

} // namespace JsonStrictScan
