#include "core/bundle/bundleprofile.h"

#include "core/mtu/mtucalculator.h"
#include "core/routes/routepush.h"
#include "core/routes/routetable.h"
#include "core/validation/valuerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

const QString kFormat = QStringLiteral("routestudio-client-profile");
const QStringList kKnownKeys{"format", "version", "name", "profile", "user", "hub", "tunnel",
                             "routes", "routesFrom", "dns", "mtu", "mss", "ipsec", "psk",
                             "password", "backupHub"};

QString addressProblem(const QString &address)
{
    if (Ipv4Address::parse(address))
        return QString();
    const QString dns = ValueRules::dnsNameProblem(address);
    return dns.isEmpty() ? QString() : QStringLiteral("not an IPv4 address or DNS name: ") + dns;
}

class Parser
{
public:
    explicit Parser(QString *error) : m_error(error) {}

    std::optional<BundleProfile> run(const QJsonObject &o)
    {
        if (o.value(QStringLiteral("format")).toString() != kFormat)
            return fail(QStringLiteral("format"), QStringLiteral("is not \"%1\"").arg(kFormat));
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toInt() < 1 || version.toInt() > BundleProfile::kVersion)
            return fail(QStringLiteral("version"),
                        QStringLiteral("is not supported (this reader knows version %1)")
                            .arg(BundleProfile::kVersion));
        BundleProfile p;
        p.name = o.value(QStringLiteral("name")).toString();
        if (const QString e = ValueRules::nameProblem(p.name); !e.isEmpty())
            return fail(QStringLiteral("name"), e);
        p.profile = o.value(QStringLiteral("profile")).toString();
        if (const QString e = ValueRules::idProblem(p.profile); !e.isEmpty())
            return fail(QStringLiteral("profile"), e);
        p.user = o.value(QStringLiteral("user")).toString();
        if (const QString e = ValueRules::userNameProblem(p.user); !e.isEmpty())
            return fail(QStringLiteral("user"), e);
        if (!parseHub(o, QStringLiteral("hub"), &p.hubId, &p.hubName, &p.hubAddress))
            return std::nullopt;
        if (o.contains(QStringLiteral("backupHub"))
            && !parseHub(o, QStringLiteral("backupHub"), &p.backupHubId, &p.backupHubName,
                         &p.backupHubAddress))
            return std::nullopt;
        const auto tunnel = Enums::tunnelMode(o.value(QStringLiteral("tunnel")).toString());
        if (!tunnel)
            return fail(QStringLiteral("tunnel"), QStringLiteral("is not \"split\" or \"full\""));
        p.tunnel = *tunnel;
        const QJsonValue from = o.value(QStringLiteral("routesFrom"));
        if (!from.isUndefined()) {
            const auto parsed = RoutePush::parseRoutesFrom(from.toString());
            if (!from.isString() || !parsed)
                return fail(QStringLiteral("routesFrom"), QStringLiteral("is not \"hub\", \"profile\" or \"both\""));
            p.routesFrom = *parsed;
        }
        if (!parseList(o, QStringLiteral("routes"), &p.routes) ||
            !parseList(o, QStringLiteral("dns"), &p.dns))
            return std::nullopt;
        if (!parseInt(o, QStringLiteral("mtu"), 576, 1500, &p.mtu)
            || !parseInt(o, QStringLiteral("mss"), 536, 1460, &p.mss))
            return std::nullopt;
        p.psk = o.value(QStringLiteral("psk")).toString();
        if (const QString e = ValueRules::secretProblem(p.psk); !e.isEmpty())
            return fail(QStringLiteral("psk"), e);
        p.password = o.value(QStringLiteral("password")).toString();
        if (const QString e = ValueRules::secretProblem(p.password); !e.isEmpty())
            return fail(QStringLiteral("password"), e);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kKnownKeys.contains(it.key()))
                p.extra.insert(it.key(), it.value());
        }
        return p;
    }

private:
    std::nullopt_t fail(const QString &field, const QString &problem)
    {
        *m_error = QStringLiteral("profile.json: %1 %2").arg(field, problem);
        return std::nullopt;
    }

    // {"id", "name", "address"} of a hub under `key`.
    bool parseHub(const QJsonObject &o, const QString &key, QString *id, QString *name,
                  QString *address)
    {
        const QJsonObject hub = o.value(key).toObject();
        *id = hub.value(QStringLiteral("id")).toString();
        *name = hub.value(QStringLiteral("name")).toString();
        *address = hub.value(QStringLiteral("address")).toString();
        for (const auto &[field, problem] :
             {std::pair{QStringLiteral("id"), ValueRules::idProblem(*id)},
              std::pair{QStringLiteral("name"), ValueRules::nameProblem(*name)},
              std::pair{QStringLiteral("address"), addressProblem(*address)}}) {
            if (!problem.isEmpty()) {
                fail(key + QLatin1Char('.') + field, problem);
                return false;
            }
        }
        return true;
    }

    static std::optional<Ipv4Prefix> parseItem(const QString &s, Ipv4Prefix *)
    {
        auto p = Ipv4Prefix::parse(s);
        return p && !p->hasHostBits() ? p : std::nullopt;
    }
    static std::optional<Ipv4Address> parseItem(const QString &s, Ipv4Address *)
    {
        return Ipv4Address::parse(s);
    }

    template<typename T>
    bool parseList(const QJsonObject &o, const QString &key, QList<T> *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(key, QStringLiteral("is not a list"));
            return false;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const auto item = parseItem(a.at(i).toString(), static_cast<T *>(nullptr));
            if (!item) {
                fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                     QStringLiteral("is not a valid %1")
                         .arg(key == QLatin1String("dns") ? QStringLiteral("IPv4 address")
                                                          : QStringLiteral("IPv4 prefix")));
                return false;
            }
            out->append(*item);
        }
        return true;
    }

    bool parseInt(const QJsonObject &o, const QString &key, int lo, int hi, int *out)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < lo
            || v.toInt() > hi) {
            fail(key, QStringLiteral("is not an integer from %1 to %2").arg(lo).arg(hi));
            return false;
        }
        *out = v.toInt();
        return true;
    }

    QString *m_error;
};

} // namespace

std::optional<BundleProfile> BundleProfile::fromTopology(const Topology &topology,
                                                         const Secrets &secrets,
                                                         const QString &profileId,
                                                         const QString &user, QString *error)
{
    const TopologyIndex index(topology);
    const RouteTable routes = RouteTable::build(topology, index);
    return fromTopology(GeneratorInput{topology, secrets, routes, index}, profileId, user, error);
}

std::optional<BundleProfile> BundleProfile::fromTopology(const GeneratorInput &input,
                                                         const QString &profileId,
                                                         const QString &user, QString *error)
{
    const Profile *profile = input.topology.profile(profileId);
    if (profile
        && (!input.secrets.psk.contains(profile->secret) || !input.secrets.users.contains(user))) {
        *error = QStringLiteral("the secrets file lacks the PSK \"%1\" or the password of \"%2\"")
                     .arg(profile->secret, user);
        return std::nullopt;
    }
    return plan(input, profileId, user, error);
}

std::optional<BundleProfile> BundleProfile::plan(const GeneratorInput &input,
                                                 const QString &profileId, const QString &user,
                                                 QString *error)
{
    const Topology &topology = input.topology;
    const Secrets &secrets = input.secrets;
    const Profile *profile = topology.profile(profileId);
    const Site *hub = profile ? input.index.site(profile->hub) : nullptr;
    if (!profile || !hub || !profile->users.contains(user)) {
        *error = QStringLiteral("no profile \"%1\" with user \"%2\" on a known hub")
                     .arg(profileId, user);
        return std::nullopt;
    }
    BundleProfile p;
    p.name = topology.name.isEmpty() ? profile->id
                                     : topology.name + QStringLiteral(" — ") + profile->id;
    p.profile = profile->id;
    p.user = user;
    p.hubId = hub->id;
    p.hubName = hub->name;
    p.hubAddress = hub->publicAddress;
    if (const Site *backup = profile->hubs().size() > 1 ? input.index.site(profile->backupHub) : nullptr) {
        p.backupHubId = backup->id;
        p.backupHubName = backup->name;
        p.backupHubAddress = backup->publicAddress;
    }
    p.tunnel = profile->tunnel;
    p.routesFrom = RoutePush::routesFrom(hub, *profile);
    QSet<QPair<quint32, int>> seen;
    for (const Route &r : input.routes.forProfile(profile->id)) {
        const Ipv4Prefix net = r.destination.network();
        const QPair<quint32, int> key(net.first(), net.length());
        if (!seen.contains(key)) {
            seen.insert(key);
            p.routes.append(net);
        }
    }
    if (hub->remoteAccess)
        p.dns = hub->remoteAccess->dns;
    p.mtu = MtuCalculator::pppMtu(topology);
    p.mss = MtuCalculator::pppMss(topology);
    p.psk = secrets.psk.value(profile->secret);
    p.password = secrets.users.value(user);
    return p;
}

QByteArray BundleProfile::toJson() const
{
    QJsonArray routeList, dnsList;
    for (const Ipv4Prefix &r : routes)
        routeList.append(r.toString());
    for (const Ipv4Address &a : dns)
        dnsList.append(a.toString());
    QJsonObject o = extra;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("hub"), QJsonObject{{QStringLiteral("id"), hubId},
                                                {QStringLiteral("name"), hubName},
                                                {QStringLiteral("address"), hubAddress}});
    if (!backupHubId.isEmpty()) {
        o.insert(QStringLiteral("backupHub"), QJsonObject{{QStringLiteral("id"), backupHubId},
                                                          {QStringLiteral("name"), backupHubName},
                                                          {QStringLiteral("address"), backupHubAddress}});
    }
    o.insert(QStringLiteral("tunnel"), Enums::toString(tunnel));
    o.insert(QStringLiteral("routes"), routeList);
    o.insert(QStringLiteral("routesFrom"), RoutePush::word(routesFrom));
    o.insert(QStringLiteral("dns"), dnsList);
    o.insert(QStringLiteral("mtu"), mtu);
    o.insert(QStringLiteral("mss"), mss);
    o.insert(QStringLiteral("ipsec"), QJsonObject{{QStringLiteral("ike"), QStringLiteral("ikev1")},
                                                  {QStringLiteral("mode"),
                                                   QStringLiteral("transport")}});
    o.insert(QStringLiteral("psk"), psk);
    o.insert(QStringLiteral("password"), password);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

std::optional<BundleProfile> BundleProfile::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("profile.json is not a JSON object: %1")
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    return Parser(error).run(doc.object());
}
