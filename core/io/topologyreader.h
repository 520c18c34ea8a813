#pragma once

#include "core/io/loaderror.h"
#include "core/model/topology.h"

#include <QByteArray>
#include <optional>

// Reads the topology format, version 1. All-or-nothing: on any error the
// result is empty and `error` says what and where.
namespace TopologyReader {

std::optional<Topology> fromJson(const QByteArray &bytes, LoadError *error);
std::optional<Topology> fromFile(const QString &fileName, LoadError *error);

} // namespace TopologyReader
