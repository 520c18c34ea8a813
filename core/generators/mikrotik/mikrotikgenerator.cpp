#include "core/generators/mikrotik/mikrotikgenerator.h"

#include "core/generators/mikrotik/mikrotiksections.h"

bool MikrotikGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::Mikrotik;
}

QList<GeneratedFile> MikrotikGenerator::generate(const GeneratorInput &input,
                                                 const Site &site) const
{
    QStringList out{
        QStringLiteral("# RouteStudio configuration for site %1 (MikroTik RouterOS 7)").arg(site.id),
        QStringLiteral("# Generated from the topology; regenerate instead of editing."),
        QStringLiteral("# Apply: upload as %1.rsc, then /import file-name=%1.rsc").arg(site.id),
        QStringLiteral("# Re-running first removes what an earlier run added."),
        QStringLiteral("#"),
    };
    out << MikrotikSections::cleanup();
    if (const auto plan = RemoteAccessPlan::forHub(input, site))
        out << MikrotikSections::remoteAccess(*plan);
    const MikrotikFailover::Plan failover = MikrotikFailover::Plan::of(input, site);
    out << MikrotikFailover::loopback(input, site, failover);
    out << MikrotikSections::ipsecLinks(input, site, failover);
    out << MikrotikFailover::switching(input, site, failover);
    out << MikrotikSections::l2tpLinks(input, site);
    GeneratedFile file;
    file.path = QStringLiteral("mikrotik/%1.rsc").arg(site.id);
    file.content = (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    file.mode = 0600; // holds pre-shared keys and PPP passwords
    return {file};
}
