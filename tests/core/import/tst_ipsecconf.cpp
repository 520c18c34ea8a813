#include "core/import/ipsecconfparser.h"
#include "core/import/ipsecconfresolver.h"
#include "core/import/ipsecsecretsparser.h"
#include "core/import/secretencoding.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

using ImportTestTree::make;
using ImportTestTree::notes;
using Kind = ImportNote::Kind;

class TestIpsecConf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultAlsoAndInclude()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.conf"),
                                    "# legacy\n"
                                    "config setup\n"
                                    "    uniqueids=never\n"
                                    "\n"
                                    "conn %default\n"
                                    "    keyexchange=ikev1\n"
                                    "    ike=aes128-sha1-modp2048!\n"
                                    "conn site-base\n"
                                    "    left=%defaultroute\n"
                                    "    leftsubnet = 10.1.0.0/16   # comment\n"
                                    "    auto=ignore\n"
                                    "include ipsec.d/*.conf\n"},
                                   {QStringLiteral("ipsec.d/hq.conf"),
                                    "conn hq\n"
                                    "\tright=203.0.113.10\n"
                                    "\tleftid=\"a  b\"\n"
                                    "\tkeyexchange=ikev2\n"
                                    "\talso=site-base\n"
                                    "\tauto=start\n"}});
        ImportLog log;
        IpsecConfParser p(t, log);
        const QList<IpsecConfSection> sections = p.parseFile(QStringLiteral("ipsec.conf"));
        QVERIFY2(notes(log, Kind::Error).isEmpty(), qPrintable(notes(log, Kind::Error).join(u'\n')));
        QCOMPARE(sections.size(), 4);
        QCOMPARE(sections.at(3).name, QStringLiteral("hq"));
        const QList<IpsecConfSection> conns = IpsecConfResolver::conns(sections, log);
        QCOMPARE(conns.size(), 2);
        const IpsecConfSection &hq = conns.at(1);
        // Own settings beat also=, even when the also= comes after them; %default is below both.
        QCOMPARE(hq.param(QStringLiteral("keyexchange"))->value, QStringLiteral("ikev2"));
        QCOMPARE(hq.param(QStringLiteral("ike"))->place.toString(), QStringLiteral("ipsec.conf:7"));
        QCOMPARE(hq.param(QStringLiteral("leftsubnet"))->value, QStringLiteral("10.1.0.0/16"));
        QCOMPARE(hq.param(QStringLiteral("leftsubnet"))->place.toString(), QStringLiteral("ipsec.conf:10"));
        QCOMPARE(hq.param(QStringLiteral("auto"))->value, QStringLiteral("start"));
        QCOMPARE(hq.param(QStringLiteral("leftid"))->value, QStringLiteral("a  b"));
        QVERIFY(notes(log, Kind::Mapped).contains(
            QStringLiteral("ipsec.d/hq.conf:5 also=site-base | conn hq inherits the parameters of conn site-base")));
    }

    void sameNamedSectionsMerge()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.conf"),
                                    "conn a\n    left=%defaultroute\ninclude more.conf\nconn b\n    right=192.0.2.2\n"},
                                   {QStringLiteral("more.conf"), "conn a\n    right=192.0.2.1\n"}});
        ImportLog log;
        IpsecConfParser p(t, log);
        const QList<IpsecConfSection> sections = p.parseFile(QStringLiteral("ipsec.conf"));
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(0).name, QStringLiteral("a"));
        QCOMPARE(sections.at(0).params.size(), 2);
        QCOMPARE(sections.at(0).param(QStringLiteral("right"))->place.toString(), QStringLiteral("more.conf:2"));
        QCOMPARE(sections.at(1).name, QStringLiteral("b"));
    }

    void quotedContinuationAndErrors()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.conf"),
                                    "conn a\n    rightid=\"one \\\ntwo\"\n    also=missing\n"}});
        ImportLog log;
        IpsecConfParser p(t, log);
        const auto sections = p.parseFile(QStringLiteral("ipsec.conf"));
        QCOMPARE(sections.constFirst().param(QStringLiteral("rightid"))->value, QStringLiteral("one two"));
        QVERIFY(IpsecConfResolver::conns(sections, log).isEmpty());
        QCOMPARE(notes(log, Kind::Error), QStringList{QStringLiteral("ipsec.conf:4 also=missing: no conn of that name")});
    }

    void alsoCycleIsRefused()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.conf"), "conn a\n also=b\nconn b\n also=a\n"}});
        ImportLog log;
        IpsecConfParser p(t, log);
        QVERIFY(IpsecConfResolver::conns(p.parseFile(QStringLiteral("ipsec.conf")), log).isEmpty());
        QVERIFY(notes(log, Kind::Error).join(u'\n').contains(QStringLiteral("deeper than 16")));
    }

    void syntaxErrorGivesNothing()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.conf"), "conn a\n right=1.2.3.4\nconn\n"}});
        ImportLog log;
        IpsecConfParser p(t, log);
        QVERIFY(p.parseFile(QStringLiteral("ipsec.conf")).isEmpty());
        QCOMPARE(notes(log, Kind::Error).value(0).left(13), QStringLiteral("ipsec.conf:3 "));
    }

    void secrets()
    {
        const SourceTree t = make({{QStringLiteral("ipsec.secrets"),
                                    "# keys\n"
                                    "203.0.113.10 198.51.100.2 : PSK \"quoted secret\"\n"
                                    ": RSA hq.pem\n"
                                    "198.51.100.3 : PSK 0sdGVzdC1vbmx5LWtleQ==\n"
                                    "include ipsec.d/*.secrets\n"
                                    "broken line\n"},
                                   {QStringLiteral("ipsec.d/more.secrets"), "%any : PSK 0x746573742d686578\n"}});
        ImportLog log;
        IpsecSecretsParser p(t, log);
        const QList<IpsecSecret> s = p.parseFile(QStringLiteral("ipsec.secrets"));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0).selectors, (QStringList{QStringLiteral("203.0.113.10"), QStringLiteral("198.51.100.2")}));
        QCOMPARE(s.at(0).secret, QStringLiteral("quoted secret"));
        QCOMPARE(s.at(1).type, QStringLiteral("RSA"));
        QVERIFY(s.at(1).selectors.isEmpty());
        QCOMPARE(SecretEncoding::decode(s.at(2).secret), std::optional<QString>(QStringLiteral("test-only-key")));
        QCOMPARE(s.at(3).place.toString(), QStringLiteral("ipsec.d/more.secrets:1"));
        QCOMPARE(SecretEncoding::decode(s.at(3).secret), std::optional<QString>(QStringLiteral("test-hex")));
        // The broken line is an error; its text (maybe a secret) is not echoed.
        QCOMPARE(notes(log, Kind::Error),
                 QStringList{QStringLiteral("ipsec.secrets:6 expected \"[selectors] : TYPE secret\"")});
    }

    void secretEncodings()
    {
        QCOMPARE(SecretEncoding::decode(QStringLiteral("plain")), std::optional<QString>(QStringLiteral("plain")));
        QVERIFY(!SecretEncoding::decode(QStringLiteral("0xabc")));   // odd length
        QVERIFY(!SecretEncoding::decode(QStringLiteral("0x00ff")));  // not text
        QVERIFY(!SecretEncoding::decode(QStringLiteral("0s!!!")));   // not base64
    }
};

QTEST_GUILESS_MAIN(TestIpsecConf)
#include "tst_ipsecconf.moc"
