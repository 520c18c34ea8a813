#pragma once

#include "core/import/boxscanner.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>

// Turns the scans of several boxes into one topology and its secrets: a site
// per box (public address, role, LANs), links by matching each connection's
// peer with the box that owns that address (a peer no box owns becomes a site
// built from what this end says), remote access and one profile per
// remote-access PSK, positions on a grid. Contradictions between the two ends
// of a link are logged in the first box's log with both places. Secret values
// only go into `secrets`.
struct ImportedTopology
{
    Topology topology;
    Secrets secrets;

    static ImportedTopology build(QList<BoxScan> &boxes);
};
