#include "core/bundle/secretforms.h"
#include "core/diff/topologydiff.h"
#include "core/io/exampletopology.h"
#include "core/net/ipv4prefix.h"

#include <QRegularExpression>
#include <QTest>

namespace {

// The seed with a MikroTik gateway, so a real generator writes site-a's files.
Topology base()
{
    Topology t = ExampleTopology::topology();
    t.sites[1].platform = Platform::Mikrotik;
    return t;
}

const BoxChanges *box(const TopologyDiff &d, const QString &kind, const QString &id)
{
    for (const BoxChanges &b : d.boxes) {
        if (b.kind == kind && b.id == id)
            return &b;
    }
    return nullptr;
}

void verifyNoSecrets(const TopologyDiff &d, const Secrets &secrets)
{
    for (const BoxChanges &b : d.boxes) {
        for (const FileChange &f : b.files) {
            for (const NamedSecret &s : SecretForms::all(secrets))
                QVERIFY2(!SecretForms::occursIn(f.diff.toUtf8(), s.value),
                         qPrintable(s.label + QStringLiteral(" in ") + f.path));
        }
    }
}

} // namespace

class TestTopologyDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTopologyChangesNothing()
    {
        const Topology t = base();
        const Secrets s = ExampleTopology::freshSecrets(t);
        const TopologyDiff d = TopologyDiff::run(t, t, s);
        QVERIFY2(d.ok, qPrintable(d.error));
        QCOMPARE(d.boxes.size(), 4); // hq, site-a, staff/alice, staff/bob
        QCOMPARE(d.changedBoxes(), 0);
    }

    void newHubLanChangesTheGateway()
    {
        const Topology oldT = base();
        Topology newT = oldT;
        // Not 10.11.0.0/16: with 10.10.0.0/16 that would be routed as one 10.10.0.0/15.
        newT.sites[0].lans.append(*Ipv4Prefix::parse(u"10.12.0.0/16"));
        const Secrets s = ExampleTopology::freshSecrets(oldT);
        const TopologyDiff d = TopologyDiff::run(oldT, newT, s);
        QVERIFY2(d.ok, qPrintable(d.error));
        const BoxChanges *gw = box(d, QStringLiteral("site"), QStringLiteral("site-a"));
        QVERIFY(gw);
        QCOMPARE(gw->status, BoxChanges::Kept);
        QVERIFY(!gw->files.isEmpty());
        bool routeShown = false;
        for (const FileChange &f : gw->files) {
            QCOMPARE(f.status, FileChange::Changed);
            // an added line (IPsec policy, route) for the new LAN
            routeShown = routeShown
                         || f.diff.contains(QRegularExpression(QStringLiteral("\n\\+[^\n]*10\\.12\\.0\\.0/16")));
            QVERIFY2(f.diff.contains(QStringLiteral("<secret:psk/hq-site-a>")) || !f.diff.contains(QStringLiteral("secret=")),
                     qPrintable(f.diff));
        }
        QVERIFY(routeShown);
        verifyNoSecrets(d, s);
    }

    void addedAndRemovedBoxes()
    {
        const Topology oldT = base();
        Topology newT = oldT;
        newT.sites[1].id = QStringLiteral("site-b");
        newT.links[0].to = QStringLiteral("site-b");
        newT.layout.clear();
        const Secrets s = ExampleTopology::freshSecrets(oldT);
        const TopologyDiff d = TopologyDiff::run(oldT, newT, s);
        QVERIFY2(d.ok, qPrintable(d.error));
        const BoxChanges *gone = box(d, QStringLiteral("site"), QStringLiteral("site-a"));
        const BoxChanges *added = box(d, QStringLiteral("site"), QStringLiteral("site-b"));
        QVERIFY(gone && added);
        QCOMPARE(gone->status, BoxChanges::Removed);
        QCOMPARE(added->status, BoxChanges::Added);
        QVERIFY(!added->files.isEmpty());
        for (const FileChange &f : added->files)
            QCOMPARE(f.status, FileChange::Added);
        for (const FileChange &f : gone->files)
            QCOMPARE(f.status, FileChange::Removed);
        verifyNoSecrets(d, s);
    }

    void invalidNewTopologyIsRefused()
    {
        const Topology oldT = base();
        Topology newT = oldT;
        newT.sites[1].lans = newT.sites[0].lans; // LAN overlap
        const Secrets s = ExampleTopology::freshSecrets(oldT);
        const TopologyDiff d = TopologyDiff::run(oldT, newT, s);
        QVERIFY(!d.ok);
        QVERIFY(d.error.contains(QStringLiteral("new topology")));
        QVERIFY(!d.newFindings.isEmpty());
        QVERIFY(d.boxes.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestTopologyDiff)
#include "tst_topologydiff.moc"
