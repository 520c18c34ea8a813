#include "clientfiles.h"

#include "core/generators/clients/clientquoting.h"
#include "core/generators/clients/windowsgenerator.h"

#include <QRegularExpression>
#include <QTest>

class TestWindowsGenerator : public QObject
{
    Q_OBJECT

private:
    static QString script(const QString &fixture, const QString &profile, const QString &user)
    {
        QString error;
        const auto files = ClientFiles::generate(WindowsGenerator(), fixture, profile, user, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        const GeneratedFile *f = ClientFiles::find(files, QStringLiteral("windows/%1.ps1").arg(profile));
        if (!f)
            qFatal("no script");
        if (f->mode != 0600)
            qFatal("the script holds the PSK: mode must be 0600");
        return QString::fromUtf8(f->content);
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("user");
        QTest::newRow("seed split") << "seed" << "staff" << "alice";
        QTest::newRow("vendors full") << "vendors" << "ops" << "carol";
    }
    void golden()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, profile);
        QFETCH(QString, user);
        const QString diff = ClientFiles::golden(WindowsGenerator(), QStringLiteral("windows"), fixture, profile, user);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "a-b" << "'a-b'";
        QTest::newRow("quote") << "it's" << "'it''s'";
        QTest::newRow("typographic") << QString::fromUtf8("a\u2019b") << QString::fromUtf8("'a\u2019\u2019b'");
        QTest::newRow("no expansion") << "$(calc)`n" << "'$(calc)`n'";
    }
    void quoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(ClientQuoting::powerShell(value), quoted);
    }

    // Idempotent: Set-VpnConnection when the profile exists, Add- otherwise;
    // routes added only when missing and stale ones removed.
    void scriptIsIdempotent()
    {
        const QString ps = script("seed", "staff", "alice");
        QVERIFY(ps.contains("if (Get-VpnConnection -Name $name -ErrorAction SilentlyContinue) {\r\n"
                            "    Set-VpnConnection @settings -SplitTunneling $true\r\n"
                            "} else {\r\n"
                            "    Add-VpnConnection @settings -SplitTunneling:$true -RememberCredential\r\n"));
        QVERIFY(ps.contains("    TunnelType           = 'L2tp'\r\n"));
        QVERIFY(ps.contains("    L2tpPsk              = $psk\r\n"));
        QVERIFY(ps.contains("    AuthenticationMethod = 'MSChapv2'\r\n"));
        QVERIFY(ps.contains("    EncryptionLevel      = 'Required'\r\n"));
        QVERIFY(ps.contains("$psk = 'example-only-Q8v2Lr6nT1yB5dK0'\r\n"));
        QVERIFY(ps.contains("$routes = @('10.10.0.0/16', '10.20.0.0/16')\r\n"));
        QVERIFY(ps.contains("    if ($present -notcontains $prefix) {\r\n"
                            "        Add-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix\r\n"));
        QVERIFY(ps.contains("Remove-VpnConnectionRoute -ConnectionName $name -DestinationPrefix $prefix"));
        QVERIFY(!ps.contains("example-only-alice-pass")); // the password is asked for, never stored
        QVERIFY(!ps.contains(QRegularExpression("[^\\r]\\n"))); // CRLF throughout
    }

    void natTraversalFixIsOptInWithItsCaveats()
    {
        const QString ps = script("seed", "staff", "alice");
        QVERIFY(ps.contains("[switch]$FixNatTraversal"));
        QVERIFY(ps.contains("if ($FixNatTraversal) {"));
        QVERIFY(ps.contains("'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent'"));
        QVERIFY(ps.contains("-Name 'AssumeUDPEncapsulationContextOnSendRule' -PropertyType DWord -Value 2"));
        QVERIFY(ps.contains("reboot"));
        QVERIFY(ps.contains("Administrator"));
        // The registry is touched only inside the switch's block.
        QCOMPARE(ps.count("HKLM:"), 1);
        QVERIFY(ps.indexOf("HKLM:") > ps.indexOf("if ($FixNatTraversal) {"));
    }

    void fullTunnelHasNoSplitRoutes()
    {
        const QString ps = script("vendors", "ops", "carol");
        QVERIFY(ps.contains("$routes = @()\r\n"));
        QVERIFY(ps.contains("Set-VpnConnection @settings -SplitTunneling $false"));
        QVERIFY(ps.contains("$server = '203.0.113.20'"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsGenerator)
#include "tst_windowsgenerator.moc"
