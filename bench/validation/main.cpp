// Times Validator::validate on a generated topology with N LAN prefixes
// (default 100,000): one hub with a client pool and two profiles, gateways with
// 100 LANs each, one link per gateway, and a few deliberate overlaps.
// Usage: bench-validation [PREFIXES] [RUNS]. Results: docs/findings.md.
#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace {

Ipv4Prefix prefix(quint32 address, int length) { return Ipv4Prefix(Ipv4Address(address), length); }

Topology generate(int prefixes, int *overlaps)
{
    Topology t;
    t.name = QStringLiteral("benchmark");
    Site hub;
    hub.id = QStringLiteral("hub");
    hub.name = QStringLiteral("Hub");
    hub.role = SiteRole::Hub;
    hub.publicAddress = QStringLiteral("203.0.113.1");
    hub.lans << prefix(0xac100000u, 16); // 172.16.0.0/16
    RemoteAccess ra;
    ra.pool = prefix(0xac110000u, 22); // 172.17.0.0/22
    ra.localAddress = Ipv4Address(0xac110001u);
    hub.remoteAccess = ra;
    t.sites << hub;

    const int perSite = 100;
    // LAN k is 10.0.0.0 + k * 64, a /26: 100,000 of them fill 10.0.0.0-10.97.167.255.
    for (int k = 0; k < prefixes; ++k) {
        if (k % perSite == 0) {
            Site g;
            g.id = QStringLiteral("gw-%1").arg(k / perSite);
            g.name = g.id;
            g.role = SiteRole::Gateway;
            g.publicAddress = QStringLiteral("gw-%1.example.net").arg(k / perSite);
            t.sites << g;
            Link l;
            l.id = QStringLiteral("hub-") + g.id;
            l.from = hub.id;
            l.to = g.id;
            l.secret = l.id;
            t.links << l;
        }
        t.sites.last().lans << prefix(0x0a000000u + quint32(k) * 64, 26);
    }
    // A few overlaps: every 100th gateway also claims the /24 that holds its
    // neighbour's first four /26 LANs (one container, four LANs inside: four findings).
    *overlaps = 0;
    for (int s = 1; s + 1 < t.sites.size(); s += 100) {
        t.sites[s].lans << prefix(t.sites[s + 1].lans.first().first(), 24);
        *overlaps += 4;
    }
    Profile staff;
    staff.id = QStringLiteral("staff");
    staff.hub = hub.id;
    staff.secret = QStringLiteral("hub-l2tp");
    for (int u = 0; u < 500; ++u)
        staff.users << QStringLiteral("user%1").arg(u);
    for (int s = 1; s < t.sites.size(); ++s)
        staff.routes << t.sites[s].lans.first();
    t.profiles << staff;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int prefixes = args.size() > 1 ? args[1].toInt() : 100000;
    const int runs = args.size() > 2 ? args[2].toInt() : 5;
    QTextStream out(stdout);
    if (prefixes < 200 || runs < 1) {
        QTextStream(stderr) << "usage: bench-validation [PREFIXES>=200] [RUNS>=1]\n";
        return 2;
    }
    int overlaps = 0;
    const Topology t = generate(prefixes, &overlaps);
    int total = 0;
    for (const Site &s : t.sites)
        total += int(s.lans.size()) + (s.remoteAccess ? 1 : 0);

    std::vector<qint64> times;
    QList<Finding> findings;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        findings = Validator::validate(t);
        times.push_back(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    int overlapFindings = 0;
    for (const Finding &f : findings)
        overlapFindings += f.code == QLatin1String("lan-overlap") ? 1 : 0;
    out << QStringLiteral("prefixes: %1 (LANs and pools) in %2 sites, %3 links, %4 profile routes\n")
               .arg(total)
               .arg(t.sites.size())
               .arg(t.links.size())
               .arg(t.profiles.first().routes.size());
    out << QStringLiteral("findings: %1 (lan-overlap: %2, planted: %3), errors: %4\n")
               .arg(findings.size())
               .arg(overlapFindings)
               .arg(overlaps)
               .arg(Validator::count(findings, Finding::Severity::Error));
    out << QStringLiteral("Validator::validate: median %1 ms, best %2 ms, worst %3 ms (%4 runs)\n")
               .arg(double(times[times.size() / 2]) / 1e6, 0, 'f', 1)
               .arg(double(times.front()) / 1e6, 0, 'f', 1)
               .arg(double(times.back()) / 1e6, 0, 'f', 1)
               .arg(runs);
    return overlapFindings == overlaps ? 0 : 1;
}
