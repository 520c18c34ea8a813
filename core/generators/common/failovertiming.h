#pragma once

struct Link;
struct Site;
class TopologyIndex;

// How fast a box notices that a path is gone (docs/failover.md), shared by the
// generators: dead peer detection after kDpdDelaySeconds without traffic from
// the peer, then (strongSwan) charon's retransmissions (strongswan.conf(5):
// retransmit_timeout * retransmit_base^n for n = 0..retransmit_tries) before it
// gives the IKE_SA up, runs the updown hook (the path's routes go, the
// backup's take over) and, on the initiator, starts again.
namespace FailoverTiming {

constexpr int kDpdDelaySeconds = 10;
constexpr int kRetransmitTries = 3;
constexpr double kRetransmitTimeout = 2.0;
constexpr double kRetransmitBase = 1.4;
// RouterOS netwatch and pfSense's gateway monitor decide a probed link's
// failover (LinkTransits::probed); RouterOS pings every kProbeIntervalSeconds.
constexpr int kProbeIntervalSeconds = 10;

// The longest time from the last packet of the peer to the routes moving.
double detectionSeconds();

// Whether `link` (seen from `site`, its other end `peer`) must notice a lost
// path fast: a backup link, any link of a gateway that has a backup, and a
// hub's link to such a gateway. One rule for every generator.
bool linkFailsOver(const TopologyIndex &index, const Link &link, const Site &site,
                   const Site &peer);

} // namespace FailoverTiming
