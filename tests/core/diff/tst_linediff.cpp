#include "core/diff/linediff.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

// Length of the longest common subsequence by dynamic programming: the
// reference a shortest edit script must match (D = N + M - 2·LCS).
int lcsLength(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (int i = int(a.size()) - 1; i >= 0; --i) {
        for (int j = int(b.size()) - 1; j >= 0; --j)
            t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : qMax(t[i + 1][j], t[i][j + 1]);
    }
    return t[0][0];
}

// Checks that the script is a valid walk over both lists and rebuilds `b`.
QString replay(const QStringList &a, const QStringList &b, const EditScript &s, QStringList *out)
{
    int i = 0, j = 0;
    for (const LineEdit &e : s) {
        switch (e.kind) {
        case LineEdit::Equal:
            if (e.oldIndex != i || e.newIndex != j || a.value(i) != b.value(j))
                return QStringLiteral("bad equal at %1/%2").arg(i).arg(j);
            out->append(a[i]);
            ++i;
            ++j;
            break;
        case LineEdit::Delete:
            if (e.oldIndex != i || e.newIndex != -1)
                return QStringLiteral("bad delete at %1").arg(i);
            ++i;
            break;
        case LineEdit::Insert:
            if (e.newIndex != j || e.oldIndex != -1)
                return QStringLiteral("bad insert at %1").arg(j);
            out->append(b[j]);
            ++j;
            break;
        }
    }
    if (i != a.size() || j != b.size())
        return QStringLiteral("script ends at %1/%2").arg(i).arg(j);
    return QString();
}

QStringList chars(const char *s)
{
    QStringList out;
    for (const char *p = s; *p; ++p)
        out.append(QString(QLatin1Char(*p)));
    return out;
}

} // namespace

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortest_data()
    {
        QTest::addColumn<QStringList>("a");
        QTest::addColumn<QStringList>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("both empty") << QStringList() << QStringList() << 0;
        QTest::newRow("insert all") << QStringList() << chars("abc") << 3;
        QTest::newRow("delete all") << chars("abc") << QStringList() << 3;
        QTest::newRow("equal") << chars("abc") << chars("abc") << 0;
        QTest::newRow("replace one") << chars("abc") << chars("axc") << 2;
        // The paper's example: ABCABBA -> CBABAC has D = 5.
        QTest::newRow("myers paper") << chars("abcabba") << chars("cbabac") << 5;
        QTest::newRow("disjoint") << chars("abcd") << chars("wxyz") << 8;
        QTest::newRow("prefix added") << chars("cd") << chars("abcd") << 2;
        QTest::newRow("suffix removed") << chars("abcd") << chars("ab") << 2;
        QTest::newRow("repeated lines") << chars("aaaa") << chars("aa") << 2;
        QTest::newRow("odd delta") << chars("abcdefg") << chars("axcyeg") << 5;
    }

    void shortest()
    {
        QFETCH(QStringList, a);
        QFETCH(QStringList, b);
        QFETCH(int, distance);
        const EditScript s = LineDiff::diff(a, b);
        QStringList rebuilt;
        const QString problem = replay(a, b, s, &rebuilt);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rebuilt, b);
        QCOMPARE(LineDiff::distance(s), distance);
        QCOMPARE(LineDiff::distance(s), int(a.size() + b.size()) - 2 * lcsLength(a, b));
    }

    // Random inputs over a small alphabet (many repeats, the hard case):
    // every script is valid and exactly as short as the LCS allows.
    void randomAgainstLcs()
    {
        QRandomGenerator rng(20261124);
        for (int round = 0; round < 400; ++round) {
            QStringList a, b;
            const int n = int(rng.bounded(0, 40));
            const int m = int(rng.bounded(0, 40));
            const int alphabet = int(rng.bounded(1, 6));
            for (int i = 0; i < n; ++i)
                a.append(QString::number(rng.bounded(alphabet)));
            for (int i = 0; i < m; ++i)
                b.append(QString::number(rng.bounded(alphabet)));
            const EditScript s = LineDiff::diff(a, b);
            QStringList rebuilt;
            const QString problem = replay(a, b, s, &rebuilt);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" round ")
                                                   + QString::number(round)));
            QCOMPARE(rebuilt, b);
            QCOMPARE(LineDiff::distance(s), n + m - 2 * lcsLength(a, b));
        }
    }

    void deletionsComeBeforeInsertions()
    {
        const EditScript s = LineDiff::diff(chars("xay"), chars("xby"));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s[1].kind, LineEdit::Delete);
        QCOMPARE(s[2].kind, LineEdit::Insert);
    }

    // A large file with a few edits: linear memory, and D stays small.
    void largeInputFewEdits()
    {
        QStringList a;
        for (int i = 0; i < 20000; ++i)
            a.append(QStringLiteral("line %1").arg(i));
        QStringList b = a;
        b.removeAt(100);
        b.insert(15000, QStringLiteral("new"));
        b[19999 - 1] = QStringLiteral("changed");
        const EditScript s = LineDiff::diff(a, b);
        QCOMPARE(LineDiff::distance(s), 4);
        QStringList rebuilt;
        QVERIFY(replay(a, b, s, &rebuilt).isEmpty());
        QCOMPARE(rebuilt, b);
    }
};

QTEST_APPLESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
