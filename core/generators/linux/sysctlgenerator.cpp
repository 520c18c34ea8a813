#include "core/generators/linux/sysctlgenerator.h"

#include "core/generators/common/banner.h"
#include "core/generators/common/filemodes.h"
#include "core/generators/common/textbuilder.h"
#include "core/generators/linux/linuxpaths.h"
#include "core/generators/linux/linuxsiteplan.h"

QList<GeneratedFile> SysctlGenerator::generate(const LinuxSitePlan &plan) const
{
    const Site &site = plan.site;
    TextBuilder b(0);
    b.line(u"# " + Banner::text(site.id));
    b.line(QStringLiteral("# Route between the LANs, the tunnels and the client pool."));
    b.line(QStringLiteral("net.ipv4.ip_forward = 1"));
    b.line(QStringLiteral("# A VPN gateway must not redirect hosts around the tunnels, nor be redirected."));
    b.line(QStringLiteral("net.ipv4.conf.all.send_redirects = 0"));
    b.line(QStringLiteral("net.ipv4.conf.default.send_redirects = 0"));
    b.line(QStringLiteral("net.ipv4.conf.all.accept_redirects = 0"));
    b.line(QStringLiteral("net.ipv4.conf.default.accept_redirects = 0"));
    if (plan.failsOver()) {
        b.line(QStringLiteral("# Two paths (docs/failover.md): a reply may come in over the backup XFRM"));
        b.line(QStringLiteral("# interface while the primary's route is still there; loose reverse path"));
        b.line(QStringLiteral("# filtering (2) accepts it, strict (1) would drop it."));
        b.line(QStringLiteral("net.ipv4.conf.all.rp_filter = 2"));
    }
    return {GeneratedFile{LinuxPaths::sysctl(), b.toUtf8(), FileModes::Config}};
}
