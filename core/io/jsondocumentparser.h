#pragma once

#include "core/io/loaderror.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// Parses a file's bytes into its root object and checks the `format` and
// `version` header. Syntax errors carry line and column.
namespace JsonDocumentParser {

std::optional<QJsonObject> parseRoot(const QByteArray &bytes, const QString &expectedFormat,
                                     int supportedVersion, LoadError *error);

// 1-based line and column of a byte offset (columns count characters).
void lineColumn(const QByteArray &bytes, int offset, int *line, int *column);

} // namespace JsonDocumentParser
