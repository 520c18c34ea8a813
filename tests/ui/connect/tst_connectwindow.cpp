// The connect window offscreen: open the seed topology and its secrets, pick
// staff/alice, Connect (the real nmcli backend against a fake nmcli first on
// PATH, an in-memory route table), see the routes verified, Disconnect from
// the tray menu, see them gone.
#include "../../platform/memorycredentialstore.h"
#include "fakeconnecttools.h"
#include "platform/common/connectsession.h"
#include "ui/connect/connectwindow.h"
#include "ui/connect/profileform.h"
#include "ui/connect/routetablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kExamples = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples");

} // namespace

class TestConnectWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void connectShowsRoutesAndDisconnectRemovesThem()
    {
        FakeConnectTools::NmcliRig rig;
        MemoryCredentialStore store;
        ConnectWindow window(&rig.session, &store);
        window.show();

        QString error;
        QVERIFY2(window.profileForm()->openTopology(kExamples + "/seed.topology.json", &error),
                 qPrintable(error));
        QVERIFY2(window.profileForm()->openSecrets(kExamples + "/seed.secrets.json", &error),
                 qPrintable(error));
        QVERIFY(window.profileForm()->select(QStringLiteral("staff"), QStringLiteral("alice")));
        window.findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(window.routeModel()->rowCount(), 2); // planned, before connecting
        QCOMPARE(window.routeModel()->index(1, RouteTableModel::StateColumn).data().toString(),
                 QStringLiteral("planned"));

        QCOMPARE(window.connectButton()->text(), QStringLiteral("Connect"));
        QTest::mouseClick(window.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Connected);
        QCOMPARE(window.connectButton()->text(), QStringLiteral("Disconnect"));
        QCOMPARE(window.statusText(), QStringLiteral("Connected on ppp0, address 10.8.0.5"));

        RouteTableModel *model = window.routeModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, RouteTableModel::DestinationColumn).data().toString(),
                 QStringLiteral("10.10.0.0/16"));
        QCOMPARE(model->index(1, RouteTableModel::DestinationColumn).data().toString(),
                 QStringLiteral("10.20.0.0/16"));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model->index(row, RouteTableModel::StateColumn).data().toString(),
                     QStringLiteral("verified"));
        QCOMPARE(rig.routes.ours().size(), 3); // + the pinned route to 203.0.113.10

        const QString log = window.logText();
        QVERIFY(log.contains(QLatin1String("$ nmcli --wait 90 connection up id 'RouteStudio hq staff' passwd-file")));
        QVERIFY(!log.contains(QLatin1String("example-only")));
        QVERIFY(!rig.bin.rawLog().contains(QLatin1String("example-only")));
        QCOMPARE(store.entries.value(QStringLiteral("RouteStudio hq staff/alice")),
                 QStringLiteral("example-only-alice-pass"));

        QVERIFY(window.trayDisconnectAction()->isEnabled());
        window.trayDisconnectAction()->trigger();
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Idle);
        QVERIFY(rig.routes.ours().isEmpty());
        QCOMPARE(model->index(0, RouteTableModel::StateColumn).data().toString(),
                 QStringLiteral("removed"));
        QCOMPARE(window.connectButton()->text(), QStringLiteral("Connect"));
        QVERIFY(rig.bin.rawLog().contains(QLatin1String("@@ nmcli\nconnection\ndown\nid\nRouteStudio hq staff")));
    }

    void missingPasswordIsAskedForAndNothingRuns()
    {
        FakeConnectTools::NmcliRig rig(FakeConnectTools::kNmcli, false);
        ConnectWindow window(&rig.session, nullptr);
        QString error;
        QVERIFY(window.profileForm()->openTopology(kExamples + "/seed.topology.json", &error));
        QVERIFY(window.profileForm()->select(QStringLiteral("staff"), QStringLiteral("bob")));
        QTest::mouseClick(window.connectButton(), Qt::LeftButton);
        QCOMPARE(rig.session.state(), ConnectSession::State::Idle);
        QCOMPARE(window.statusText(), QStringLiteral("Not connected: enter the password of bob"));
        QVERIFY(rig.bin.calls().isEmpty());
    }

    void failedActivationIsShown()
    {
        FakeConnectTools::NmcliRig rig(
            QStringLiteral("case \"$*\" in --wait*) echo 'Error: Connection activation "
                           "failed: The VPN service stopped unexpectedly.' >&2; exit 4;; "
                           "-g*) exit 10;; esac"),
            false);
        ConnectWindow window(&rig.session, nullptr);
        QString error;
        QVERIFY(window.profileForm()->openTopology(kExamples + "/seed.topology.json", &error));
        QVERIFY(window.profileForm()->openSecrets(kExamples + "/seed.secrets.json", &error));
        QTest::mouseClick(window.connectButton(), Qt::LeftButton);
        QTRY_COMPARE(rig.session.state(), ConnectSession::State::Failed);
        QVERIFY2(window.statusText().startsWith(QLatin1String(
                     "Failed: nmcli connection up failed (exit 4): Error: Connection activation")),
                 qPrintable(window.statusText()));
        QCOMPARE(rig.routes.addCalls, 0);
        QCOMPARE(window.connectButton()->text(), QStringLiteral("Connect"));
        QVERIFY(window.connectButton()->isEnabled());
    }
};

QTEST_MAIN(TestConnectWindow)
#include "tst_connectwindow.moc"
