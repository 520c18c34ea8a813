#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"

// Decision: a prefix written with host bits (10.10.0.1/16) is an error, never
// silently normalised. It usually means a typo in the address or the length, and
// guessing which would route the wrong network. The message offers the network.
namespace {

// `path` is built only for a finding: this runs for every prefix of the topology.
template <typename Path>
void check(const Ipv4Prefix &p, const QString &object, Path path, FindingSink &sink)
{
    if (!p.hasHostBits())
        return;
    sink.error(QStringLiteral("host-bits-set"),
               QStringLiteral("%1 has host bits set; did you mean %2?")
                   .arg(p.toString(), p.network().toString()),
               {object}, {path()});
}

} // namespace

namespace Checks {

void hostBits(const Topology &t, FindingSink &sink)
{
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        for (int l = 0; l < s.lans.size(); ++l) {
            check(s.lans[l], s.id,
                  [&] { return FieldPath::item(FieldPath::site(i), QStringLiteral("lans"), l); }, sink);
        }
        if (s.remoteAccess) {
            check(s.remoteAccess->pool, s.id, [&] {
                return FieldPath::field(FieldPath::site(i), QStringLiteral("remoteAccess.pool"));
            }, sink);
        }
    }
    for (int i = 0; i < t.profiles.size(); ++i) {
        const Profile &p = t.profiles[i];
        for (int r = 0; r < p.routes.size(); ++r) {
            check(p.routes[r], p.id,
                  [&] { return FieldPath::item(FieldPath::profile(i), QStringLiteral("routes"), r); },
                  sink);
        }
    }
}

} // namespace Checks
