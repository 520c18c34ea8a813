#include "core/generators/clients/macosgenerator.h"

#include "core/generators/clients/clientquoting.h"
#include "core/generators/clients/clientsettings.h"
#include "core/generators/clients/plistwriter.h"
#include "core/generators/common/targetsyntax.h"

namespace {

QString uuidText(const QUuid &u) { return u.toString(QUuid::WithoutBraces).toUpper(); }

QByteArray mobileconfig(const ClientSettings &s)
{
    const QString id = QStringLiteral("org.routestudio.%1.%2").arg(s.name, s.user);
    PlistWriter p;
    p.beginDict();
    p.beginArray(QStringLiteral("PayloadContent"));
    p.beginDict();
    p.beginDict(QStringLiteral("IPSec"));
    p.string(QStringLiteral("AuthenticationMethod"), QStringLiteral("SharedSecret"));
    p.string(QStringLiteral("LocalIdentifierType"), QStringLiteral("KeyID"));
    p.data(QStringLiteral("SharedSecret"), s.psk.toUtf8());
    p.endDict();
    p.beginDict(QStringLiteral("IPv4"));
    // 1 = send all traffic through the VPN (must be an integer, not a string).
    p.integer(QStringLiteral("OverridePrimary"), s.fullTunnel ? 1 : 0);
    p.endDict();
    p.beginDict(QStringLiteral("PPP"));
    p.string(QStringLiteral("AuthName"), s.user);
    p.string(QStringLiteral("AuthPassword"), s.password);
    p.string(QStringLiteral("CommRemoteAddress"), s.gateway);
    p.endDict();
    p.string(QStringLiteral("PayloadDescription"), QStringLiteral("L2TP/IPsec VPN %1").arg(s.name));
    p.string(QStringLiteral("PayloadDisplayName"), QStringLiteral("VPN %1").arg(s.name));
    p.string(QStringLiteral("PayloadIdentifier"), id + QStringLiteral(".vpn"));
    p.string(QStringLiteral("PayloadType"), QStringLiteral("com.apple.vpn.managed"));
    p.string(QStringLiteral("PayloadUUID"), uuidText(s.uuid(QStringLiteral("macos-vpn"))));
    p.integer(QStringLiteral("PayloadVersion"), 1);
    p.string(QStringLiteral("UserDefinedName"), s.name);
    p.string(QStringLiteral("VPNType"), QStringLiteral("L2TP"));
    p.endDict();
    p.endArray();
    p.string(QStringLiteral("PayloadDescription"),
             QStringLiteral("RouteStudio VPN profile %1 for %2").arg(s.name, s.user));
    p.string(QStringLiteral("PayloadDisplayName"), QStringLiteral("VPN %1 (%2)").arg(s.name, s.user));
    p.string(QStringLiteral("PayloadIdentifier"), id);
    p.boolean(QStringLiteral("PayloadRemovalDisallowed"), false);
    p.string(QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
    p.string(QStringLiteral("PayloadUUID"), uuidText(s.uuid(QStringLiteral("macos-profile"))));
    p.integer(QStringLiteral("PayloadVersion"), 1);
    p.endDict();
    return p.finish();
}

// Acts for the profile's servers only: the remote PPP address is theirs.
QByteArray ipUp(const ClientSettings &s, const ClientSettings *backup)
{
    const auto shell = TargetSyntax::shellQuote;
    QStringList nets;
    for (const Ipv4Prefix &p : s.routes)
        nets << shell(p.toString());
    const QStringList out{
        QStringLiteral("#!/bin/sh"),
        QStringLiteral("# RouteStudio: split-tunnel routes of VPN %1 (macOS pppd ip-up).").arg(s.name),
        QStringLiteral("# Install: sudo install -m 0755 ip-up /etc/ppp/ip-up (replaces an existing one)."),
        QStringLiteral("# pppd runs it as: ip-up interface tty speed local-ip remote-ip ipparam."),
        QStringLiteral("# It acts only for this VPN: the remote PPP address is its server's, %1.")
            .arg(backup ? s.serverPppAddress.toString() + QStringLiteral(" or the backup's ")
                              + backup->serverPppAddress.toString()
                        : s.serverPppAddress.toString()),
        backup ? QStringLiteral("case \"${5:-}\" in %1|%2) ;; *) exit 0 ;; esac")
                     .arg(shell(s.serverPppAddress.toString()),
                          shell(backup->serverPppAddress.toString()))
               : QStringLiteral("[ \"${5:-}\" = %1 ] || exit 0").arg(shell(s.serverPppAddress.toString())),
        QStringLiteral("status=0"),
        QStringLiteral("for net in %1; do").arg(nets.join(QLatin1Char(' '))),
        QStringLiteral("    if ! route -n add -net \"$net\" -interface \"$1\" >/dev/null 2>&1 &&"),
        QStringLiteral("        ! route -n change -net \"$net\" -interface \"$1\" >/dev/null 2>&1; then"),
        QStringLiteral("        logger -t routestudio \"ip-up: cannot route $net via $1\""),
        QStringLiteral("        status=1"),
        QStringLiteral("    fi"),
        QStringLiteral("done"),
        QStringLiteral("exit \"$status\""),
        QString(),
    };
    return out.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

QList<GeneratedFile> MacosGenerator::generate(const GeneratorInput &input, const Profile &profile,
                                              const QString &user) const
{
    const ClientSettings s = ClientSettings::build(input, profile, user);
    const auto backup = ClientSettings::backup(input, profile, user);
    QList<GeneratedFile> files{
        {QStringLiteral("macos/%1.mobileconfig").arg(s.name), mobileconfig(s), 0600}};
    if (backup) // a second VPN service: macOS keeps one server per service
        files.append({QStringLiteral("macos/%1.mobileconfig").arg(backup->name), mobileconfig(*backup), 0600});
    if (!s.routes.isEmpty())
        files.append({QStringLiteral("macos/ip-up"), ipUp(s, backup ? &*backup : nullptr), 0755});
    return files;
}
