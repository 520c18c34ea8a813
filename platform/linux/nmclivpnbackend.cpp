#include "platform/linux/nmclivpnbackend.h"

#include "platform/common/processrunner.h"
#include "platform/linux/iprouteparser.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

const QString kNmcli = QStringLiteral("nmcli");

// nmcli's own words, led by what they mean and what to do when the cause is
// NetworkManager not running ("Could not create NMClient object: Could not
// connect: No such file or directory").
QString describeNmcli(const ProcessResult &r, const QString &what)
{
    const QString detail = r.describe(what);
    const QString err = r.stdErrText();
    if (err.contains(QLatin1String("Could not create NMClient object"))
        || err.contains(QLatin1String("NetworkManager is not running"))) {
        return QStringLiteral("NetworkManager is not running: start it (sudo systemctl start "
                              "NetworkManager, or enable it in your desktop's network settings) "
                              "and try again (%1)")
            .arg(detail);
    }
    return detail;
}

QStringList ipPrefix(const PlatformOptions &o)
{
    return o.netns.isEmpty() ? QStringList() : QStringList{QStringLiteral("-n"), o.netns};
}

} // namespace

NmcliVpnBackend::NmcliVpnBackend(ProcessRunner *runner, const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

QString NmcliVpnBackend::vpnData(const ClientProfile &p)
{
    QStringList kv{
        QStringLiteral("gateway=") + p.gateway,
        QStringLiteral("user=") + p.user,
        QStringLiteral("password-flags=1"),
        QStringLiteral("ipsec-enabled=yes"),
        QStringLiteral("ipsec-psk-flags=1"),
        QStringLiteral("mtu=%1").arg(p.mtu),
        QStringLiteral("mru=%1").arg(p.mtu),
        QStringLiteral("refuse-pap=yes"),
        QStringLiteral("lcp-echo-interval=30"),
        QStringLiteral("lcp-echo-failure=4"),
    };
    return kv.join(QStringLiteral(", "));
}

QByteArray NmcliVpnBackend::passwdFile(const ClientProfile &p)
{
    // nm-l2tp reads a PSK that starts with "0s" as base64: no quoting issues.
    return "vpn.secrets.password:" + p.password.toUtf8() + "\nvpn.secrets.ipsec-psk:0s" +
           p.psk.toUtf8().toBase64() + "\n";
}

bool NmcliVpnBackend::ensureProfile(const ClientProfile &p, QString *error)
{
    const ProcessResult show = m_runner->run(
        {kNmcli,
         {QStringLiteral("-g"), QStringLiteral("connection.uuid"), QStringLiteral("connection"),
          QStringLiteral("show"), QStringLiteral("id"), p.connectionName},
         {}, m_options.commandTimeoutMs, {}, true});
    const QStringList settings{QStringLiteral("vpn.data"), vpnData(p),
                               QStringLiteral("ipv4.never-default"), QStringLiteral("yes"),
                               QStringLiteral("connection.autoconnect"), QStringLiteral("no")};
    QStringList args;
    if (show.ok()) {
        args = QStringList{QStringLiteral("connection"), QStringLiteral("modify"),
                           QStringLiteral("id"), p.connectionName} + settings;
    } else if (show.outcome == ProcessResult::Outcome::Finished && show.exitCode == kNmcliNotFound) {
        args = QStringList{QStringLiteral("connection"), QStringLiteral("add"),
                           QStringLiteral("type"),       QStringLiteral("vpn"),
                           QStringLiteral("con-name"),   p.connectionName,
                           QStringLiteral("vpn-type"),   QStringLiteral("l2tp")} + settings;
    } else {
        *error = describeNmcli(show, QStringLiteral("nmcli connection show"));
        return false;
    }
    const ProcessResult r = m_runner->run({kNmcli, args, {}, m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = describeNmcli(r, QStringLiteral("nmcli connection ") + args.at(1));
        return false;
    }
    return true;
}

bool NmcliVpnBackend::connect(const ClientProfile &p, QString *error)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QTemporaryFile secrets(QDir(dir.isEmpty() ? QDir::tempPath() : dir)
                               .filePath(QStringLiteral("routestudio-nm-XXXXXX")));
    // QTemporaryFile creates the file 0600 before anything is written.
    if (!secrets.open()) {
        *error = QStringLiteral("cannot create the secrets file for nmcli: %1")
                     .arg(secrets.errorString());
        return false;
    }
    secrets.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (secrets.write(passwdFile(p)) < 0 || !secrets.flush()) {
        *error = QStringLiteral("cannot write the secrets file for nmcli: %1")
                     .arg(secrets.errorString());
        return false;
    }
    const int waitS = std::max(1, m_options.connectTimeoutMs / 1000);
    const ProcessResult r = m_runner->run(
        {kNmcli,
         {QStringLiteral("--wait"), QString::number(waitS), QStringLiteral("connection"),
          QStringLiteral("up"), QStringLiteral("id"), p.connectionName,
          QStringLiteral("passwd-file"), secrets.fileName()},
         {}, waitS * 1000 + 2000, {}, true});
    secrets.remove();
    if (!r.ok()) {
        *error = describeNmcli(r, QStringLiteral("nmcli connection up"));
        return false;
    }
    return true;
}

bool NmcliVpnBackend::disconnect(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kNmcli,
         {QStringLiteral("connection"), QStringLiteral("down"), QStringLiteral("id"),
          p.connectionName},
         {}, m_options.commandTimeoutMs, {}, true});
    // Not active any more: already down is what we wanted.
    if (r.ok() || (r.outcome == ProcessResult::Outcome::Finished && r.exitCode == kNmcliNotFound))
        return true;
    *error = describeNmcli(r, QStringLiteral("nmcli connection down"));
    return false;
}

VpnState NmcliVpnBackend::status(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kNmcli,
         {QStringLiteral("-g"), QStringLiteral("GENERAL.STATE"), QStringLiteral("connection"),
          QStringLiteral("show"), QStringLiteral("id"), p.connectionName},
         {}, m_options.commandTimeoutMs, {}, false});
    if (r.outcome == ProcessResult::Outcome::Finished && r.exitCode == kNmcliNotFound)
        return VpnState::Missing;
    if (!r.ok()) {
        *error = describeNmcli(r, QStringLiteral("nmcli connection show"));
        return VpnState::Unknown;
    }
    const QString state = r.stdOutText().trimmed();
    if (state == QLatin1String("activated"))
        return VpnState::Connected;
    if (state == QLatin1String("activating"))
        return VpnState::Connecting;
    if (state == QLatin1String("deactivating"))
        return VpnState::Disconnecting;
    return VpnState::Disconnected; // empty: the profile exists but is not active
}

std::optional<TunnelInfo> NmcliVpnBackend::tunnel(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kNmcli,
         {QStringLiteral("-g"), QStringLiteral("IP4.ADDRESS"), QStringLiteral("connection"),
          QStringLiteral("show"), QStringLiteral("id"), p.connectionName},
         {}, m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = describeNmcli(r, QStringLiteral("nmcli connection show"));
        return std::nullopt;
    }
    // "10.8.0.5/32" (several are joined by " | "); the first is the PPP address.
    const QString first =
        r.stdOutText().trimmed().split(QStringLiteral(" | ")).value(0).section(QLatin1Char('/'), 0, 0);
    const auto local = Ipv4Address::parse(first);
    if (!local) {
        *error = QStringLiteral("NetworkManager reports no IPv4 address for %1 (got '%2')")
                     .arg(p.connectionName, r.stdOutText().trimmed());
        return std::nullopt;
    }
    const ProcessResult addr = m_runner->run(
        {QStringLiteral("ip"),
         ipPrefix(m_options) + QStringList{QStringLiteral("-j"), QStringLiteral("-4"),
                                           QStringLiteral("addr"), QStringLiteral("show")},
         {}, m_options.commandTimeoutMs, {}, false});
    if (!addr.ok()) {
        *error = addr.describe(QStringLiteral("ip addr show"));
        return std::nullopt;
    }
    return IpRouteParser::interfaceWithAddress(addr.stdOut, *local, error);
}
