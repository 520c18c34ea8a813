#include "core/io/topologyreader.h"
#include "ui/document/topologydocument.h"
#include "ui/lists/objectlistpanel.h"
#include "ui/lists/sitelistmodel.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeView>

// The list docks size their columns to what they show when a file is opened,
// so names are not cut while the dock has room.
class TestObjectListPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsFitOnOpen();
};

void TestObjectListPanel::columnsFitOnOpen()
{
    TopologyDocument document;
    SiteListModel model(&document);
    ObjectListPanel panel(&model, SiteListModel::IdRole, QStringLiteral("sites"));
    panel.resize(900, 400);
    panel.show();
    LoadError error;
    const auto topology = TopologyReader::fromFile(
        QStringLiteral(ROUTESTUDIO_TEST_DATA "/topologies/three-gateways.topology.json"), &error);
    QVERIFY2(topology, qPrintable(error.toString()));
    document.reset(*topology); // what opening a file does

    QTreeView *view = panel.view();
    const QFontMetrics fm(view->font());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        for (int column : {int(SiteListModel::IdColumn), int(SiteListModel::NameColumn)}) {
            const QString text = view->model()->index(row, column).data().toString();
            QVERIFY2(view->columnWidth(column) > fm.horizontalAdvance(text),
                     qPrintable(QStringLiteral("column %1 (%2 px) cuts “%3” (%4 px)")
                                    .arg(column)
                                    .arg(view->columnWidth(column))
                                    .arg(text)
                                    .arg(fm.horizontalAdvance(text))));
        }
    }
    // The user's width stays until the next file.
    view->setColumnWidth(SiteListModel::NameColumn, 40);
    Site renamed = topology->sites.first();
    renamed.name = QStringLiteral("A much longer name for the head office than before");
    document.replaceSite(renamed.id, renamed); // an edit, not an open
    QCOMPARE(view->columnWidth(SiteListModel::NameColumn), 40);
}

QTEST_MAIN(TestObjectListPanel)
#include "tst_objectlistpanel.moc"
