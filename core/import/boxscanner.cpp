#include "core/import/boxscanner.h"

#include "core/import/chapsecretsparser.h"
#include "core/import/ipsecconffacts.h"
#include "core/import/ipsecconfparser.h"
#include "core/import/iosconfigparser.h"
#include "core/import/iosfacts.h"
#include "core/import/ipsecsecretsparser.h"
#include "core/import/mikrotikfacts.h"
#include "core/import/pfsensefacts.h"
#include "core/import/routerosparser.h"
#include "core/import/pppfacts.h"
#include "core/import/routeevidence.h"
#include "core/import/routescriptparser.h"
#include "core/import/settingsparser.h"
#include "core/import/swanctlfacts.h"
#include "core/import/textsource.h"
#include "core/import/xl2tpdparser.h"

namespace {

QString baseName(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

bool isSwanctlEntry(const QString &p)
{
    return baseName(p) == u"swanctl.conf";
}

bool isSwanctlDropIn(const QString &p)
{
    return (p.startsWith(QLatin1String("swanctl/conf.d/")) || p.contains(QLatin1String("/swanctl/conf.d/")))
           && p.endsWith(QLatin1String(".conf")) && !p.mid(p.indexOf(QLatin1String("conf.d/")) + 7).contains(u'/');
}

bool isRouteScript(const QString &p)
{
    return p.contains(QLatin1String("ppp/ip-up")) || p.contains(QLatin1String("ppp/ip-down"));
}

std::optional<QString> text(const SourceTree &tree, const QString &file, ImportLog &log)
{
    SourcePlace where;
    QString why;
    auto t = TextSource::decode(tree.bytes(file), file, &where, &why);
    if (!t)
        log.error(where, why);
    return t;
}

// A RouterOS script or export: "*.rsc", or a file that starts as /export's do
// ("# 2026-01-02 10:00:00 by RouterOS 7.16").
bool isRouterOs(const SourceTree &tree, const QString &p)
{
    if (p.endsWith(QLatin1String(".rsc")))
        return true;
    const QByteArray head = tree.bytes(p).left(200);
    const QByteArray first = head.left(head.indexOf('\n'));
    return first.startsWith("# ") && first.contains(" by RouterOS ");
}

// A Cisco IOS configuration (show running-config, startup-config, RouteStudio's
// own .cfg): by its name or the command's header, and an IOS command at the
// start of a line.
bool isCiscoIos(const SourceTree &tree, const QString &p)
{
    const QByteArray head = tree.bytes(p).left(4096);
    const bool named = p.endsWith(QLatin1String(".cfg")) || p.endsWith(QLatin1String(".ios"))
                       || p.endsWith(QLatin1String("running-config")) || p.endsWith(QLatin1String("startup-config"))
                       || p.endsWith(QLatin1String("-confg"));
    if (!named && !head.startsWith("Building configuration...") && !head.contains("\nCurrent configuration :"))
        return false;
    for (const char *c : {"\ninterface ", "\ncrypto ", "\nhostname ", "\nip route ", "\nversion ", "\nvpdn-group "}) {
        if (head.contains(c) || head.startsWith(QByteArray(c + 1)))
            return true;
    }
    return false;
}

// A pfSense configuration: an .xml file whose root element is <pfsense>.
bool isPfsense(const SourceTree &tree, const QString &p)
{
    return p.endsWith(QLatin1String(".xml")) && tree.bytes(p).left(4096).contains("<pfsense>");
}

void mark(BoxScan &scan, const QStringList &files, const QString &format)
{
    for (const QString &f : files)
        scan.formats.insert(f, format);
}

} // namespace

QString BoxScan::formatNames()
{
    return QStringLiteral("strongSwan swanctl.conf, ipsec.conf and ipsec.secrets, xl2tpd.conf, pppd "
                          "options, chap-secrets, ip-up route scripts, MikroTik RouterOS exports, Cisco IOS "
                          "running-config, pfSense config.xml, ip [-json] route output (as evidence)");
}

BoxScan BoxScan::run(const SourceTree &tree)
{
    BoxScan scan;
    scan.facts.label = tree.label();
    ImportLog &log = scan.log;
    const QStringList paths = tree.paths();

    // swanctl.conf, or its conf.d drop-ins when there is no swanctl.conf.
    SettingsParser settings(tree, log);
    SettingsSection root;
    QStringList entries;
    for (const QString &p : paths) {
        if (isSwanctlEntry(p))
            entries.append(p);
    }
    if (entries.isEmpty()) {
        for (const QString &p : paths) {
            if (isSwanctlDropIn(p))
                entries.append(p);
        }
    }
    for (const QString &e : entries)
        settings.parseFile(e, root);
    mark(scan, settings.filesRead(), QStringLiteral("swanctl.conf"));
    SwanctlFacts::read(root, &scan.facts, log);
    const bool swanctlConnections = !scan.facts.tunnels.isEmpty();

    for (const QString &p : paths) {
        if (baseName(p) == u"ipsec.conf" || baseName(p) == u"ipsec.secrets") {
            const bool conf = baseName(p) == u"ipsec.conf";
            if (swanctlConnections) {
                scan.formats.insert(p, QStringLiteral("not read: swanctl.conf defines this box's connections; %1 is the legacy alternative")
                                           .arg(baseName(p)));
                log.notRepresented({p, 0}, baseName(p), QStringLiteral("swanctl.conf defines this box's connections (install one of the two, not both)"));
                continue;
            }
            if (conf) {
                IpsecConfParser parser(tree, log);
                IpsecConfFacts::readConns(parser.parseFile(p), &scan.facts, log);
                mark(scan, parser.filesRead(), QStringLiteral("ipsec.conf"));
            } else {
                IpsecSecretsParser parser(tree, log);
                IpsecConfFacts::readSecrets(parser.parseFile(p), &scan.facts, log);
                mark(scan, parser.filesRead(), QStringLiteral("ipsec.secrets"));
            }
        }
    }
    QStringList options;
    for (const QString &p : paths) {
        if (baseName(p) == u"xl2tpd.conf") {
            if (const auto t = text(tree, p, log))
                PppFacts::readXl2tpd(Xl2tpdParser::parse(*t, p, log), tree, &scan.facts, log, &options);
            scan.formats.insert(p, QStringLiteral("xl2tpd.conf"));
        } else if (baseName(p) == u"chap-secrets") {
            if (const auto t = text(tree, p, log))
                scan.facts.chap += ChapSecretsParser::parse(*t, p, log);
            scan.formats.insert(p, QStringLiteral("chap-secrets"));
        } else if (RouteEvidence::isRouteOutput(p) && !isRouteScript(p)) {
            if (const auto t = text(tree, p, log))
                scan.facts.routesOnBox += RouteEvidence::read(t->toUtf8(), p, log);
            scan.formats.insert(p, tree.bytes(p).trimmed().startsWith('[') ? QStringLiteral("ip -json route output (evidence)")
                                                                           : QStringLiteral("ip route output (evidence)"));
        } else if (isRouteScript(p)) {
            if (const auto t = text(tree, p, log))
                scan.facts.routes += RouteScriptParser::parse(*t, p, log);
            scan.formats.insert(p, QStringLiteral("route script (ip route commands only)"));
        }
    }
    mark(scan, options, QStringLiteral("pppd options"));
    // Whole-box formats: every file of the format is parsed, then read as one box.
    const auto wholeBox = [&](auto isFormat, auto parse, auto read, const QString &format) {
        QList<typename decltype(parse(QString(), QString()))::value_type> items;
        QStringList files;
        for (const QString &p : paths) {
            if (!scan.formats.contains(p) && isFormat(tree, p)) {
                if (const auto t = text(tree, p, log))
                    items += parse(*t, p);
                files << p;
            }
        }
        if (!files.isEmpty()) {
            read(items, &scan.facts, log);
            mark(scan, files, format);
        }
    };
    wholeBox(isRouterOs, [&](const QString &t, const QString &p) { return RouterOsParser::parse(t, p, log); },
             MikrotikFacts::read, QStringLiteral("RouterOS export"));
    for (const QString &p : paths) {
        if (scan.formats.contains(p) || !isPfsense(tree, p))
            continue;
        if (const auto t = text(tree, p, log)) {
            if (const auto root = XmlNodeReader::read(*t, p, log))
                PfsenseFacts::read(*root, &scan.facts, log);
        }
        scan.formats.insert(p, QStringLiteral("pfSense config.xml"));
    }
    wholeBox(isCiscoIos, [&](const QString &t, const QString &p) { return IosConfigParser::parse(t, p, log); },
             IosFacts::read, QStringLiteral("Cisco IOS configuration"));
    for (auto it = tree.skipped().cbegin(); it != tree.skipped().cend(); ++it) {
        scan.formats.insert(it.key(), it.value());
        log.notRepresented({it.key(), 0}, baseName(it.key()), it.value());
    }
    for (const QString &p : paths) {
        if (!scan.formats.contains(p)) {
            scan.formats.insert(p, QStringLiteral("not read: not a format this import reads"));
            log.notRepresented({p, 0}, baseName(p), QStringLiteral("not a format this import reads"));
        }
    }
    return scan;
}
