#include "ui/connect/importedprofilefile.h"

#include "core/io/filebytes.h"
#include "core/validation/valuerules.h"
#include "platform/common/credentialstore.h"
#include "ui/connect/profileimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

const QString kFormat = QStringLiteral("routestudio-imported-profile");

} // namespace

QString ImportedProfileFile::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/imported-profile.json");
}

bool ImportedProfileFile::save(const ImportedProfile &imported, QString *error) const
{
    const ClientProfile &p = imported.profile;
    QJsonArray routes, dns;
    for (const Ipv4Prefix &r : p.routes)
        routes.append(r.toString());
    for (const Ipv4Address &a : imported.dns)
        dns.append(a.toString());
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), imported.displayName},
        {QStringLiteral("hubName"), imported.hubName},
        {QStringLiteral("profile"), p.profileId},
        {QStringLiteral("hub"), p.hubId},
        {QStringLiteral("gateway"), p.gateway},
        {QStringLiteral("user"), p.user},
        {QStringLiteral("tunnel"), Enums::toString(p.tunnel)},
        {QStringLiteral("routes"), routes},
        {QStringLiteral("dns"), dns},
        {QStringLiteral("mtu"), p.mtu},
        {QStringLiteral("extra"), imported.extra},
    };
    if (!QDir().mkpath(QFileInfo(m_fileName).absolutePath())) {
        *error = tr("cannot create the folder of %1").arg(m_fileName);
        return false;
    }
    return FileBytes::writeAtomic(m_fileName, QJsonDocument(o).toJson(), FileBytes::privateMode(),
                                  error);
}

std::optional<ImportedProfile> ImportedProfileFile::load(CredentialStore *store,
                                                         QString *error) const
{
    error->clear();
    if (!QFileInfo::exists(m_fileName))
        return std::nullopt;
    LoadError loadError;
    const auto bytes = FileBytes::read(m_fileName, &loadError);
    if (!bytes) {
        *error = loadError.toString();
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
    const auto fail = [&](const char *field, const QString &problem) {
        *error = tr("%1: %2 %3").arg(m_fileName, QLatin1String(field), problem);
        return std::nullopt;
    };
    if (o.value(QStringLiteral("format")).toString() != kFormat
        || o.value(QStringLiteral("version")).toInt() != 1)
        return fail("format", tr("is not a remembered RouteStudio profile, version 1"));
    ImportedProfile out;
    ClientProfile &p = out.profile;
    out.displayName = o.value(QStringLiteral("name")).toString();
    out.hubName = o.value(QStringLiteral("hubName")).toString();
    if (const QString e = ValueRules::nameProblem(out.displayName); !e.isEmpty())
        return fail("name", e);
    p.profileId = o.value(QStringLiteral("profile")).toString();
    if (const QString e = ValueRules::idProblem(p.profileId); !e.isEmpty())
        return fail("profile", e);
    p.hubId = o.value(QStringLiteral("hub")).toString();
    if (const QString e = ValueRules::idProblem(p.hubId); !e.isEmpty())
        return fail("hub", e);
    p.gateway = o.value(QStringLiteral("gateway")).toString();
    if (!Ipv4Address::parse(p.gateway)) {
        if (const QString e = ValueRules::dnsNameProblem(p.gateway); !e.isEmpty())
            return fail("gateway", e);
    }
    p.user = o.value(QStringLiteral("user")).toString();
    if (const QString e = ValueRules::userNameProblem(p.user); !e.isEmpty())
        return fail("user", e);
    const auto tunnel = Enums::tunnelMode(o.value(QStringLiteral("tunnel")).toString());
    if (!tunnel)
        return fail("tunnel", tr("is not \"split\" or \"full\""));
    p.tunnel = *tunnel;
    const QJsonArray routes = o.value(QStringLiteral("routes")).toArray();
    for (int i = 0; i < routes.size(); ++i) {
        const auto r = Ipv4Prefix::parse(routes[i].toString());
        if (!r || r->hasHostBits())
            return fail("routes", tr("entry %1 is not an IPv4 prefix").arg(i));
        p.routes.append(*r);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("dns")).toArray()) {
        if (const auto a = Ipv4Address::parse(v.toString()))
            out.dns.append(*a);
    }
    p.mtu = o.value(QStringLiteral("mtu")).toInt();
    if (p.mtu < 576 || p.mtu > 1500)
        return fail("mtu", tr("is not from 576 to 1500"));
    out.extra = o.value(QStringLiteral("extra")).toObject();
    p.connectionName = ClientProfile::connectionNameFor(p.hubId, p.profileId);
    if (store) {
        QString ignored;
        p.password = store->load(ProfileImporter::passwordKey(p), &ignored).value_or(QString());
        p.psk = store->load(ProfileImporter::pskKey(p), &ignored).value_or(QString());
    }
    return out;
}
