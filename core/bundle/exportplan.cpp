#include "core/bundle/exportplan.h"

#include "core/bundle/bundlebuilder.h"

QStringList ExportPlan::archiveNames(ArchiveFormat format) const
{
    const QString ext = QLatin1Char('.') + ArchiveFormats::extension(format);
    QStringList names;
    names.reserve(bundleCount());
    for (const QString &site : sites)
        names.append(BundleBuilder::siteBundleName(site) + ext);
    for (const auto &[profile, user] : users)
        names.append(BundleBuilder::userBundleName(profile, user) + ext);
    return names;
}

std::optional<ExportPlan> ExportPlan::make(const Topology &topology,
                                           const ExportSelection &selection, QString *error)
{
    ExportPlan plan;
    plan.ansible = selection.kind == ExportSelection::All;
    if (selection.kind == ExportSelection::Site && !topology.site(selection.site)) {
        *error = QStringLiteral("no site \"%1\" in the topology").arg(selection.site);
        return std::nullopt;
    }
    for (const Site &s : topology.sites) {
        if (selection.kind == ExportSelection::All
            || (selection.kind == ExportSelection::Site && s.id == selection.site))
            plan.sites.append(s.id);
    }
    for (const Profile &p : topology.profiles) {
        if (selection.kind == ExportSelection::Site
            || (selection.kind == ExportSelection::Profile && p.id != selection.profile))
            continue;
        for (const QString &u : p.users) {
            if (selection.user.isEmpty() || u == selection.user)
                plan.users.append({p.id, u});
        }
    }
    if (selection.kind == ExportSelection::Profile && plan.users.isEmpty()) {
        *error = selection.user.isEmpty()
                     ? QStringLiteral("no profile \"%1\" with users in the topology")
                           .arg(selection.profile)
                     : QStringLiteral("no user \"%1\" in profile \"%2\"")
                           .arg(selection.user, selection.profile);
        return std::nullopt;
    }
    return plan;
}
