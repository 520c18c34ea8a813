#include "core/monitor/monitortargets.h"
#include "core/monitor/targetsdiff.h"

#include <QTest>

namespace {

// Targets named by letters: "abc" is three hosts a, b, c; "B" is b under another name.
ProbeTargets targets(const QString &letters)
{
    ProbeTargets out;
    for (const QChar c : letters) {
        ProbeTarget t = MonitorTargets::host(Ipv4Address(0x0a000000u + c.toLower().unicode()));
        t.name = c.isUpper() ? QStringLiteral("renamed") : QString(c);
        out << t;
    }
    return out;
}

QString runs(const QList<TargetsDiff::Run> &list)
{
    QStringList out;
    for (const TargetsDiff::Run &r : list)
        out << QStringLiteral("%1+%2").arg(r.first).arg(r.count);
    return out.join(u' ');
}

QString positions(const QList<int> &list)
{
    QStringList out;
    for (const int i : list)
        out << QString::number(i);
    return out.join(u' ');
}

} // namespace

// An edit changes the targets of one site and its links: the diff names the
// runs that leave and come and the targets edited in place, so a table moves
// those rows only; a reorder or a change of many runs is a reset (nullopt).
class TestTargetsDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("rows");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<QString>("edited");
        QTest::newRow("same") << "abc" << "abc" << true << "" << "" << "";
        QTest::newRow("one replaced in the middle")
            << "abcd" << "axcd" << true << "1+1" << "1+1" << "";
        QTest::newRow("two places") << "abcde" << "xbcye" << true << "0+1 3+1" << "0+1 3+1" << "";
        QTest::newRow("appended") << "ab" << "abxy" << true << "" << "2+2" << "";
        QTest::newRow("first ones go") << "abcd" << "cd" << true << "0+2" << "" << "";
        QTest::newRow("renamed in place") << "abc" << "aBc" << true << "" << "" << "1";
        QTest::newRow("from nothing") << "" << "ab" << true << "" << "0+2" << "";
        QTest::newRow("to nothing") << "ab" << "" << true << "0+2" << "" << "";
        QTest::newRow("mixed") << "abcdef" << "aBxdf" << true << "2+1 4+1" << "2+1" << "1";
        QTest::newRow("reordered") << "abc" << "acb" << false << "" << "" << "";
        QTest::newRow("a key twice") << "abc" << "abca" << false << "" << "" << "";
        QTest::newRow("more runs than allowed")
            << "abcdefgh" << "xbydzfwh" << false << "" << "" << "";
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, rows);
        QFETCH(QString, removed);
        QFETCH(QString, inserted);
        QFETCH(QString, edited);
        const std::optional<TargetsDiff> d = TargetsDiff::of(targets(before), targets(after), 6);
        QCOMPARE(d.has_value(), rows);
        if (!d)
            return;
        QCOMPARE(runs(d->removed), removed);
        QCOMPARE(runs(d->inserted), inserted);
        QCOMPARE(positions(d->edited), edited);
        QCOMPARE(d->isEmpty(), removed.isEmpty() && inserted.isEmpty() && edited.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTargetsDiff)
#include "tst_targetsdiff.moc"
