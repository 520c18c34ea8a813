#include "core/io/exampletopology.h"
#include "core/io/topologywriter.h"
#include "ui/commands/addlinkcommand.h"
#include "ui/commands/addprofilecommand.h"
#include "ui/commands/addsitecommand.h"
#include "ui/commands/editlinkcommand.h"
#include "ui/commands/editprofilecommand.h"
#include "ui/commands/editpropertiescommand.h"
#include "ui/commands/editsitecommand.h"
#include "ui/commands/movesitescommand.h"
#include "ui/commands/removelinkcommand.h"
#include "ui/commands/removeprofilecommand.h"
#include "ui/commands/removesitecommand.h"
#include "ui/document/topologydocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <functional>

using Factory = std::function<QUndoCommand *(TopologyDocument *)>;
using Check = std::function<void(const Topology &)>;
Q_DECLARE_METATYPE(Factory)
Q_DECLARE_METATYPE(Check)

// Each command: redo changes the document as meant, undo gives back the exact
// bytes of the original, redo again gives the exact bytes of the first redo.
class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedo_data();
    void undoRedo();
    void removeSiteTakesLinksAndProfiles();
    void nudgesMerge();
    void dragsDoNotMerge();
};

void TestCommands::undoRedo_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<Check>("check");

    Site branch;
    branch.id = QStringLiteral("branch");
    branch.name = QStringLiteral("Branch");
    branch.lans = {*Ipv4Prefix::parse(u"10.30.0.0/16")};
    QTest::newRow("add site") << Factory([branch](TopologyDocument *d) {
        return new AddSiteCommand(d, branch, QPointF(10, 20));
    }) << Check([](const Topology &t) {
        QCOMPARE(t.sites.size(), 3);
        QCOMPARE(t.sites.last().id, QStringLiteral("branch"));
        QCOMPARE(t.layout.value(QStringLiteral("branch")), QPointF(10, 20));
    });
    QTest::newRow("remove site") << Factory([](TopologyDocument *d) {
        return new RemoveSiteCommand(d, QStringLiteral("site-a"));
    }) << Check([](const Topology &t) {
        QCOMPARE(t.sites.size(), 1);
        QVERIFY(t.links.isEmpty());
        QVERIFY(!t.layout.contains(QStringLiteral("site-a")));
    });
    QTest::newRow("edit site") << Factory([](TopologyDocument *d) {
        Site s = *d->topology().site(QStringLiteral("site-a"));
        s.name = QStringLiteral("Renamed");
        s.platform = Platform::Mikrotik;
        return new EditSiteCommand(d, *d->topology().site(QStringLiteral("site-a")), s);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.sites[1].name, QStringLiteral("Renamed"));
        QCOMPARE(t.sites[1].platform, Platform::Mikrotik);
    });
    QTest::newRow("rename site") << Factory([](TopologyDocument *d) {
        Site s = *d->topology().site(QStringLiteral("hq"));
        s.id = QStringLiteral("central");
        return new EditSiteCommand(d, *d->topology().site(QStringLiteral("hq")), s);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.sites[0].id, QStringLiteral("central"));
        QCOMPARE(t.links[0].from, QStringLiteral("central"));
        QCOMPARE(t.profiles[0].hub, QStringLiteral("central"));
        QVERIFY(t.layout.contains(QStringLiteral("central")));
        QVERIFY(!t.layout.contains(QStringLiteral("hq")));
    });
    QTest::newRow("move sites") << Factory([](TopologyDocument *d) {
        return new MoveSitesCommand(d, {{QStringLiteral("hq"), d->position(QStringLiteral("hq"))}},
                                    {{QStringLiteral("hq"), QPointF(-50, 70)}});
    }) << Check([](const Topology &t) {
        QCOMPARE(t.layout.value(QStringLiteral("hq")), QPointF(-50, 70));
    });
    QTest::newRow("add link") << Factory([](TopologyDocument *d) {
        Link l;
        l.id = QStringLiteral("second");
        l.from = QStringLiteral("site-a");
        l.to = QStringLiteral("hq");
        l.transport = Transport::L2tp;
        return new AddLinkCommand(d, l);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.links.size(), 2);
        QCOMPARE(t.links[1].transport, Transport::L2tp);
    });
    QTest::newRow("remove link") << Factory([](TopologyDocument *d) {
        return new RemoveLinkCommand(d, QStringLiteral("hq-site-a"));
    }) << Check([](const Topology &t) { QVERIFY(t.links.isEmpty()); });
    QTest::newRow("edit link") << Factory([](TopologyDocument *d) {
        Link l = *d->topology().link(QStringLiteral("hq-site-a"));
        l.id = QStringLiteral("renamed-link");
        l.ike = IkeVersion::Ikev1;
        return new EditLinkCommand(d, *d->topology().link(QStringLiteral("hq-site-a")), l);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.links[0].id, QStringLiteral("renamed-link"));
        QCOMPARE(t.links[0].ike, IkeVersion::Ikev1);
    });
    QTest::newRow("add profile") << Factory([](TopologyDocument *d) {
        Profile p;
        p.id = QStringLiteral("guests");
        p.hub = QStringLiteral("hq");
        p.users = {QStringLiteral("carol")};
        return new AddProfileCommand(d, p);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.profiles.size(), 2);
        QCOMPARE(t.profiles[1].users, QStringList{QStringLiteral("carol")});
    });
    QTest::newRow("remove profile") << Factory([](TopologyDocument *d) {
        return new RemoveProfileCommand(d, QStringLiteral("staff"));
    }) << Check([](const Topology &t) { QVERIFY(t.profiles.isEmpty()); });
    QTest::newRow("edit profile") << Factory([](TopologyDocument *d) {
        Profile p = *d->topology().profile(QStringLiteral("staff"));
        p.tunnel = TunnelMode::Full;
        p.routes.clear();
        return new EditProfileCommand(d, *d->topology().profile(QStringLiteral("staff")), p);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.profiles[0].tunnel, TunnelMode::Full);
        QVERIFY(t.profiles[0].routes.isEmpty());
    });
    QTest::newRow("edit properties") << Factory([](TopologyDocument *d) {
        return new EditPropertiesCommand(d, QStringLiteral("Other"), std::nullopt);
    }) << Check([](const Topology &t) {
        QCOMPARE(t.name, QStringLiteral("Other"));
        QVERIFY(!t.mtu);
    });
}

void TestCommands::undoRedo()
{
    QFETCH(Factory, factory);
    QFETCH(Check, check);
    TopologyDocument document;
    document.reset(ExampleTopology::topology());
    QUndoStack stack;
    const QByteArray original = TopologyWriter::toJson(document.topology());
    QSignalSpy changed(&document, &TopologyDocument::changed);

    stack.push(factory(&document));
    QVERIFY(changed.count() > 0);
    check(document.topology());
    if (QTest::currentTestFailed())
        return;
    const QByteArray after = TopologyWriter::toJson(document.topology());
    QVERIFY(after != original);

    stack.undo();
    QCOMPARE(TopologyWriter::toJson(document.topology()), original);
    stack.redo();
    QCOMPARE(TopologyWriter::toJson(document.topology()), after);
}

void TestCommands::removeSiteTakesLinksAndProfiles()
{
    TopologyDocument document;
    document.reset(ExampleTopology::topology());
    QSignalSpy linkRemoved(&document, &TopologyDocument::linkRemoved);
    QSignalSpy profileRemoved(&document, &TopologyDocument::profileRemoved);
    QUndoStack stack;
    stack.push(new RemoveSiteCommand(&document, QStringLiteral("hq")));
    QCOMPARE(linkRemoved.count(), 1);
    QCOMPARE(profileRemoved.count(), 1);
    QCOMPARE(document.topology().sites.size(), 1);
    stack.undo();
    QCOMPARE(document.topology().profiles.size(), 1);
    QCOMPARE(document.topology().links.size(), 1);
    QCOMPARE(document.topology().sites.first().id, QStringLiteral("hq"));
}

void TestCommands::nudgesMerge()
{
    TopologyDocument document;
    document.reset(ExampleTopology::topology());
    QUndoStack stack;
    const QString hq = QStringLiteral("hq");
    for (int i = 1; i <= 3; ++i)
        stack.push(new MoveSitesCommand(&document, {{hq, document.position(hq)}},
                                        {{hq, QPointF(10 * i, 0)}}, true));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(document.position(hq), QPointF(30, 0));
    stack.undo();
    QCOMPARE(document.position(hq), QPointF(0, 0));
}

void TestCommands::dragsDoNotMerge()
{
    TopologyDocument document;
    document.reset(ExampleTopology::topology());
    QUndoStack stack;
    const QString hq = QStringLiteral("hq");
    stack.push(new MoveSitesCommand(&document, {{hq, document.position(hq)}}, {{hq, QPointF(5, 5)}}));
    stack.push(new MoveSitesCommand(&document, {{hq, document.position(hq)}}, {{hq, QPointF(9, 9)}}));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    QCOMPARE(document.position(hq), QPointF(5, 5));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
