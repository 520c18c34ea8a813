#pragma once

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

// The longest time from the last packet of the peer to the routes moving.
double detectionSeconds();

} // namespace FailoverTiming
