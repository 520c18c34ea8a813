#include "core/generators/common/failovertiming.h"

#include <cmath>

double FailoverTiming::detectionSeconds()
{
    double total = kDpdDelaySeconds;
    for (int n = 0; n <= kRetransmitTries; ++n)
        total += kRetransmitTimeout * std::pow(kRetransmitBase, n);
    return total;
}
