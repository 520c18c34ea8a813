#include "core/generators/cisco/ciscoiosgenerator.h"

#include "core/generators/cisco/ciscolinks.h"
#include "core/generators/cisco/ciscoremoteaccess.h"
#include "core/generators/cisco/ciscosyntax.h"

bool CiscoIosGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::CiscoIos;
}

QList<GeneratedFile> CiscoIosGenerator::generate(const GeneratorInput &input,
                                                 const Site &site) const
{
    QStringList out{
        QStringLiteral("! RouteStudio configuration for site %1 (Cisco IOS / IOS XE)").arg(site.id),
        QStringLiteral("! Generated from the topology; regenerate instead of editing."),
        QStringLiteral("! Paste in configuration mode (configure terminal)."),
        QStringLiteral("! Internet-facing interface assumed: %1").arg(CiscoSyntax::wanInterface()),
        QStringLiteral("!"),
    };
    const auto plan = RemoteAccessPlan::forHub(input, site);
    if (plan) {
        out << CiscoRemoteAccess::isakmpPolicies(true);
        out << CiscoRemoteAccess::lines(*plan);
    }
    out << CiscoLinks::lines(input, site, plan.has_value());
    out << QStringLiteral("end");
    GeneratedFile file;
    file.path = QStringLiteral("cisco-ios/%1.cfg").arg(site.id);
    file.content = (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    file.mode = 0600; // holds pre-shared keys and user passwords
    return {file};
}
