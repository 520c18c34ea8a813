#include "core/generators/sitegeneration.h"
#include "core/import/boxsourceloader.h"
#include "core/import/deploymentdiff.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QRegularExpression>
#include <QTest>
#include <algorithm>

// Issue 15 item 5: the files on the boxes against what RouteStudio generates
// from their import. The deployments are RouteStudio's own output, generated
// here (the generators change; a checked-in copy would go stale), then edited
// the way an admin edits a box.
namespace {

struct Deployment
{
    Topology topology;
    Secrets secrets;
    QList<SourceTree> trees;
};

// The boxes of `topology` as `generate` writes them, one tree per site; with
// `etcCopy` each box is a copy of /etc (paths without "etc/").
QList<SourceTree> boxes(const Topology &topology, const Secrets &secrets, bool etcCopy = false)
{
    const SiteGeneration gen = SiteGeneration::run(topology, secrets);
    if (!gen.ok)
        qFatal("the fixture does not generate");
    QList<SourceTree> trees;
    for (const Site &s : topology.sites) {
        SourceTree tree(s.id);
        QString error;
        for (const GeneratedFile &f : gen.filesBySite.value(s.id)) {
            QString path = f.path;
            if (etcCopy && !path.startsWith(QLatin1String("etc/")))
                continue;
            if (etcCopy)
                path = path.mid(4);
            if (!tree.add(path, f.content, &error, f.mode))
                qFatal("%s", qPrintable(error));
        }
        trees.append(tree);
    }
    return trees;
}

// A fixture topology's output imported once and generated again: what
// RouteStudio writes for the boxes it imported (the import keeps what the
// files carry; docs/import.md says what they do not).
// With `vendors` the hub is a RouterOS box and site-a a Cisco IOS one.
Deployment deployment(const QString &name, bool etcCopy = false, bool vendors = false)
{
    const QString base = QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/") + name;
    LoadError e;
    auto topology = TopologyReader::fromFile(base + QStringLiteral(".topology.json"), &e);
    const auto secrets = SecretsFile::fromFile(base + QStringLiteral(".secrets.json"), &e);
    if (!topology || !secrets)
        qFatal("%s", qPrintable(e.message));
    for (Site &s : topology->sites) {
        if (vendors && s.id == u"hq")
            s.platform = Platform::Mikrotik;
        if (vendors && s.id == u"site-a")
            s.platform = Platform::CiscoIos;
    }
    const ImportRun first = ImportRun::run(boxes(*topology, *secrets));
    return {first.topology, first.secrets, boxes(first.topology, first.secrets, etcCopy)};
}

SourceTree with(const SourceTree &tree, const QString &path, const QByteArray &bytes, int mode = -1)
{
    SourceTree out(tree.label());
    QString error;
    for (const QString &p : tree.paths()) {
        if (p != path && !out.add(p, tree.bytes(p), &error, tree.mode(p)))
            qFatal("%s", qPrintable(error));
    }
    if (!out.add(path, bytes, &error, mode))
        qFatal("%s", qPrintable(error));
    return out;
}

DeploymentDiff compare(const QList<SourceTree> &trees)
{
    const ImportRun run = ImportRun::run(trees);
    return DeploymentDiff::run(trees, run, run.topology, run.secrets);
}

const BoxComparison &box(const DeploymentDiff &d, const QString &label)
{
    for (const BoxComparison &b : d.boxes) {
        if (b.label == label)
            return b;
    }
    qFatal("no box %s", qPrintable(label));
}

} // namespace

class TestDeploymentDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownOutputShowsNoDifference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("etcCopy");
        QTest::newRow("three-gateways") << QStringLiteral("three-gateways") << false;
        QTest::newRow("adjacent-pool") << QStringLiteral("adjacent-pool") << false;
        QTest::newRow("three-gateways, copies of /etc") << QStringLiteral("three-gateways") << true;
    }

    void ownOutputShowsNoDifference()
    {
        QFETCH(QString, name);
        QFETCH(bool, etcCopy);
        Deployment dep = deployment(name, etcCopy);
        const QString hosts = etcCopy ? QStringLiteral("hosts") : QStringLiteral("etc/hosts");
        dep.trees[0] = with(dep.trees.at(0), hosts, "127.0.0.1 localhost\n");
        const DeploymentDiff d = compare(dep.trees);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.boxes.size(), dep.trees.size());
        for (const BoxComparison &b : d.boxes) {
            QStringList changed;
            for (const FileChange &f : b.changes.files)
                changed << f.path + u'\n' + f.diff;
            QVERIFY2(changed.isEmpty(), qPrintable(b.label + u' ' + changed.join(u'\n')));
            QCOMPARE(b.changes.id, b.label);
        }
        QCOMPARE(d.changedBoxes(), 0);
        // A box file RouteStudio does not write is listed as such, by its place on the box.
        QCOMPARE(d.boxes.at(0).notGenerated, QStringList{QStringLiteral("etc/hosts")});
        QCOMPARE(d.boxes.at(1).notGenerated, QStringList{});
    }

    void vendorOwnOutputShowsNoDifference()
    {
        // A RouterOS hub and an IOS gateway holding RouteStudio's own script and
        // snippet: compared as commands, nothing differs; the notes say how.
        const Deployment dep = deployment(QStringLiteral("three-gateways"), false, true);
        const DeploymentDiff d = compare(dep.trees);
        QVERIFY2(d.ok, qPrintable(d.error));
        for (const BoxComparison &b : d.boxes) {
            QStringList changed;
            for (const FileChange &f : b.changes.files)
                changed << f.path + u'\n' + f.diff;
            QVERIFY2(changed.isEmpty(), qPrintable(b.label + u' ' + changed.join(u'\n')));
        }
        const BoxComparison &hq = box(d, QStringLiteral("hq"));
        QCOMPARE(hq.notGenerated, QStringList{});
        QVERIFY2(hq.notes.value(0).startsWith(QLatin1String("mikrotik/hq.rsc compared with mikrotik/hq.rsc as RouterOS commands")),
                 qPrintable(hq.notes.join(u'\n')));
        QVERIFY(box(d, QStringLiteral("site-a")).notes.value(0).startsWith(
            QLatin1String("cisco-ios/site-a.cfg compared with cisco-ios/site-a.cfg as IOS commands")));
    }

    void vendorBoxesAgainstTheirExports()
    {
        // tests/data/import/diff: an export of the RouterOS hub and a running-config
        // of the IOS gateway, as the boxes print them (default export form with
        // continuations, arguments in another order, defaults left out; IOS blocks
        // with ! separators), with what an admin adds by hand: a default route, a
        // masquerade rule, other DPD timers, a bridge, the hostname.
        QString error;
        const auto trees = BoxSourceLoader::loadDeployment(QStringLiteral(ROUTESTUDIO_TEST_DATA "/import/diff"), &error);
        QVERIFY2(trees, qPrintable(error));
        const DeploymentDiff d = compare(*trees);
        QVERIFY2(d.ok, qPrintable(d.error));
        const auto changedLines = [](const BoxComparison &b) {
            QStringList out;
            for (const FileChange &f : b.changes.files)
                out += f.diff.split(u'\n').filter(QRegularExpression(QStringLiteral("\\A[-+][^-+]")));
            return out;
        };
        const BoxComparison &hq = box(d, QStringLiteral("hq"));
        QCOMPARE(hq.changes.files.size(), 1);
        QCOMPARE(hq.changes.files.at(0).path, QStringLiteral("mikrotik/hq.rsc"));
        QCOMPARE(changedLines(hq), (QStringList{QStringLiteral("-/ip firewall nat add action=masquerade chain=srcnat out-interface=ether1"),
                                                QStringLiteral("-/ip route add gateway=203.0.113.1")}));
        QCOMPARE(hq.notGenerated, QStringList{});
        QCOMPARE(hq.notes.value(1), QStringLiteral("not compared (RouteStudio writes none of these): interface bridge (1), "
                                                   "ip address (2), system identity (1)"));
        const BoxComparison &a = box(d, QStringLiteral("site-a"));
        QCOMPARE(changedLines(a), (QStringList{QStringLiteral("- dpd 10 3 periodic"), QStringLiteral("+ dpd 30 5 on-demand"),
                                               QStringLiteral("-ip route 0.0.0.0 0.0.0.0 198.51.100.1")}));
        QVERIFY2(a.notes.value(1).contains(QLatin1String("hostname (1), interface GigabitEthernet (2), line (1)")),
                 qPrintable(a.notes.join(u'\n')));
        QString all;
        for (const BoxComparison &b : d.boxes) {
            for (const FileChange &f : b.changes.files)
                all += f.diff;
        }
        QVERIFY(all.contains(QLatin1String("secret=\"<secret:psk/hq-site-a>\"")));
        QVERIFY(!all.contains(QLatin1String("test-only")));
        QCOMPARE(d.changedBoxes(), 2);
    }

    void vendorBoxWithoutItsConfiguration()
    {
        // The RouterOS hub's folder holds no export: RouteStudio's script is added whole.
        Deployment dep = deployment(QStringLiteral("three-gateways"), false, true);
        dep.trees[0] = SourceTree(QStringLiteral("hq"));
        QString error;
        QVERIFY(dep.trees[0].add(QStringLiteral("etc/hosts"), "127.0.0.1 localhost\n", &error));
        const ImportRun run = ImportRun::run(dep.trees);
        Topology topology = deployment(QStringLiteral("three-gateways"), false, true).topology;
        const DeploymentDiff d = DeploymentDiff::run(dep.trees, run, topology, deployment(QStringLiteral("three-gateways"), false, true).secrets);
        QVERIFY2(d.ok, qPrintable(d.error));
        const BoxComparison &hq = box(d, QStringLiteral("hq"));
        QCOMPARE(hq.changes.files.size(), 1);
        QCOMPARE(hq.changes.files.at(0).status, FileChange::Added);
        QVERIFY(hq.notes.value(0).startsWith(QLatin1String("no file of the box was read as a RouterOS export")));
    }

    void handEditIsExactlyThatHunk()
    {
        Deployment dep = deployment(QStringLiteral("three-gateways"));
        const QString file = QStringLiteral("etc/xl2tpd/xl2tpd.conf");
        QByteArray bytes = dep.trees.at(0).bytes(file);
        QVERIFY(bytes.contains("\nlength bit = yes\n"));
        bytes.replace("\nlength bit = yes\n", "\nlength bit = yes\nredial = yes\n");
        dep.trees[0] = with(dep.trees.at(0), file, bytes, 0644);
        const DeploymentDiff d = compare(dep.trees);
        QVERIFY2(d.ok, qPrintable(d.error));
        const BoxComparison &hq = box(d, QStringLiteral("hq"));
        QCOMPARE(hq.changes.files.size(), 1);
        const FileChange &c = hq.changes.files.constFirst();
        QCOMPARE(c.path, file);
        QCOMPARE(c.status, FileChange::Changed);
        // The box has the line, RouteStudio's file does not: one hunk, one line removed.
        const QStringList lines = c.diff.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("--- a/etc/xl2tpd/xl2tpd.conf"));
        QCOMPARE(lines.value(1), QStringLiteral("+++ b/etc/xl2tpd/xl2tpd.conf"));
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("\\A@@"))).size(), 1);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("\\A[-+][^-+]"))),
                 QStringList{QStringLiteral("-redial = yes")});
        QCOMPARE(d.changedBoxes(), 1);
    }

    void modeAndMissingFiles()
    {
        Deployment dep = deployment(QStringLiteral("three-gateways"));
        const QString chap = QStringLiteral("etc/ppp/chap-secrets");
        const QString nft = QStringLiteral("etc/nftables.d/routestudio.nft");
        SourceTree hq = with(dep.trees.at(0), chap, dep.trees.at(0).bytes(chap), 0644);
        SourceTree without(hq.label());
        QString error;
        for (const QString &p : hq.paths()) {
            if (p != nft)
                QVERIFY(without.add(p, hq.bytes(p), &error, hq.mode(p)));
        }
        dep.trees[0] = without;
        const DeploymentDiff d = compare(dep.trees);
        const BoxComparison &b = box(d, QStringLiteral("hq"));
        QCOMPARE(b.changes.files.size(), 2);
        const FileChange &mode = b.changes.files.at(0).path == chap ? b.changes.files.at(0) : b.changes.files.at(1);
        const FileChange &added = b.changes.files.at(0).path == nft ? b.changes.files.at(0) : b.changes.files.at(1);
        QCOMPARE(mode.status, FileChange::Changed);
        QCOMPARE(mode.oldMode, 0644);
        QCOMPARE(mode.newMode, 0600);
        QVERIFY(mode.diff.isEmpty());
        QCOMPARE(added.status, FileChange::Added);
        QVERIFY(added.diff.startsWith(QLatin1String("--- /dev/null\n+++ b/") + nft));
    }

    void secretsOnTheBoxAreMasked()
    {
        // A PSK no link uses, an EAP secret (hex) and a PPP password for another
        // server: the import models none of them, their lines differ from
        // RouteStudio's files, and still no value shows.
        Deployment dep = deployment(QStringLiteral("three-gateways"));
        const QString swanctl = QStringLiteral("etc/swanctl/conf.d/routestudio.conf");
        const QString chap = QStringLiteral("etc/ppp/chap-secrets");
        const QByteArray extra = "secrets {\n"
                                 "    ike-extra {\n        id = 192.0.2.99\n        secret = an-unused-secret-value\n    }\n"
                                 "    eap-carol {\n        id = carol\n        secret = 0x6561702d736563726574\n    }\n"
                                 "}\n";
        dep.trees[0] = with(dep.trees.at(0), swanctl, dep.trees.at(0).bytes(swanctl) + extra, 0600);
        dep.trees[0] = with(dep.trees.at(0), chap,
                            dep.trees.at(0).bytes(chap) + "eve other-server \"eve-ppp-password\" *\n", 0600);
        const DeploymentDiff d = compare(dep.trees);
        const BoxComparison &b = box(d, QStringLiteral("hq"));
        QCOMPARE(b.changes.files.size(), 2);
        QString diff;
        for (const FileChange &f : b.changes.files) {
            QVERIFY2(f.hidden.isEmpty(), qPrintable(f.path));
            diff += f.diff;
        }
        QVERIFY2(diff.contains(QLatin1String("-        secret = <secret:psk/hq-other-")), qPrintable(diff));
        QVERIFY2(diff.contains(QLatin1String("-eve other-server \"<secret:psk/hq-other-")), qPrintable(diff));
        QCOMPARE(diff.count(QLatin1String("<secret:psk/hq-other-")), 3);
        QVERIFY2(diff.contains(QLatin1String("secret = 0s<secret:psk/hq-site-b>")), qPrintable(diff)); // a known one keeps its name
        for (const char *value : {"an-unused-secret-value", "6561702d", "eap-secret", "eve-ppp-password"})
            QVERIFY2(!diff.contains(QLatin1String(value)), value);
        for (const QString &v : dep.secrets.psk)
            QVERIFY(!diff.contains(v));
    }

    void unreadSecretFileIsWithheld()
    {
        // With swanctl.conf defining the connections the import does not read
        // ipsec.secrets: its secrets are unknown, so its content is not shown.
        Deployment dep = deployment(QStringLiteral("three-gateways"));
        const QString file = QStringLiteral("etc/ipsec.secrets");
        QVERIFY(dep.trees.at(0).contains(QStringLiteral("etc/swanctl/conf.d/routestudio.conf")));
        dep.trees[0] = with(dep.trees.at(0), QStringLiteral("etc/swanctl/swanctl.conf"),
                            "include conf.d/*.conf\n", 0644);
        dep.trees[0] = with(dep.trees.at(0), file, "198.51.100.77 : PSK \"never-shown-value\"\n", 0600);
        const DeploymentDiff d = compare(dep.trees);
        const BoxComparison &b = box(d, QStringLiteral("hq"));
        const auto it = std::find_if(b.changes.files.cbegin(), b.changes.files.cend(),
                                     [&](const FileChange &f) { return f.path == file; });
        QVERIFY(it != b.changes.files.cend());
        QCOMPARE(it->hidden, QStringLiteral("secret"));
        QVERIFY(it->diff.isEmpty());
        QVERIFY(b.notGenerated.contains(QStringLiteral("etc/swanctl/swanctl.conf")));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentDiff)
#include "tst_deploymentdiff.moc"
