#pragma once

#include "core/model/topology.h"
#include "core/mtu/mtuplan.h"

namespace MtuCalculator {

// L2TP/IPsec remote access: ESP transport mode carrying UDP/L2TP/PPP.
MtuPlan l2tpOverIpsec(const CipherOverhead &cipher = CipherOverhead::aes256Sha256(),
                      bool natT = true, int pathMtu = 1500);
// Route-based site-to-site IPsec: ESP tunnel mode carrying the inner IPv4 packet.
MtuPlan ipsecTunnel(const CipherOverhead &cipher = CipherOverhead::aes256Sha256(),
                    bool natT = true, int pathMtu = 1500);

// The PPP MTU the generators write: the topology's `mtu`, or the recommendation.
int pppMtu(const Topology &topology);
// The TCP MSS clamp matching pppMtu().
int pppMss(const Topology &topology);

} // namespace MtuCalculator
