#include "ui/preview/previewgenerator.h"

#include "core/generators/clientgeneration.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/validation/validator.h"

#include <QCoreApplication>

namespace {

QString refusal(const QList<Finding> &findings)
{
    // A plain variable for %n: lupdate does not extract a call with a qualified call in it.
    const int errors = Validator::count(findings, Finding::Severity::Error);
    QString text = QCoreApplication::translate("PreviewFiles",
                                               "Nothing is generated while the topology has "
                                               "%n error(s). Fix the findings first:",
                                               nullptr, errors) +
                   u'\n';
    int shown = 0;
    for (const Finding &f : findings) {
        if (f.severity != Finding::Severity::Error)
            continue;
        if (++shown > 8)
            break;
        text += QStringLiteral("\n• ") + f.message;
    }
    return text;
}

} // namespace

PreviewFiles PreviewFiles::generate(const Topology &topology, const Secrets &secrets,
                                    const PreviewBox &box)
{
    return generate(GenerationPlan(topology, secrets), box);
}

PreviewFiles PreviewFiles::generate(const GenerationPlan &plan, const PreviewBox &box)
{
    PreviewFiles out;
    if (box.kind == PreviewBox::Kind::Site) {
        const Site *site = plan.index().site(box.id);
        if (!site) {
            out.problem = QCoreApplication::translate("PreviewFiles", "There is no site %1.")
                              .arg(box.id);
            return out;
        }
        if (!plan.ok()) {
            out.problem = refusal(plan.findings());
            return out;
        }
        out.files = SiteGeneration::filesOf(plan, *site);
    } else {
        const ClientGeneration g = ClientGeneration::run(plan, box.id, box.user);
        if (!g.ok) {
            out.problem = g.findings.isEmpty() || !Validator::hasErrors(g.findings)
                              ? g.error
                              : refusal(g.findings);
            return out;
        }
        out.files = g.files;
    }
    out.ok = true;
    return out;
}

QList<PreviewBox> PreviewFiles::boxes(const Topology &topology)
{
    QList<PreviewBox> out;
    for (const Site &s : topology.sites)
        out.append(PreviewBox{PreviewBox::Kind::Site, s.id, QString()});
    for (const Profile &p : topology.profiles) {
        for (const QString &u : p.users)
            out.append(PreviewBox{PreviewBox::Kind::Client, p.id, u});
    }
    return out;
}
