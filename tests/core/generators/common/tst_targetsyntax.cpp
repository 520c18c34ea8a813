#include "core/generators/common/filemodes.h"
#include "core/generators/common/prefixlist.h"
#include "core/generators/common/targetsyntax.h"
#include "core/generators/common/textbuilder.h"

#include <QProcess>
#include <QTest>

// The shared encoders every generator relies on.
class TestTargetSyntax : public QObject
{
    Q_OBJECT

    static QString shellEcho(const QString &quoted)
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), u"printf %s " + quoted});
        sh.waitForFinished(10000);
        return QString::fromUtf8(sh.readAllStandardOutput());
    }

private Q_SLOTS:
    void base64Secret_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << "example-only-7f3kq9Zp2mW8xV4c" << "0sZXhhbXBsZS1vbmx5LTdmM2txOVpwMm1XOHhWNGM=";
        QTest::newRow("quote and hash") << "a\"b#c" << "0sYSJiI2M=";
        QTest::newRow("utf-8") << QString::fromUtf8("\xc3\xa9") << "0sw6k=";
    }
    void base64Secret()
    {
        QFETCH(QString, secret);
        QFETCH(QString, encoded);
        QCOMPARE(TargetSyntax::base64Secret(secret), encoded);
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(encoded.mid(2).toLatin1())), secret);
    }

    // What sh reads back from the quoted word is exactly the value.
    void shellQuote_data()
    {
        QTest::addColumn<QString>("value");
        for (const char *v : {"plain", "it's", "$(reboot)", "`id`", "a;b", "a b", "#x", "''", "\\n"})
            QTest::newRow(v) << QString::fromUtf8(v);
    }
    void shellQuote()
    {
        QFETCH(QString, value);
        QCOMPARE(shellEcho(TargetSyntax::shellQuote(value)), value);
    }

    void pppQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "alice" << "\"alice\"";
        QTest::newRow("quote") << "a\"b" << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
    }
    void pppQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(TargetSyntax::pppQuote(value), quoted);
    }

    void interfaceName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipsec0") << "ipsec0" << true;
        QTest::newRow("xfrm-1.5") << "xfrm-1.5" << true;
        QTest::newRow("15 chars") << "abcdefghijklmno" << true;
        QTest::newRow("16 chars") << "abcdefghijklmnop" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("space") << "ipsec 0" << false;
        QTest::newRow("quote") << "ipsec\"0" << false;
        QTest::newRow("slash") << "a/b" << false;
        QTest::newRow("wildcard") << "ppp+" << false;
        QTest::newRow("leading dash") << "-o" << false;
        QTest::newRow("trailing newline") << "xfrm1\n" << false;
        QTest::newRow("inner newline") << "xf\nrm1" << false;
    }
    void interfaceName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(TargetSyntax::isInterfaceName(name), valid);
        if (!name.contains(u'+'))
            QCOMPARE(TargetSyntax::isInterfaceName(name, true), valid);
    }

    void wildcardAndTokensEndAtTheEnd()
    {
        QVERIFY(TargetSyntax::isInterfaceName(QStringLiteral("ppp+"), true));
        QVERIFY(!TargetSyntax::isInterfaceName(QStringLiteral("ppp+\n"), true));
        QVERIFY(TargetSyntax::isPlainToken(QStringLiteral("alice@example.org")));
        QVERIFY(!TargetSyntax::isPlainToken(QStringLiteral("alice\n")));
        QVERIFY(!TargetSyntax::isPlainToken(QString()));
    }

    void singleLine()
    {
        QCOMPARE(TextBuilder::singleLine(QStringLiteral("a\nb\rc\td")), QStringLiteral("a?b?c?d"));
        QCOMPARE(TextBuilder::singleLine(QStringLiteral("a\u2028b")), QStringLiteral("a?b"));
        TextBuilder b;
        b.open(QStringLiteral("x")).line(QStringLiteral("y = 1")).close();
        QCOMPARE(b.text(), QStringLiteral("x {\n    y = 1\n}\n"));
    }

    void prefixList_data()
    {
        QTest::addColumn<QStringList>("in");
        QTest::addColumn<QStringList>("out");
        QTest::newRow("duplicates") << QStringList{"10.0.0.0/8", "10.0.0.0/8"} << QStringList{"10.0.0.0/8"};
        QTest::newRow("covered later") << QStringList{"10.1.0.0/16", "10.0.0.0/8"} << QStringList{"10.0.0.0/8"};
        QTest::newRow("covered earlier") << QStringList{"10.0.0.0/8", "10.1.0.0/16"} << QStringList{"10.0.0.0/8"};
        QTest::newRow("host bits") << QStringList{"10.1.2.3/16"} << QStringList{"10.1.0.0/16"};
        QTest::newRow("adjacent kept") << QStringList{"10.10.0.0/24", "10.10.1.0/24"}
                                       << QStringList{"10.10.0.0/24", "10.10.1.0/24"};
    }
    void prefixList()
    {
        QFETCH(QStringList, in);
        QFETCH(QStringList, out);
        QList<Ipv4Prefix> prefixes;
        for (const QString &p : in)
            prefixes << *Ipv4Prefix::parse(p);
        QCOMPARE(PrefixList::strings(PrefixList::normalized(prefixes)), out);
    }

    void fileModes()
    {
        QCOMPARE(FileModes::permissions(0600), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(FileModes::permissions(0755),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                     | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                     | QFileDevice::ExeOther);
    }
};

QTEST_GUILESS_MAIN(TestTargetSyntax)
#include "tst_targetsyntax.moc"
