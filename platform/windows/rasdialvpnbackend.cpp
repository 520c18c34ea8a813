#include "platform/windows/rasdialvpnbackend.h"

#include "platform/common/processrunner.h"
#include "platform/windows/powershellscript.h"

#include <QJsonDocument>

namespace {

const QString kRasdial = QStringLiteral("rasdial");

} // namespace

RasdialVpnBackend::RasdialVpnBackend(ProcessRunner *runner, const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

QString RasdialVpnBackend::ensureScript()
{
    return QStringLiteral(
        "$c = Get-VpnConnection -Name $p.name -ErrorAction SilentlyContinue; "
        "if ($c) { Set-VpnConnection -Name $p.name -ServerAddress $p.server -L2tpPsk $p.psk "
        "-AuthenticationMethod MSChapv2 -EncryptionLevel Required -SplitTunneling $true -Force } "
        "else { Add-VpnConnection -Name $p.name -ServerAddress $p.server -TunnelType L2tp "
        "-L2tpPsk $p.psk -AuthenticationMethod MSChapv2 -EncryptionLevel Required "
        "-SplitTunneling -Force -PassThru | Out-Null }");
}

QString RasdialVpnBackend::addressScript()
{
    return QStringLiteral("Get-NetIPAddress -InterfaceAlias $p.name -AddressFamily IPv4 | "
                          "Select-Object -First 1 IPAddress, InterfaceAlias | ConvertTo-Json");
}

bool RasdialVpnBackend::ensureProfile(const ClientProfile &p, QString *error)
{
    const QJsonObject in{{QStringLiteral("name"), p.connectionName},
                         {QStringLiteral("server"), p.gateway},
                         {QStringLiteral("psk"), p.psk}};
    const ProcessResult r =
        m_runner->run(PowerShellScript::request(ensureScript(), in, m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Add-VpnConnection / Set-VpnConnection"));
        return false;
    }
    return true;
}

bool RasdialVpnBackend::connect(const ClientProfile &p, QString *error)
{
    // "*" makes rasdial prompt for the password; it reads our stdin.
    const ProcessResult r = m_runner->run({kRasdial,
                                           {p.connectionName, p.user, QStringLiteral("*")},
                                           p.password.toUtf8() + "\r\n",
                                           m_options.connectTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("rasdial"));
        return false;
    }
    return true;
}

bool RasdialVpnBackend::disconnect(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kRasdial, {p.connectionName, QStringLiteral("/disconnect")}, {},
         m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("rasdial /disconnect"));
        return false;
    }
    return true;
}

VpnState RasdialVpnBackend::status(const ClientProfile &p, QString *error)
{
    const ProcessResult r =
        m_runner->run({kRasdial, {}, {}, m_options.commandTimeoutMs, {}, false});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("rasdial"));
        return VpnState::Unknown;
    }
    // "Connected to\r\nNAME\r\nCommand completed successfully." or "No connections".
    const QStringList lines = r.stdOutText().split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (l.trimmed() == p.connectionName)
            return VpnState::Connected;
    }
    return VpnState::Disconnected;
}

std::optional<TunnelInfo> RasdialVpnBackend::tunnel(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(PowerShellScript::request(
        addressScript(), {{QStringLiteral("name"), p.connectionName}},
        m_options.commandTimeoutMs));
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("Get-NetIPAddress"));
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(r.stdOut).object();
    const auto local = Ipv4Address::parse(o.value(QLatin1String("IPAddress")).toString());
    if (!local) {
        *error = QStringLiteral("the VPN interface %1 has no IPv4 address").arg(p.connectionName);
        return std::nullopt;
    }
    TunnelInfo t;
    t.interface = o.value(QLatin1String("InterfaceAlias")).toString(p.connectionName);
    t.local = *local;
    return t;
}
