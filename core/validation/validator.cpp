#include "core/validation/validator.h"

#include "core/validation/checks/checks.h"

#include <algorithm>
#include <atomic>

namespace Validator {

namespace {
std::atomic<int> g_runs{0};
} // namespace

int runs() { return g_runs.load(); }

QList<Finding> validate(const Topology &topology, const Secrets *secrets)
{
    ++g_runs;
    FindingSink sink;
    Checks::identities(topology, sink);
    Checks::values(topology, sink);
    Checks::publicAddresses(topology, sink);
    Checks::hostBits(topology, sink);
    Checks::overlaps(topology, sink);
    Checks::remoteAccess(topology, sink);
    Checks::links(topology, sink);
    Checks::failover(topology, sink);
    Checks::sites(topology, sink);
    Checks::tunnelInterfaces(topology, sink);
    Checks::profiles(topology, sink);
    Checks::dns(topology, sink);
    Checks::routePush(topology, sink);
    Checks::mtu(topology, sink);
    if (secrets)
        Checks::secrets(topology, *secrets, sink);
    QList<Finding> findings = sink.take();
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    return findings;
}

bool hasErrors(const QList<Finding> &findings)
{
    return count(findings, Finding::Severity::Error) > 0;
}

int count(const QList<Finding> &findings, Finding::Severity severity)
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding &f) { return f.severity == severity; }));
}

} // namespace Validator
