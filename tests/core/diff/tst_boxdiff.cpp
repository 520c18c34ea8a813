#include "core/diff/boxdiff.h"

#include <QTest>

namespace {

Secrets secrets()
{
    Secrets s;
    s.psk.insert(QStringLiteral("hq-l2tp"), QStringLiteral("Psk+Value:one/2345"));
    s.users.insert(QStringLiteral("alice"), QStringLiteral("alice-Password.1"));
    return s;
}

GeneratedFile file(const QString &path, const QByteArray &content, int mode = 0644)
{
    return GeneratedFile{path, content, mode};
}

} // namespace

class TestBoxDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesInPathOrder()
    {
        const SecretMask mask(secrets());
        const QList<FileChange> c = BoxDiff::compare(
            {file("b.conf", "same\n"), file("gone.conf", "x\n"), file("a.conf", "1\n")},
            {file("new.conf", "y\n"), file("a.conf", "2\n"), file("b.conf", "same\n")}, mask);
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].path, QStringLiteral("a.conf"));
        QCOMPARE(c[0].status, FileChange::Changed);
        QCOMPARE(c[0].diff, QStringLiteral("--- a/a.conf\n+++ b/a.conf\n@@ -1 +1 @@\n-1\n+2\n"));
        QCOMPARE(c[1].path, QStringLiteral("gone.conf"));
        QCOMPARE(c[1].status, FileChange::Removed);
        QCOMPARE(c[1].newMode, 0);
        QCOMPARE(c[1].diff, QStringLiteral("--- a/gone.conf\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"));
        QCOMPARE(c[2].path, QStringLiteral("new.conf"));
        QCOMPARE(c[2].status, FileChange::Added);
        QCOMPARE(c[2].oldMode, 0);
        QCOMPARE(c[2].newMode, 0644);
    }

    void modeOnlyChange()
    {
        const SecretMask mask(secrets());
        const QList<FileChange> c =
            BoxDiff::compare({file("s", "x\n", 0644)}, {file("s", "x\n", 0600)}, mask);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].oldMode, 0644);
        QCOMPARE(c[0].newMode, 0600);
        QVERIFY(c[0].diff.isEmpty());
    }

    // Secret values are masked in every encoding; the diff names the secret.
    void secretsAreMasked_data()
    {
        QTest::addColumn<QByteArray>("line");
        const QByteArray psk = "Psk+Value:one/2345";
        QTest::newRow("raw") << QByteArray("secret = \"" + psk + "\"\n");
        QTest::newRow("base64 0s") << QByteArray("secret = 0s" + psk.toBase64() + "\n");
        QTest::newRow("base64 no padding")
            << QByteArray("k=" + psk.toBase64(QByteArray::OmitTrailingEquals) + "\n");
        QTest::newRow("password") << QByteArray("alice * \"alice-Password.1\" *\n");
    }

    void secretsAreMasked()
    {
        QFETCH(QByteArray, line);
        const Secrets s = secrets();
        const SecretMask mask(s);
        const QList<FileChange> c = BoxDiff::compare({file("f", "a\n", 0600)},
                                                     {file("f", "a\n" + line, 0600)}, mask);
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].hidden.isEmpty());
        QVERIFY(c[0].diff.contains(QStringLiteral("<secret:")));
        for (const NamedSecret &n : SecretForms::all(s))
            QVERIFY(!SecretForms::occursIn(c[0].diff.toUtf8(), n.value));
    }

    void changedSecretNameShows()
    {
        Secrets s = secrets();
        s.psk.insert(QStringLiteral("other"), QStringLiteral("Another:Key/999"));
        const SecretMask mask(s);
        const QList<FileChange> c = BoxDiff::compare({file("f", "k=Psk+Value:one/2345\n")},
                                                     {file("f", "k=Another:Key/999\n")}, mask);
        QCOMPARE(c.size(), 1);
        QVERIFY(c[0].diff.contains(QStringLiteral("-k=<secret:psk/hq-l2tp>")));
        QVERIFY(c[0].diff.contains(QStringLiteral("+k=<secret:psk/other>")));
    }

    void binaryIsNotShown()
    {
        const SecretMask mask(secrets());
        const QList<FileChange> c = BoxDiff::compare({file("bin", QByteArray("a\0b", 3))},
                                                     {file("bin", QByteArray("a\0c", 3))}, mask);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].hidden, QStringLiteral("binary"));
        QVERIFY(c[0].diff.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestBoxDiff)
#include "tst_boxdiff.moc"
