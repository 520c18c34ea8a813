#pragma once

#include "core/io/filebytes.h"
#include "core/io/loaderror.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Reads a JSON document file and parses it with `fromJson`, which reports into
// the same LoadError: the error then names the file as well as the field.
namespace JsonFile {

template <typename T>
std::optional<T> read(const QString &fileName, LoadError *error,
                      std::optional<T> (*fromJson)(const QByteArray &, LoadError *))
{
    LoadError local;
    LoadError *err = error ? error : &local;
    err->file = fileName;
    const auto bytes = FileBytes::read(fileName, err);
    return bytes ? fromJson(*bytes, err) : std::nullopt;
}

} // namespace JsonFile
