#include "core/generators/clients/windowsgenerator.h"

#include "core/generators/clients/clientquoting.h"
#include "core/generators/clients/clientsettings.h"

namespace {

QStringList header(const ClientSettings &s)
{
    return {
        QStringLiteral("# RouteStudio: L2TP/IPsec VPN %1 for user %2 (Windows 10/11 PowerShell)").arg(s.name, s.user),
        QStringLiteral("# Run as the user who connects (no elevation needed):"),
        QStringLiteral("#   powershell -ExecutionPolicy Bypass -File %1.ps1").arg(s.name),
        QStringLiteral("# Safe to run again: updates the connection and its routes in place."),
        QStringLiteral("# Connect: rasdial %1 %2 *   (asks for the password), or from the network menu.").arg(s.name, s.user),
        QStringLiteral("# This file holds the IPsec pre-shared key: keep it private."),
        QStringLiteral("[CmdletBinding()]"),
        QStringLiteral("param("),
        QStringLiteral("    # Error 809 when the VPN server sits behind NAT: sets"),
        QStringLiteral("    # HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent\\AssumeUDPEncapsulationContextOnSendRule = 2."),
        QStringLiteral("    # Caveats: needs an elevated (Administrator) prompt, takes effect only after"),
        QStringLiteral("    # a reboot, and applies to every L2TP/IPsec connection on this machine."),
        QStringLiteral("    [switch]$FixNatTraversal"),
        QStringLiteral(")"),
        QStringLiteral("$ErrorActionPreference = 'Stop'"),
        QString(),
    };
}

// The script of one connection; `pair` is the other server's settings when
// the profile has a backup hub (Windows keeps one server per connection).
QByteArray script(const ClientSettings &s, const ClientSettings *pair, bool isBackup)
{
    using ClientQuoting::powerShell;
    QStringList routes;
    for (const Ipv4Prefix &p : s.routes)
        routes << powerShell(p.toString());
    const QString split = s.fullTunnel ? QStringLiteral("$false") : QStringLiteral("$true");
    QStringList out = header(s);
    if (pair && !isBackup) {
        out << QStringLiteral("# Backup server %1: %2.ps1 makes connection %2; when rasdial %3 gets no "
                              "answer, rasdial %2.")
                   .arg(pair->gateway, pair->name, s.name);
    } else if (pair) {
        out << QStringLiteral("# The backup of connection %1 (server %2): dial it when %1 gets no answer.")
                   .arg(pair->name, pair->gateway);
    }
    out << QStringLiteral("$name = %1").arg(powerShell(s.name))
        << QStringLiteral("$server = %1").arg(powerShell(s.gateway))
        << QStringLiteral("$psk = %1").arg(powerShell(s.psk))
        << QStringLiteral("# %1").arg(s.fullTunnel ? QStringLiteral("Full tunnel: all traffic through the VPN")
                                                   : QStringLiteral("Split tunnel: only these prefixes through the VPN"))
        << QStringLiteral("$routes = @(%1)").arg(routes.join(QLatin1String(", ")))
        << QStringLiteral("# MTU: Windows sets no PPP MTU per connection; the hub clamps TCP MSS to %1.").arg(s.mss)
        << QString()
        << QStringLiteral("if ($FixNatTraversal) {")
        << QStringLiteral("    $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()")
        << QStringLiteral("    if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {")
        << QStringLiteral("        throw '-FixNatTraversal needs an elevated PowerShell (Run as Administrator).'")
        << QStringLiteral("    }")
        << QStringLiteral("    New-ItemProperty -Path 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent' `")
        << QStringLiteral("        -Name 'AssumeUDPEncapsulationContextOnSendRule' -PropertyType DWord -Value 2 -Force | Out-Null")
        << QStringLiteral("    Write-Warning 'NAT-T registry value set: reboot Windows before connecting.'")
        << QStringLiteral("}")
        << QString()
        << QStringLiteral("$settings = @{")
        << QStringLiteral("    Name                 = $name")
        << QStringLiteral("    ServerAddress        = $server")
        << QStringLiteral("    TunnelType           = 'L2tp'")
        << QStringLiteral("    L2tpPsk              = $psk")
        << QStringLiteral("    AuthenticationMethod = 'MSChapv2'")
        << QStringLiteral("    EncryptionLevel      = 'Required'")
        << QStringLiteral("    Force                = $true")
        << QStringLiteral("}")
        << QStringLiteral("if (Get-VpnConnection -Name $name -ErrorAction SilentlyContinue) {")
        << QStringLiteral("    Set-VpnConnection @settings -SplitTunneling %1").arg(split)
        << QStringLiteral("} else {")
        << QStringLiteral("    Add-VpnConnection @settings -SplitTunneling:%1 -RememberCredential").arg(split)
        << QStringLiteral("}")
        << QString()
        << QStringLiteral("# Routes are stored with the connection and re-applied on every connect.")
        << QStringLiteral("$present = @((Get-VpnConnection -Name $name).Routes | ForEach-Object { $_.DestinationPrefix })")
        << QStringLiteral("foreach ($prefix in $routes) {")
        << QStringLiteral("    if ($present -notcontains $prefix) {")
        << QStringLiteral("        Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix")
        << QStringLiteral("    }")
        << QStringLiteral("}")
        << QStringLiteral("foreach ($prefix in $present) {")
        << QStringLiteral("    if ($routes -notcontains $prefix) {")
        << QStringLiteral("        Remove-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix")
        << QStringLiteral("    }")
        << QStringLiteral("}")
        << QStringLiteral("Write-Output ('VPN connection ' + $name + ' is ready: rasdial ' + $name + ' ' + %1 + ' *')")
               .arg(powerShell(s.user))
        << QString();
    // CRLF: the native line ending of Windows PowerShell scripts.
    return out.join(QLatin1String("\r\n")).toUtf8();
}

} // namespace

QList<GeneratedFile> WindowsGenerator::generate(const GeneratorInput &input, const Profile &profile,
                                                const QString &user) const
{
    const ClientSettings s = ClientSettings::build(input, profile, user);
    const auto backup = ClientSettings::backup(input, profile, user);
    QList<GeneratedFile> files{{QStringLiteral("windows/%1.ps1").arg(s.name),
                                script(s, backup ? &*backup : nullptr, false), 0600}};
    if (backup)
        files.append({QStringLiteral("windows/%1.ps1").arg(backup->name), script(*backup, &s, true), 0600});
    return files;
}
