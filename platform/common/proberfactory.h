#pragma once

#include "core/monitor/prober.h"

#include <memory>

// Picks the best prober the OS allows (monitoring, docs/monitoring.md). Each
// OS folder defines it in its own file (Linux: pingproberfactorylinux.cpp):
// an unprivileged ICMP socket when allowed, else the system `ping` through the
// process runner. `why` tells people which one and, for a fallback, why.
namespace ProberFactory {

std::unique_ptr<Prober> create(QString *why);

} // namespace ProberFactory
