#include "core/generators/pfsense/pfsensegenerator.h"

#include "core/generators/pfsense/pfsensesteps.h"

bool PfsenseGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::Pfsense;
}

QList<GeneratedFile> PfsenseGenerator::generate(const GeneratorInput &input, const Site &site) const
{
    QStringList out{
        QStringLiteral("# RouteStudio: pfSense steps for site `%1`").arg(site.id),
        QString(),
        QStringLiteral("Generated from the topology; regenerate instead of editing. Follow the steps in"),
        QStringLiteral("order in the pfSense web GUI (2.7 / Plus 23 or later), press **Save** on every"),
        QStringLiteral("page and **Apply Changes** when pfSense asks. Values in `code` are typed exactly."),
        QStringLiteral("This file holds pre-shared keys and passwords: keep it private, delete it after use."),
        QString(),
    };
    int step = 1;
    if (const auto plan = RemoteAccessPlan::forHub(input, site))
        out << PfsenseSteps::remoteAccess(*plan, &step);
    out << PfsenseSteps::links(input, site, &step);
    out << PfsenseSteps::failover(input, site, &step);
    GeneratedFile file;
    file.path = QStringLiteral("pfsense/%1-steps.md").arg(site.id);
    file.content = (out.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    file.mode = 0600; // holds pre-shared keys and user passwords
    return {file};
}
