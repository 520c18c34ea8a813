#include "linuxcases.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>

// Every file every Linux generator writes, for every test topology, compared
// byte for byte with tests/data/golden/linux/<case>/<site>/<path>.
// ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff).
class TestLinuxGolden : public QObject
{
    Q_OBJECT

    static bool updating() { return qEnvironmentVariableIntValue("ROUTESTUDIO_UPDATE_GOLDEN") == 1; }
    static QString goldenDir(const QString &caseName)
    {
        return QStringLiteral(ROUTESTUDIO_TEST_DATA) + u"/golden/linux/" + caseName;
    }

    static void addFileRows()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            const auto files = LinuxCases::generate(c);
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                QTest::newRow(qPrintable(c.name + u'/' + it.key()))
                    << c.name << it.key() << it->content << it->mode;
            }
        }
    }

    // Where the first difference is, so a failure is readable.
    static QString firstDifference(const QByteArray &actual, const QByteArray &expected)
    {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
            const QByteArray x = a.value(i, "<end of file>");
            const QByteArray y = e.value(i, "<end of file>");
            if (x != y) {
                return QStringLiteral("line %1:\n  generated: %2\n  golden:    %3")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(x), QString::fromUtf8(y));
            }
        }
        return {};
    }

private Q_SLOTS:
    void golden_data() { addFileRows(); }
    void golden()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, path);
        QFETCH(QByteArray, content);
        const QString file = goldenDir(caseName) + u'/' + path;
        if (updating()) {
            QVERIFY(QDir().mkpath(QFileInfo(file).path()));
            QFile out(file);
            QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
            QCOMPARE(out.write(content), content.size());
            return;
        }
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(file + u": missing golden file (ROUTESTUDIO_UPDATE_GOLDEN=1 writes it)"));
        const QByteArray expected = in.readAll();
        QVERIFY2(content == expected, qPrintable(path + u": " + firstDifference(content, expected)));
    }

    // A golden file nothing generates any more is a stale expectation.
    void noStaleGoldenFiles_data()
    {
        QTest::addColumn<QString>("caseName");
        for (const LinuxCases::Case &c : LinuxCases::all())
            QTest::newRow(qPrintable(c.name)) << c.name;
    }
    void noStaleGoldenFiles()
    {
        QFETCH(QString, caseName);
        LinuxCases::Case c;
        for (const LinuxCases::Case &k : LinuxCases::all()) {
            if (k.name == caseName)
                c = k;
        }
        const auto files = LinuxCases::generate(c);
        const QDir dir(goldenDir(caseName));
        QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList stale;
        while (it.hasNext()) {
            const QString rel = dir.relativeFilePath(it.next());
            if (!files.contains(rel)) {
                if (updating())
                    QVERIFY(QFile::remove(dir.filePath(rel)));
                else
                    stale << rel;
            }
        }
        QVERIFY2(stale.isEmpty(), qPrintable(u"not generated any more: " + stale.join(u", ")));
    }

    // The file layout and modes are a contract (docs/generators.md).
    void layout_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QStringList>("expected");
        const QStringList common{
            QStringLiteral("README.md"),
            QStringLiteral("etc/swanctl/conf.d/routestudio.conf"),
            QStringLiteral("etc/ipsec.conf"),
            QStringLiteral("etc/ipsec.secrets"),
            QStringLiteral("etc/routestudio/tunnel-routes.sh"),
            QStringLiteral("etc/sysctl.d/60-routestudio.conf"),
            QStringLiteral("etc/nftables.d/routestudio.nft"),
            QStringLiteral("etc/routestudio/iptables.rules")};
        const QStringList hub = common
                                + QStringList{QStringLiteral("etc/xl2tpd/xl2tpd.conf"),
                                              QStringLiteral("etc/ppp/options.xl2tpd"),
                                              QStringLiteral("etc/ppp/chap-secrets"),
                                              QStringLiteral("etc/ppp/ip-up.d/routestudio"),
                                              QStringLiteral("etc/ppp/ip-down.d/routestudio"),
                                              // route push: every test hub has a split profile
                                              QStringLiteral("etc/dnsmasq.d/routestudio.conf")};
        QTest::newRow("seed/hq") << "seed" << "hq" << hub;
        QTest::newRow("seed/site-a") << "seed" << "site-a" << common;
        QTest::newRow("three-gateways/hq") << "three-gateways" << "hq" << hub;
        const QStringList dialOut = common
                                    + QStringList{QStringLiteral("etc/xl2tpd/xl2tpd.conf"),
                                                  QStringLiteral("etc/ppp/options.l2tp-client.hq-site-c"),
                                                  QStringLiteral("etc/ppp/chap-secrets"),
                                                  QStringLiteral("etc/ppp/ip-up.d/routestudio"),
                                                  QStringLiteral("etc/ppp/ip-down.d/routestudio")};
        QTest::newRow("three-gateways/site-a") << "three-gateways" << "site-a" << common;
        QTest::newRow("three-gateways/site-c") << "three-gateways" << "site-c" << dialOut;
        QTest::newRow("adjacent-pool/office") << "adjacent-pool" << "office" << hub;
        QTest::newRow("adjacent-pool/branch") << "adjacent-pool" << "branch" << common;
        // Failover: both ends of a backup link get charon's retransmission timing.
        const QStringList failover = common + QStringList{QStringLiteral("etc/strongswan.d/routestudio-failover.conf")};
        QTest::newRow("failover/hq") << "failover" << "hq" << failover;
        QTest::newRow("failover/branch") << "failover" << "branch" << failover;
    }
    void layout()
    {
        QFETCH(QString, caseName);
        QFETCH(QString, site);
        QFETCH(QStringList, expected);
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            if (c.name != caseName)
                continue;
            QStringList actual;
            const auto files = LinuxCases::generate(c);
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                if (it.key().startsWith(site + u'/'))
                    actual << it.key().mid(site.size() + 1);
            }
            actual.sort();
            expected.sort();
            QCOMPARE(actual, expected);
        }
    }

    void modes_data() { addFileRows(); }
    void modes()
    {
        QFETCH(QString, path);
        QFETCH(int, mode);
        QFETCH(QByteArray, content);
        const bool script = path.endsWith(u".sh") || path.contains(u"/ip-up.d/")
                            || path.contains(u"/ip-down.d/");
        const bool secret = path.contains(u"/swanctl/") || path.endsWith(u"secrets");
        const int expected = script ? 0755 : secret ? 0600 : 0644;
        QCOMPARE(QString::number(mode, 8), QString::number(expected, 8));
        // Whatever holds a base64 PSK or a chap-secrets line must be 0600.
        if (content.contains(" 0s") || content.contains("= 0s") || path.endsWith(u"chap-secrets"))
            QCOMPARE(QString::number(mode, 8), QStringLiteral("600"));
    }

    // Every script parses as POSIX sh (dash on Debian) and starts with #!/bin/sh.
    void shellSyntax_data() { addFileRows(); }
    void shellSyntax()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        if (mode != 0755)
            QSKIP("not a script");
        QVERIFY(content.startsWith("#!/bin/sh\n"));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-n")});
        QVERIFY(sh.waitForStarted());
        sh.write(content);
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(10000));
        QVERIFY2(sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0,
                 sh.readAllStandardError().constData());
    }

    // No generated line carries a control character; every file ends with a newline.
    void plainText_data() { addFileRows(); }
    void plainText()
    {
        QFETCH(QByteArray, content);
        QVERIFY(content.endsWith('\n'));
        for (const char ch : content)
            QVERIFY2(ch == '\n' || static_cast<unsigned char>(ch) >= 0x20, "control character");
    }
};

QTEST_GUILESS_MAIN(TestLinuxGolden)
#include "tst_linuxgolden.moc"
