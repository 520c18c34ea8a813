#include "platform/macos/scutilvpnbackend.h"

#include "platform/common/processrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

namespace {

const QString kScutil = QStringLiteral("scutil");

} // namespace

ScutilVpnBackend::ScutilVpnBackend(ProcessRunner *runner, const PlatformOptions &options)
    : m_runner(runner), m_options(options)
{
}

bool ScutilVpnBackend::ensureProfile(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kScutil, {QStringLiteral("--nc"), QStringLiteral("list")}, {},
         m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("scutil --nc list"));
        return false;
    }
    // * (Disconnected)   2F1C...  PPP --> L2TP   "RouteStudio hq staff"   [PPP/L2TP]
    const QString quoted = QLatin1Char('"') + p.connectionName + QLatin1Char('"');
    for (const QString &line : r.stdOutText().split(QLatin1Char('\n'))) {
        if (line.contains(quoted) && line.contains(QLatin1String("L2TP")))
            return true;
    }
    *error = QStringLiteral("macOS has no L2TP service named \"%1\": open the .mobileconfig "
                            "from your bundle and install it in System Settings > Profiles")
                 .arg(p.connectionName);
    return false;
}

QString ScutilVpnBackend::statusOutput(const ClientProfile &p, QString *error, bool *ok)
{
    const ProcessResult r = m_runner->run(
        {kScutil, {QStringLiteral("--nc"), QStringLiteral("status"), p.connectionName}, {},
         m_options.commandTimeoutMs, {}, false});
    *ok = r.ok();
    if (!r.ok())
        *error = r.describe(QStringLiteral("scutil --nc status"));
    return r.stdOutText();
}

bool ScutilVpnBackend::connect(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kScutil,
         {QStringLiteral("--nc"), QStringLiteral("start"), p.connectionName,
          QStringLiteral("--user"), p.user},
         {}, m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("scutil --nc start"));
        return false;
    }
    // start returns at once; the state moves Connecting -> Connected.
    const QDeadlineTimer deadline(m_options.connectTimeoutMs);
    while (!deadline.hasExpired()) {
        bool ok = false;
        const VpnState s = parseState(statusOutput(p, error, &ok));
        if (!ok)
            return false;
        if (s == VpnState::Connected)
            return true;
        if (s == VpnState::Disconnected) {
            *error = QStringLiteral("%1 went back to Disconnected: check the user name, "
                                    "password and shared secret in the profile")
                         .arg(p.connectionName);
            return false;
        }
        QEventLoop wait;
        QTimer::singleShot(m_pollMs, &wait, &QEventLoop::quit);
        wait.exec();
    }
    QString ignored;
    disconnect(p, &ignored);
    *error = QStringLiteral("%1 did not connect within %2 s")
                 .arg(p.connectionName)
                 .arg(m_options.connectTimeoutMs / 1000);
    return false;
}

bool ScutilVpnBackend::disconnect(const ClientProfile &p, QString *error)
{
    const ProcessResult r = m_runner->run(
        {kScutil, {QStringLiteral("--nc"), QStringLiteral("stop"), p.connectionName}, {},
         m_options.commandTimeoutMs, {}, true});
    if (!r.ok()) {
        *error = r.describe(QStringLiteral("scutil --nc stop"));
        return false;
    }
    return true;
}

VpnState ScutilVpnBackend::status(const ClientProfile &p, QString *error)
{
    bool ok = false;
    const QString out = statusOutput(p, error, &ok);
    return ok ? parseState(out) : VpnState::Unknown;
}

std::optional<TunnelInfo> ScutilVpnBackend::tunnel(const ClientProfile &p, QString *error)
{
    bool ok = false;
    const QString out = statusOutput(p, error, &ok);
    if (!ok)
        return std::nullopt;
    auto t = parseTunnel(out);
    if (!t)
        *error = QStringLiteral("scutil reports no PPP interface for %1").arg(p.connectionName);
    return t;
}

VpnState ScutilVpnBackend::parseState(const QString &output)
{
    const QString first = output.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (first == QLatin1String("Connected"))
        return VpnState::Connected;
    if (first == QLatin1String("Connecting"))
        return VpnState::Connecting;
    if (first == QLatin1String("Disconnecting"))
        return VpnState::Disconnecting;
    if (first == QLatin1String("Disconnected"))
        return VpnState::Disconnected;
    return VpnState::Unknown;
}

std::optional<TunnelInfo> ScutilVpnBackend::parseTunnel(const QString &output)
{
    // The IPv4 dictionary: Addresses : <array> { 0 : 10.8.0.5 }, DestAddresses
    // : <array> { 0 : 10.8.0.1 }, InterfaceName : ppp0.
    const int v4 = output.indexOf(QLatin1String("IPv4 : <dictionary>"));
    if (v4 < 0)
        return std::nullopt;
    const QString block = output.mid(v4);
    static const QRegularExpression addr(
        QStringLiteral("\\bAddresses : <array> \\{\\s*0 : ([0-9.]+)"));
    static const QRegularExpression dest(
        QStringLiteral("DestAddresses : <array> \\{\\s*0 : ([0-9.]+)"));
    static const QRegularExpression ifname(QStringLiteral("InterfaceName : (\\S+)"));
    const auto a = addr.match(block);
    const auto i = ifname.match(block);
    if (!a.hasMatch() || !i.hasMatch())
        return std::nullopt;
    const auto local = Ipv4Address::parse(a.captured(1));
    if (!local)
        return std::nullopt;
    TunnelInfo t;
    t.interface = i.captured(1);
    t.local = *local;
    if (const auto d = dest.match(block); d.hasMatch()) {
        if (const auto peer = Ipv4Address::parse(d.captured(1)))
            t.peer = *peer;
    }
    return t;
}
