#pragma once

#include "core/model/topology.h"

#include <QByteArray>

// Writes the topology format: known keys in a fixed order, unknown keys after
// them (sorted), two-space indent. load(save(t)) then save gives the same bytes.
namespace TopologyWriter {

QByteArray toJson(const Topology &topology);
bool toFile(const Topology &topology, const QString &fileName, QString *error);

} // namespace TopologyWriter
