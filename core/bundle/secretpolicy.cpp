#include "core/bundle/secretpolicy.h"

#include "core/generators/clients/remoteaccessplan.h"

#include <algorithm>

namespace SecretPolicy {

namespace {

QString pskLabel(const QString &name)
{
    return QStringLiteral("psk/") + name;
}

QString userLabel(const QString &name)
{
    return QStringLiteral("user/") + name;
}

} // namespace

QSet<QString> forSite(const TopologyIndex &index, const QString &siteId)
{
    QSet<QString> allowed;
    const Site *self = index.site(siteId);
    for (const Link *l : index.linksOf(siteId)) {
        allowed.insert(pskLabel(l->secret));
        // A gateway dials its hub with the PSK that hub expects for the link
        // (docs/vendors.md), the same choice its generator makes.
        const Site *hub = index.site(l->otherEnd(siteId));
        if (l->transport == Transport::L2tp && self && !self->isHub() && hub) {
            const QString psk = RemoteAccessPlan::dialInPskName(index, *hub, *l);
            if (!psk.isEmpty())
                allowed.insert(pskLabel(psk));
        }
    }
    for (const Profile *p : index.profilesOf(siteId)) {
        allowed.insert(pskLabel(p->secret));
        for (const QString &u : p->users)
            allowed.insert(userLabel(u));
    }
    return allowed;
}

QSet<QString> forSite(const Topology &topology, const QString &siteId)
{
    return forSite(TopologyIndex(topology), siteId);
}

QSet<QString> forUser(const Topology &topology, const QString &profileId, const QString &user)
{
    QSet<QString> allowed;
    if (const Profile *p = topology.profile(profileId)) {
        allowed.insert(pskLabel(p->secret));
        allowed.insert(userLabel(user));
    }
    return allowed;
}

QList<Leak> leaks(const QList<GeneratedFile> &files, const SecretScan &scan,
                  const QSet<QString> &allowed)
{
    QByteArray allowedForms; // every allowed value in every encoding, for the overlap rule
    for (int s = 0; s < scan.all().size(); ++s) {
        if (allowed.contains(scan.all()[s].label)) {
            for (const QByteArray &f : scan.forms(s))
                allowedForms += f + '\n';
        }
    }
    auto partOfAllowed = [&](int s) {
        const QList<QByteArray> &forms = scan.forms(s);
        return std::any_of(forms.cbegin(), forms.cend(),
                           [&](const QByteArray &f) { return allowedForms.contains(f); });
    };
    QList<Leak> out;
    for (const GeneratedFile &file : files) {
        for (const int s : scan.occurring(file.content)) {
            const QString &label = scan.all()[s].label;
            if (!allowed.contains(label) && !partOfAllowed(s))
                out.append({file.path, label});
        }
    }
    return out;
}

QList<Leak> leaks(const QList<GeneratedFile> &files, const Secrets &secrets,
                  const QSet<QString> &allowed)
{
    return leaks(files, SecretScan(secrets), allowed);
}

bool carriesSecret(const GeneratedFile &file, const SecretScan &scan,
                   const QSet<QString> &allowed)
{
    const QList<int> found = scan.occurring(file.content);
    return std::any_of(found.cbegin(), found.cend(),
                       [&](int s) { return allowed.contains(scan.all()[s].label); });
}

} // namespace SecretPolicy
