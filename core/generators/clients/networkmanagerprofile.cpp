#include "core/generators/clients/networkmanagerprofile.h"

#include "core/generators/common/proposals.h"
#include "core/generators/common/targetsyntax.h"

namespace {

// GKeyFile value escaping (NetworkManager keyfiles are GKeyFiles).
QString keyfileValue(const QString &value)
{
    QString out;
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char(' ') && i == 0)
            out += QLatin1String("\\s");
        else
            out += c;
    }
    return out;
}

// nmcli splits vpn.data / vpn.secrets on "," and "=": escape both with a backslash.
QString nmcliDictValue(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('=') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString nmcliDict(const QMap<QString, QString> &map)
{
    QStringList items;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        items << it.key() + QLatin1Char('=') + nmcliDictValue(it.value());
    return items.join(QLatin1String(", "));
}

// nm-l2tp hands these to strongSwan or Libreswan: "sha2_256" is the spelling
// both accept (strongSwan also takes "sha256", Libreswan older releases not).
QString clientSpelling(const QStringList &proposals)
{
    return proposals.join(QLatin1Char(',')).replace(QLatin1String("sha256"), QLatin1String("sha2_256"));
}

} // namespace

NetworkManagerProfile::NetworkManagerProfile(const ClientSettings &settings) : m_s(settings) {}

QMap<QString, QString> NetworkManagerProfile::data() const
{
    const QString yes = QStringLiteral("yes");
    return {
        {QStringLiteral("gateway"), m_s.gateway},
        {QStringLiteral("user"), m_s.user},
        {QStringLiteral("password-flags"), QStringLiteral("0")},
        {QStringLiteral("ipsec-enabled"), yes},
        {QStringLiteral("ipsec-psk-flags"), QStringLiteral("0")},
        // The remote-access proposals every RouteStudio hub accepts.
        {QStringLiteral("ipsec-ike"), clientSpelling(Proposals::remoteAccessIke())},
        {QStringLiteral("ipsec-esp"), clientSpelling(Proposals::remoteAccessEsp())},
        {QStringLiteral("mtu"), QString::number(m_s.mtu)},
        {QStringLiteral("mru"), QString::number(m_s.mtu)},
        // MS-CHAPv2 only, like the hubs.
        {QStringLiteral("refuse-eap"), yes},
        {QStringLiteral("refuse-pap"), yes},
        {QStringLiteral("refuse-chap"), yes},
        {QStringLiteral("refuse-mschap"), yes},
        {QStringLiteral("lcp-echo-failure"), QStringLiteral("5")},
        {QStringLiteral("lcp-echo-interval"), QStringLiteral("30")},
    };
}

QMap<QString, QString> NetworkManagerProfile::secrets() const
{
    return {{QStringLiteral("password"), m_s.password},
            {QStringLiteral("ipsec-psk"), TargetSyntax::base64Secret(m_s.psk)}};
}

QStringList NetworkManagerProfile::routes() const
{
    QStringList out;
    for (const Ipv4Prefix &p : m_s.routes)
        out << p.toString();
    return out;
}

QByteArray NetworkManagerProfile::keyfile() const
{
    QStringList out{
        QStringLiteral("[connection]"),
        QStringLiteral("id=") + keyfileValue(m_s.name),
        QStringLiteral("uuid=") + m_s.uuid(QStringLiteral("networkmanager")).toString(QUuid::WithoutBraces),
        QStringLiteral("type=vpn"),
        QStringLiteral("autoconnect=false"),
        QString(),
        QStringLiteral("[vpn]"),
    };
    const QMap<QString, QString> d = data();
    for (auto it = d.cbegin(); it != d.cend(); ++it)
        out << it.key() + QLatin1Char('=') + keyfileValue(it.value());
    out << QStringLiteral("service-type=org.freedesktop.NetworkManager.l2tp") << QString()
        << QStringLiteral("[vpn-secrets]");
    const QMap<QString, QString> s = secrets();
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        out << it.key() + QLatin1Char('=') + keyfileValue(it.value());
    out << QString() << QStringLiteral("[ipv4]") << QStringLiteral("method=auto");
    if (!m_s.fullTunnel)
        out << QStringLiteral("never-default=true");
    const QStringList r = routes();
    for (int i = 0; i < r.size(); ++i)
        out << QStringLiteral("route%1=%2").arg(i + 1).arg(r[i]);
    // Full tunnel means all traffic; the hubs carry IPv4 only, so IPv6 is off on
    // this connection instead of being negotiated beside the tunnel.
    out << QString() << QStringLiteral("[ipv6]") << QStringLiteral("addr-gen-mode=default")
        << (m_s.fullTunnel ? QStringLiteral("method=disabled") : QStringLiteral("method=auto"))
        << QString() << QStringLiteral("[proxy]") << QString();
    return out.join(QLatin1Char('\n')).toUtf8();
}

QStringList NetworkManagerProfile::nmcliProperties(bool modify) const
{
    QStringList out{
        QStringLiteral("connection.autoconnect"), QStringLiteral("no"),
        QStringLiteral("vpn.data"), nmcliDict(data()),
        QStringLiteral("ipv4.never-default"), m_s.fullTunnel ? QStringLiteral("no") : QStringLiteral("yes"),
        QStringLiteral("ipv6.method"), m_s.fullTunnel ? QStringLiteral("disabled") : QStringLiteral("auto"),
    };
    if (!m_s.routes.isEmpty() || modify)
        out << QStringLiteral("ipv4.routes") << routes().join(QLatin1String(", "));
    return out;
}

QByteArray NetworkManagerProfile::passwdFile() const
{
    QByteArray out;
    const QMap<QString, QString> s = secrets();
    for (auto it = s.cbegin(); it != s.cend(); ++it)
        out += QStringLiteral("vpn.secrets.%1:%2\n").arg(it.key(), it.value()).toUtf8();
    return out;
}
