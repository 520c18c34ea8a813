#include "core/bundle/secretpolicy.h"

#include "core/generators/clients/remoteaccessplan.h"

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

QSet<QString> forSite(const Topology &topology, const QString &siteId)
{
    QSet<QString> allowed;
    const Site *self = topology.site(siteId);
    for (const Link &l : topology.links) {
        if (!l.touches(siteId))
            continue;
        allowed.insert(pskLabel(l.secret));
        // A gateway dials its hub with the PSK that hub expects for the link
        // (docs/vendors.md), the same choice its generator makes.
        const Site *hub = topology.site(l.otherEnd(siteId));
        if (l.transport == Transport::L2tp && self && !self->isHub() && hub) {
            const QString psk = RemoteAccessPlan::dialInPskName(topology, *hub, l);
            if (!psk.isEmpty())
                allowed.insert(pskLabel(psk));
        }
    }
    for (const Profile &p : topology.profiles) {
        if (p.hub != siteId)
            continue;
        allowed.insert(pskLabel(p.secret));
        for (const QString &u : p.users)
            allowed.insert(userLabel(u));
    }
    return allowed;
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

QList<Leak> leaks(const QList<GeneratedFile> &files, const Secrets &secrets,
                  const QSet<QString> &allowed)
{
    const QList<NamedSecret> all = SecretForms::all(secrets);
    QByteArray allowedForms; // every allowed value in every encoding, for the overlap rule
    for (const NamedSecret &s : all) {
        if (allowed.contains(s.label)) {
            for (const QByteArray &f : SecretForms::encodings(s.value))
                allowedForms += f + '\n';
        }
    }
    QList<Leak> out;
    for (const GeneratedFile &file : files) {
        for (const NamedSecret &s : all) {
            if (allowed.contains(s.label) || !SecretForms::occursIn(file.content, s.value))
                continue;
            if (SecretForms::occursIn(allowedForms, s.value))
                continue;
            out.append({file.path, s.label});
        }
    }
    return out;
}

bool carriesSecret(const GeneratedFile &file, const Secrets &secrets,
                   const QSet<QString> &allowed)
{
    for (const NamedSecret &s : SecretForms::all(secrets)) {
        if (allowed.contains(s.label) && SecretForms::occursIn(file.content, s.value))
            return true;
    }
    return false;
}

} // namespace SecretPolicy
