#include "core/validation/checks/checks.h"

#include "core/validation/fieldpath.h"
#include "core/validation/valuerules.h"

// `sites[].tunnelInterface` (optional, kept in Site::extra): the XFRM interface
// a Linux site's IPsec children are bound to, used by its route script and
// firewall. It reaches shell scripts and nftables, so only Linux interface
// names pass.
namespace {

const QString kField = QString::fromLatin1(Site::kTunnelInterfaceField);

} // namespace

namespace Checks {

void tunnelInterfaces(const Topology &t, FindingSink &sink)
{
    for (int i = 0; i < t.sites.size(); ++i) {
        const Site &s = t.sites[i];
        if (!s.extra.contains(kField))
            continue;
        const QString path = FieldPath::field(FieldPath::site(i), kField);
        const QJsonValue v = s.extra.value(kField);
        if (!v.isString() || !ValueRules::isInterfaceName(v.toString())) {
            sink.error(QStringLiteral("invalid-tunnel-interface"),
                       QStringLiteral("tunnelInterface of site %1 is not a Linux interface name "
                                      "(1-15 of A-Z a-z 0-9 . _ -, starting with a letter or digit)")
                           .arg(s.id),
                       {s.id}, {path});
            continue;
        }
        const QString name = v.toString();
        if (s.platform != Platform::LinuxStrongswan) {
            sink.info(QStringLiteral("tunnel-interface-ignored"),
                      QStringLiteral("tunnelInterface %1 of site %2 is used only by linux-strongswan "
                                     "sites; this site's generator ignores it")
                          .arg(name, s.id),
                      {s.id}, {path});
        }
    }
}

} // namespace Checks
