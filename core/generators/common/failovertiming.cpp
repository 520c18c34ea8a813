#include "core/generators/common/failovertiming.h"

#include "core/model/topologyindex.h"

#include <algorithm>
#include <cmath>

namespace {

bool hasBackupLink(const TopologyIndex &index, const QString &siteId)
{
    const QList<const Link *> links = index.linksOf(siteId);
    return std::any_of(links.cbegin(), links.cend(), [](const Link *l) { return l->isBackup(); });
}

} // namespace

double FailoverTiming::detectionSeconds()
{
    double total = kDpdDelaySeconds;
    for (int n = 0; n <= kRetransmitTries; ++n)
        total += kRetransmitTimeout * std::pow(kRetransmitBase, n);
    return total;
}

bool FailoverTiming::linkFailsOver(const TopologyIndex &index, const Link &link, const Site &site,
                                   const Site &peer)
{
    const Site &gateway = site.isHub() ? peer : site;
    return link.isBackup() || hasBackupLink(index, gateway.id);
}
