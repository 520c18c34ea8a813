#pragma once

#include "core/io/loaderror.h"
#include "core/model/secrets.h"

#include <QByteArray>
#include <optional>

// The secrets format, version 1: read, and write atomically with mode 0600.
namespace SecretsFile {

std::optional<Secrets> fromJson(const QByteArray &bytes, LoadError *error);
std::optional<Secrets> fromFile(const QString &fileName, LoadError *error);
QByteArray toJson(const Secrets &secrets);
bool toFile(const Secrets &secrets, const QString &fileName, QString *error);

} // namespace SecretsFile
