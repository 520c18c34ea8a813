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

// One server's connection: its settings, NetworkManager form and secrets file.
struct Server
{
    ClientSettings settings;
    NetworkManagerProfile nm;
    QString secretsFile;
};

Server server(const ClientSettings &s)
{
    return {s, NetworkManagerProfile(s), QStringLiteral("%1-%2.secrets").arg(s.name, s.user)};
}

// Creates or updates the connection named by shell variable `var`.
QStringList ensure(const Server &sv, const QString &var)
{
    return {
        QStringLiteral("if exists \"$%1\"; then").arg(var),
        QStringLiteral("    nmcli connection modify id \"$%1\" \\\n    %2")
            .arg(var, shellWords(sv.nm.nmcliProperties(true))),
        QStringLiteral("else"),
        QStringLiteral("    nmcli connection add type vpn con-name \"$%1\" vpn-type l2tp \\\n    %2")
            .arg(var, shellWords(sv.nm.nmcliProperties())),
        QStringLiteral("fi"),
    };
}

// connect.sh: with a backup server, both connections are made and `up` tries
// the primary first, then the backup, and says which one answered.
QByteArray script(const Server &primary, const std::optional<Server> &backup)
{
    const auto shell = TargetSyntax::shellQuote;
    const ClientSettings &s = primary.settings;
    QStringList out{
        QStringLiteral("#!/bin/sh"),
        QStringLiteral("# RouteStudio: NetworkManager-l2tp connection %1 for user %2 (nmcli).").arg(s.name, s.user),
        QStringLiteral("# Creates or updates the connection, then brings it up. The password and the"),
        QStringLiteral("# PSK go to nmcli through the passwd-file beside this script, never as arguments."),
    };
    if (backup) {
        out << QStringLiteral("# Backup server: connection %1 (%2) is brought up when %3 (%4) does not answer.")
                   .arg(backup->settings.name, backup->settings.gateway, s.name, s.gateway);
    }
    out << QStringLiteral("# Needs: network-manager-l2tp. Usage: sh connect.sh [up|down|remove]")
        << QStringLiteral("set -eu") << QString()
        << QStringLiteral("name=%1").arg(shell(s.name));
    if (backup)
        out << QStringLiteral("backup=%1").arg(shell(backup->settings.name));
    out << QStringLiteral("here=$(CDPATH= cd -- \"$(dirname -- \"$0\")\" && pwd)")
        << QStringLiteral("secrets=\"$here\"/%1").arg(shell(primary.secretsFile));
    if (backup)
        out << QStringLiteral("backup_secrets=\"$here\"/%1").arg(shell(backup->secretsFile));
    const QString all = backup ? QStringLiteral("\"$name\" \"$backup\"") : QStringLiteral("\"$name\"");
    out << QString() << QStringLiteral("exists() {")
        << QStringLiteral("    nmcli -g NAME connection show | grep -qxF -- \"$1\"")
        << QStringLiteral("}") << QString()
        << QStringLiteral("case \"${1:-up}\" in") << QStringLiteral("down)");
    if (backup) {
        out << QStringLiteral("    for c in %1; do").arg(all)
            << QStringLiteral("        if nmcli -g NAME connection show --active | grep -qxF -- \"$c\"; then")
            << QStringLiteral("            nmcli connection down id \"$c\"")
            << QStringLiteral("        fi")
            << QStringLiteral("    done");
    } else {
        out << QStringLiteral("    nmcli connection down id \"$name\"");
    }
    out << QStringLiteral("    exit 0 ;;") << QStringLiteral("remove)")
        << QStringLiteral("    for c in %1; do").arg(all)
        << QStringLiteral("        if exists \"$c\"; then nmcli connection delete id \"$c\"; fi")
        << QStringLiteral("    done")
        << QStringLiteral("    exit 0 ;;") << QStringLiteral("up) ;;") << QStringLiteral("*)")
        << QStringLiteral("    echo \"usage: $0 [up|down|remove]\" >&2")
        << QStringLiteral("    exit 2 ;;") << QStringLiteral("esac") << QString()
        << QStringLiteral("# %1: %2, PPP MTU %3")
               .arg(s.fullTunnel ? QStringLiteral("full tunnel") : QStringLiteral("split tunnel"),
                    s.fullTunnel ? QStringLiteral("default route through the VPN")
                                 : QStringLiteral("only the listed routes through the VPN"))
               .arg(s.mtu)
        << ensure(primary, QStringLiteral("name"));
    if (!backup) {
        out << QStringLiteral("nmcli connection up id \"$name\" passwd-file \"$secrets\"") << QString();
        return out.join(QLatin1Char('\n')).toUtf8();
    }
    out << ensure(*backup, QStringLiteral("backup"))
        << QStringLiteral("if nmcli connection up id \"$name\" passwd-file \"$secrets\"; then")
        << QStringLiteral("    exit 0")
        << QStringLiteral("fi")
        << QStringLiteral("echo \"connect.sh: %1 did not answer; trying the backup server %2\" >&2")
               .arg(s.gateway, backup->settings.gateway)
        << QStringLiteral("nmcli connection up id \"$backup\" passwd-file \"$backup_secrets\"")
        << QString();
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

QList<GeneratedFile> NetworkManagerGenerator::generate(const GeneratorInput &input,
                                                       const Profile &profile,
                                                       const QString &user) const
{
    const Server primary = server(ClientSettings::build(input, profile, user));
    std::optional<Server> backup;
    if (const auto b = ClientSettings::backup(input, profile, user))
        backup = server(*b);
    QList<GeneratedFile> files;
    for (const Server *sv : {&primary, backup ? &*backup : static_cast<const Server *>(nullptr)}) {
        if (!sv)
            continue;
        const QString base = QStringLiteral("%1-%2").arg(sv->settings.name, sv->settings.user);
        files.append({QStringLiteral("networkmanager/%1.nmconnection").arg(base), sv->nm.keyfile(), 0600});
        files.append({QStringLiteral("networkmanager/") + sv->secretsFile, sv->nm.passwdFile(), 0600});
    }
    files.append({QStringLiteral("networkmanager/connect.sh"), script(primary, backup), 0755});
    return files;
}
