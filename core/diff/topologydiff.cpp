#include "core/diff/topologydiff.h"

#include "core/diff/boxdiff.h"
#include "core/generators/clientgeneration.h"
#include "core/generators/sitegeneration.h"
#include "core/validation/validator.h"

#include <QMap>

namespace {

using Files = QList<GeneratedFile>;

// Every client box of a topology: "profile/user" -> files.
bool clientFiles(const Topology &t, const Secrets &secrets, QMap<QString, Files> *out,
                 QString *error)
{
    for (const Profile &p : t.profiles) {
        for (const QString &user : p.users) {
            const ClientGeneration g = ClientGeneration::run(t, secrets, p.id, user);
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
    QStringList ids = oldOrder;
    for (const QString &id : newOrder) {
        if (!ids.contains(id))
            ids.append(id);
    }
    for (const QString &id : ids) {
        BoxChanges box;
        box.kind = kind;
        box.id = id;
        const bool inOld = oldOrder.contains(id);
        const bool inNew = newOrder.contains(id);
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
    const SiteGeneration oldSites = SiteGeneration::run(oldTopology, secrets);
    const SiteGeneration newSites = SiteGeneration::run(newTopology, secrets);
    diff.oldFindings = oldSites.findings;
    diff.newFindings = newSites.findings;
    if (!oldSites.ok || !newSites.ok) {
        diff.error = !oldSites.ok ? QStringLiteral("the old topology has validation errors")
                                  : QStringLiteral("the new topology has validation errors");
        return diff;
    }
    QMap<QString, Files> oldClients, newClients;
    if (!clientFiles(oldTopology, secrets, &oldClients, &diff.error)
        || !clientFiles(newTopology, secrets, &newClients, &diff.error))
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
