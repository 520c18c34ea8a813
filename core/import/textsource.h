#pragma once

#include "core/import/sourceplace.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Configuration files are text: UTF-8 without NUL or other control bytes (tab,
// CR, LF and form feed aside) and without overlong lines. Anything else is
// refused with the line it is on, before a parser sees it.
namespace TextSource {

std::optional<QString> decode(const QByteArray &bytes, const QString &file, SourcePlace *where,
                              QString *why);

} // namespace TextSource
