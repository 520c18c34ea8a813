#include "ui/findings/findingsmodel.h"

#include <QSignalSpy>
#include <QTest>

// The findings table is reset only when the findings change: most edits leave
// them as they were, and a reset re-sorts and re-measures every row (18,100 at
// 10,000 sites) on the GUI thread.
class TestFindingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetsOnlyWhenTheFindingsChange()
    {
        FindingsModel model;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Finding f;
        f.severity = Finding::Severity::Warning;
        f.code = QStringLiteral("lan-overlap");
        f.message = QStringLiteral("10.1.0.0/24 overlaps");
        f.objects = {QStringLiteral("a"), QStringLiteral("b")};
        model.setFindings({f});
        QCOMPARE(resets.size(), 1);
        model.setFindings({f}); // a validation after a move: the same
        QCOMPARE(resets.size(), 1);
        f.paths = {QStringLiteral("sites[0].lans[0]")};
        model.setFindings({f});
        QCOMPARE(resets.size(), 2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.finding(0).paths, f.paths);
        model.setFindings({});
        QCOMPARE(resets.size(), 3);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
