#include "core/diff/unifieddiff.h"

#include <QTest>

class TestUnifiedDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << "a\nb\n" << "a\nb\n" << QString();
        QTest::newRow("one change") << "a\nb\nc\n" << "a\nB\nc\n"
                                    << "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
        QTest::newRow("from empty") << "" << "x\ny\n"
                                    << "--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n";
        QTest::newRow("to empty") << "x\n" << ""
                                  << "--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n";
        QTest::newRow("no newline at end")
            << "a\nb" << "a\nb\n"
            << "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n";
        // Two changes 7 lines apart (> 2*3 context): two hunks, as diff -u prints.
        QTest::newRow("two hunks")
            << "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
            << "X\n2\n3\n4\n5\n6\n7\n8\n9\nY\n"
            << "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n 4\n"
               "@@ -7,4 +7,4 @@\n 7\n 8\n 9\n-10\n+Y\n";
        // Six lines apart (<= 2*3): one hunk.
        QTest::newRow("merged hunk")
            << "1\n2\n3\n4\n5\n6\n7\n8\n" << "X\n2\n3\n4\n5\n6\n7\nY\n"
            << "--- a/f\n+++ b/f\n@@ -1,8 +1,8 @@\n-1\n+X\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+Y\n";
        QTest::newRow("insert in middle")
            << "1\n2\n3\n4\n5\n6\n7\n8\n" << "1\n2\n3\n4\nnew\n5\n6\n7\n8\n"
            << "--- a/f\n+++ b/f\n@@ -2,6 +2,7 @@\n 2\n 3\n 4\n+new\n 5\n 6\n 7\n";
    }

    void format()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        QCOMPARE(UnifiedDiff::format(QStringLiteral("a/f"), QStringLiteral("b/f"), oldText,
                                     newText),
                 expected);
    }

    void contextIsConfigurable()
    {
        const QString d = UnifiedDiff::format(QStringLiteral("a"), QStringLiteral("b"),
                                              QStringLiteral("1\n2\n3\n"),
                                              QStringLiteral("1\nX\n3\n"), 0);
        QCOMPARE(d, QStringLiteral("--- a\n+++ b\n@@ -2 +2 @@\n-2\n+X\n"));
    }
};

QTEST_APPLESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
