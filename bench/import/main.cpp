// Times routestudio-cli import's core (ImportRun::run) on RouteStudio's own
// output for a star of N Linux gateways around one hub with remote access, after
// the same for N/2, and prints seconds, input size and peak memory (of the whole
// process, generation included). The input grows with N squared (each gateway's
// selectors and routes list every other gateway's LAN): the default N = 220 is
// about 50 MB. Usage: bench-import [GATEWAYS]. Results: docs/import.md, "Scale".
// `bench-import --format routeros|ios|pfsense|ip-route [MB]` imports MB (default
// 50) of that format instead (VendorInput) and prints the time of the import and
// its report, and the peak memory above what the input itself took;
// `... MB --write DIR` writes the boxes as folders instead.
#include "bench/import/vendorinput.h"
#include "core/generators/sitegeneration.h"
#include "core/import/importreport.h"
#include "core/import/importrun.h"
#include "core/model/secretgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

namespace {

Topology star(int gateways)
{
    Topology t;
    t.name = QStringLiteral("import benchmark");
    Site hub;
    hub.id = QStringLiteral("hub");
    hub.name = QStringLiteral("Hub");
    hub.role = SiteRole::Hub;
    hub.publicAddress = QStringLiteral("203.0.113.1");
    hub.lans << Ipv4Prefix(Ipv4Address(0xac100000u), 16); // 172.16.0.0/16
    hub.remoteAccess = RemoteAccess{Ipv4Prefix(Ipv4Address(0xac110000u), 22), Ipv4Address(0xac110001u), {}, {}};
    t.sites << hub;
    for (int k = 0; k < gateways; ++k) {
        Site g;
        g.id = QStringLiteral("gw-%1").arg(k);
        g.name = g.id;
        g.publicAddress = QStringLiteral("gw-%1.example.net").arg(k);
        g.lans << Ipv4Prefix(Ipv4Address(0x0a000000u + quint32(k) * 256), 24); // 10.x.y.0/24
        t.sites << g;
        Link l;
        l.id = QStringLiteral("hub-") + g.id;
        l.from = hub.id;
        l.to = g.id;
        l.transport = k % 10 == 0 ? Transport::L2tp : Transport::Ipsec;
        l.ike = k % 3 == 0 ? IkeVersion::Ikev1 : IkeVersion::Ikev2;
        l.secret = l.id;
        t.links << l;
    }
    Profile p;
    p.id = QStringLiteral("staff");
    p.hub = hub.id;
    p.secret = QStringLiteral("hub-l2tp");
    for (int u = 0; u < 200; ++u)
        p.users << QStringLiteral("user%1").arg(u);
    t.profiles << p;
    return t;
}

long peakKiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

void measure(int gateways, QTextStream &out)
{
    const Topology t = star(gateways);
    Secrets secrets;
    SecretGenerator::fillMissing(t, &secrets);
    const SiteGeneration gen = SiteGeneration::run(t, secrets);
    if (!gen.ok) {
        out << "generation failed: " << gen.findings.value(0).message << Qt::endl;
        return;
    }
    QList<SourceTree> trees;
    qint64 bytes = 0;
    for (auto it = gen.filesBySite.cbegin(); it != gen.filesBySite.cend(); ++it) {
        SourceTree tree(it.key());
        QString error;
        for (const GeneratedFile &f : it.value()) {
            tree.add(f.path, f.content, &error);
            bytes += f.content.size();
        }
        trees.append(tree);
    }
    QElapsedTimer timer;
    timer.start();
    const ImportRun run = ImportRun::run(trees);
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("%1 gateways: %2 boxes, %3 MB in, %4 s (%5 MB/s), %6 sites and %7 links out, peak RSS %8 MB")
               .arg(gateways)
               .arg(trees.size())
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(seconds, 0, 'f', 2)
               .arg(bytes / 1e6 / seconds, 0, 'f', 0)
               .arg(run.topology.sites.size())
               .arg(run.topology.links.size())
               .arg(peakKiB() / 1024)
        << Qt::endl;
}

// The boxes as folders under `dir` (for timing `routestudio-cli import` on them).
bool write(const QList<SourceTree> &trees, const QString &dir, QTextStream &out)
{
    for (const SourceTree &t : trees) {
        for (const QString &p : t.paths()) {
            QFile f(dir + u'/' + t.label() + u'/' + p);
            if (!QDir().mkpath(QFileInfo(f).path()) || !f.open(QIODevice::WriteOnly) || f.write(t.bytes(p)) != t.bytes(p).size()) {
                out << "cannot write " << f.fileName() << Qt::endl;
                return false;
            }
        }
    }
    out << "wrote " << trees.size() << " box(es) under " << dir << Qt::endl;
    return true;
}

int measureFormat(const QString &format, int megabytes, const QString &writeTo, QTextStream &out)
{
    const QList<SourceTree> trees = VendorInput::make(format, megabytes);
    if (trees.isEmpty()) {
        out << "unknown format " << format << " (routeros, ios, pfsense, ip-route)" << Qt::endl;
        return 2;
    }
    if (!writeTo.isEmpty())
        return write(trees, writeTo, out) ? 0 : 1;
    qint64 bytes = 0;
    int files = 0;
    for (const SourceTree &t : trees) {
        for (const QString &p : t.paths()) {
            bytes += t.bytes(p).size();
            ++files;
        }
    }
    const long before = peakKiB();
    QElapsedTimer timer;
    timer.start();
    const ImportRun run = ImportRun::run(trees);
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const QString report = ImportReport::text(run);
    const double seconds = timer.nsecsElapsed() / 1e9;
    qsizetype notes = 0;
    for (const BoxScan &b : run.boxes)
        notes += b.log.notes().size();
    out << QStringLiteral("%1: %2 box(es), %3 files, %4 MB in; import %5 s, with the report %6 s (%7 MB/s); "
                          "%8 notes, %9 sites, %10 links; peak RSS %11 MB (input alone %12 MB)")
               .arg(format)
               .arg(trees.size())
               .arg(files)
               .arg(bytes / 1e6, 0, 'f', 1)
               .arg(importSeconds, 0, 'f', 2)
               .arg(seconds, 0, 'f', 2)
               .arg(bytes / 1e6 / seconds, 0, 'f', 0)
               .arg(notes)
               .arg(run.topology.sites.size())
               .arg(run.topology.links.size())
               .arg(peakKiB() / 1024)
               .arg(before / 1024)
        << Qt::endl;
    return run.hasErrors() ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().value(1) == u"--format")
        return measureFormat(app.arguments().value(2), app.arguments().value(3, QStringLiteral("50")).toInt(),
                             app.arguments().value(4) == u"--write" ? app.arguments().value(5) : QString(), out);
    const int gateways = app.arguments().value(1, QStringLiteral("220")).toInt();
    measure(gateways / 2, out);
    measure(gateways, out);
    return 0;
}
