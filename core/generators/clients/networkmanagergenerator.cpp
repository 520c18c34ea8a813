#include "core/generators/clients/networkmanagergenerator.h"

#include "core/generators/clients/clientsettings.h"
#include "core/generators/clients/networkmanagerprofile.h"
#include "core/generators/common/targetsyntax.h"

namespace {

// Property/value pairs, one pair a line.
QString shellWords(const QStringList &words)
{
    QStringList out;
    for (int i = 0; i + 1 < words.size(); i += 2)
        out << TargetSyntax::shellQuote(words[i]) + QLatin1Char(' ') + TargetSyntax::shellQuote(words[i + 1]);
    return out.join(QLatin1String(" \\\n    "));
}

QByteArray script(const ClientSettings &s, const NetworkManagerProfile &nm, const QString &secretsFile)
{
    const auto shell = TargetSyntax::shellQuote;
    QStringList out{
        QStringLiteral("#!/bin/sh"),
        QStringLiteral("# RouteStudio: NetworkManager-l2tp connection %1 for user %2 (nmcli).").arg(s.name, s.user),
        QStringLiteral("# Creates or updates the connection, then brings it up. The password and the"),
        QStringLiteral("# PSK go to nmcli through the passwd-file beside this script, never as arguments."),
        QStringLiteral("# Needs: network-manager-l2tp. Usage: sh connect.sh [up|down|remove]"),
        QStringLiteral("set -eu"),
        QString(),
        QStringLiteral("name=%1").arg(shell(s.name)),
        QStringLiteral("here=$(CDPATH= cd -- \"$(dirname -- \"$0\")\" && pwd)"),
        QStringLiteral("secrets=\"$here\"/%1").arg(shell(secretsFile)),
        QString(),
        QStringLiteral("exists() {"),
        QStringLiteral("    nmcli -g NAME connection show | grep -qxF -- \"$name\""),
        QStringLiteral("}"),
        QString(),
        QStringLiteral("case \"${1:-up}\" in"),
        QStringLiteral("down)"),
        QStringLiteral("    nmcli connection down id \"$name\""),
        QStringLiteral("    exit 0 ;;"),
        QStringLiteral("remove)"),
        QStringLiteral("    if exists; then nmcli connection delete id \"$name\"; fi"),
        QStringLiteral("    exit 0 ;;"),
        QStringLiteral("up) ;;"),
        QStringLiteral("*)"),
        QStringLiteral("    echo \"usage: $0 [up|down|remove]\" >&2"),
        QStringLiteral("    exit 2 ;;"),
        QStringLiteral("esac"),
        QString(),
        QStringLiteral("# %1: %2, PPP MTU %3")
            .arg(s.fullTunnel ? QStringLiteral("full tunnel") : QStringLiteral("split tunnel"),
                 s.fullTunnel ? QStringLiteral("default route through the VPN")
                              : QStringLiteral("only the listed routes through the VPN"))
            .arg(s.mtu),
        QStringLiteral("if exists; then"),
        QStringLiteral("    nmcli connection modify id \"$name\" \\\n    %1").arg(shellWords(nm.nmcliProperties(true))),
        QStringLiteral("else"),
        QStringLiteral("    nmcli connection add type vpn con-name \"$name\" vpn-type l2tp \\\n    %1")
            .arg(shellWords(nm.nmcliProperties())),
        QStringLiteral("fi"),
        QStringLiteral("nmcli connection up id \"$name\" passwd-file \"$secrets\""),
        QString(),
    };
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

QList<GeneratedFile> NetworkManagerGenerator::generate(const GeneratorInput &input,
                                                       const Profile &profile,
                                                       const QString &user) const
{
    const ClientSettings s = ClientSettings::build(input, profile, user);
    const NetworkManagerProfile nm(s);
    const QString base = QStringLiteral("%1-%2").arg(s.profile, s.user);
    const QString secretsFile = base + QStringLiteral(".secrets");
    return {
        {QStringLiteral("networkmanager/%1.nmconnection").arg(base), nm.keyfile(), 0600},
        {QStringLiteral("networkmanager/") + secretsFile, nm.passwdFile(), 0600},
        {QStringLiteral("networkmanager/connect.sh"), script(s, nm, secretsFile), 0755},
    };
}
