#pragma once

#include "core/model/topology.h"

#include <QMap>
#include <QPointF>

// Positions for sites that have none: hubs in a row, each hub's gateways on
// rings around it, gateways without a link to any hub in a grid below.
// Pure and O(n + links); deterministic for a given topology.
namespace AutoLayout {

QMap<QString, QPointF> arrange(const Topology &topology);

} // namespace AutoLayout
