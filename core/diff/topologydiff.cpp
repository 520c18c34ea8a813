#include "core/diff/topologydiff.h"

#include "core/diff/boxdiff.h"
#include "core/generators/clientgeneration.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "core/validation/validator.h"

#include <QMap>
#include <QSet>

namespace {

using Files = QList<GeneratedFile>;

// Every client box of a topology: "profile/user" -> files.
bool clientFiles(const GenerationPlan &plan, QMap<QString, Files> *out, QString *error)
{
    for (const Profile &p : plan.topology().profiles) {
        for (const QString &user : p.users) {
            const ClientGeneration g = ClientGeneration::run(plan, p.id, user);
            if (!g.ok) {
                *error = g.error;
                return false;
            }
            out->insert(p.id + QLatin1Char('/') + user, g.files);
        }
    }
    return true;
}

QStringList clientOrder(const Topology &t)
{
    QStringList ids;
    for (const Profile &p : t.profiles) {
        for (const QString &user : p.users)
            ids.append(p.id + QLatin1Char('/') + user);
    }
    return ids;
}

void addBoxes(TopologyDiff &diff, const QString &kind, const QStringList &oldOrder,
              const QStringList &newOrder, const QMap<QString, Files> &oldFiles,
              const QMap<QString, Files> &newFiles, const SecretMask &mask, int context)
{
    const QSet<QString> oldIds(oldOrder.cbegin(), oldOrder.cend());
    const QSet<QString> newIds(newOrder.cbegin(), newOrder.cend());
    QStringList ids = oldOrder;
    for (const QString &id : newOrder) {
        if (!oldIds.contains(id))
            ids.append(id);
    }
    for (const QString &id : ids) {
        BoxChanges box;
        box.kind = kind;
        box.id = id;
        const bool inOld = oldIds.contains(id);
        const bool inNew = newIds.contains(id);
        box.status = !inOld ? BoxChanges::Added : !inNew ? BoxChanges::Removed : BoxChanges::Kept;
        box.files = BoxDiff::compare(oldFiles.value(id), newFiles.value(id), mask, context);
        diff.boxes.append(box);
    }
}

QStringList siteOrder(const Topology &t)
{
    QStringList ids;
    for (const Site &s : t.sites)
        ids.append(s.id);
    return ids;
}

} // namespace

TopologyDiff TopologyDiff::run(const Topology &oldTopology, const Topology &newTopology,
                               const Secrets &secrets, int context)
{
    TopologyDiff diff;
    // One plan per side, shared by its site and client generation.
    const GenerationPlan oldPlan(oldTopology, secrets);
    const GenerationPlan newPlan(newTopology, secrets);
    const SiteGeneration oldSites = SiteGeneration::run(oldPlan);
    const SiteGeneration newSites = SiteGeneration::run(newPlan);
    diff.oldFindings = oldSites.findings;
    diff.newFindings = newSites.findings;
    if (!oldSites.ok || !newSites.ok) {
        diff.error = !oldSites.ok ? QStringLiteral("the old topology has validation errors")
                                  : QStringLiteral("the new topology has validation errors");
        return diff;
    }
    QMap<QString, Files> oldClients, newClients;
    if (!clientFiles(oldPlan, &oldClients, &diff.error)
        || !clientFiles(newPlan, &newClients, &diff.error))
        return diff;
    const SecretMask mask(secrets);
    addBoxes(diff, QStringLiteral("site"), siteOrder(oldTopology), siteOrder(newTopology),
             oldSites.filesBySite, newSites.filesBySite, mask, context);
    addBoxes(diff, QStringLiteral("client"), clientOrder(oldTopology), clientOrder(newTopology),
             oldClients, newClients, mask, context);
    diff.ok = true;
    return diff;
}

int TopologyDiff::changedBoxes() const
{
    int n = 0;
    for (const BoxChanges &b : boxes)
        n += (b.files.isEmpty() && b.status == BoxChanges::Kept) ? 0 : 1;
    return n;
}
