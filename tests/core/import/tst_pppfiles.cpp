#include "core/import/chapsecretsparser.h"
#include "core/import/pppoptionsparser.h"
#include "core/import/routescriptparser.h"
#include "core/import/xl2tpdparser.h"
#include "tests/core/import/importtesttree.h"

#include <QTest>

using ImportTestTree::notes;
using Kind = ImportNote::Kind;

class TestPppFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xl2tpd()
    {
        ImportLog log;
        const auto s = Xl2tpdParser::parse(QStringLiteral("; comment\n[global]\nlisten-addr = 203.0.113.10\n"
                                                          "[lns default]\nip range = 10.8.0.2-10.8.0.254 ; pool\n"
                                                          "Local  IP = 10.8.0.1\n[lac hq]\nlns = 203.0.113.10\n"),
                                           QStringLiteral("xl2tpd.conf"), log);
        QVERIFY(notes(log, Kind::Error).isEmpty());
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(1).type, QStringLiteral("lns"));
        QCOMPARE(s.at(1).name, QStringLiteral("default"));
        QCOMPARE(s.at(1).param(QStringLiteral("ip range"))->value, QStringLiteral("10.8.0.2-10.8.0.254"));
        QCOMPARE(s.at(1).param(QStringLiteral("local ip"))->place.toString(), QStringLiteral("xl2tpd.conf:6"));
        QCOMPARE(s.at(2).param(QStringLiteral("lns"))->value, QStringLiteral("203.0.113.10"));
        ImportLog bad;
        QVERIFY(Xl2tpdParser::parse(QStringLiteral("[global]\n[lns]\n"), QStringLiteral("x"), bad).isEmpty());
        QCOMPARE(notes(bad, Kind::Error).value(0).left(4), QStringLiteral("x:2 "));
    }

    void pppOptions()
    {
        ImportLog log;
        const auto o = PppOptionsParser::parse(
            QStringLiteral("# c\nname hq\nrequire-mschap-v2 ms-dns 10.0.0.53\nms-dns \"10.0.0.54\" # second\n"
                           "10.8.0.1:\nmtu 1400"),
            QStringLiteral("options.xl2tpd"), log);
        QCOMPARE(o.size(), 6);
        QCOMPARE(o.at(0).args, QStringList{QStringLiteral("hq")});
        QCOMPARE(o.at(2).name, QStringLiteral("ms-dns"));
        QCOMPARE(o.at(2).place.line, 3);
        QCOMPARE(o.at(3).args, QStringList{QStringLiteral("10.0.0.54")});
        QCOMPARE(o.at(4).name, QStringLiteral("10.8.0.1:"));
        ImportLog bad;
        QVERIFY(PppOptionsParser::parse(QStringLiteral("name"), QStringLiteral("o"), bad).isEmpty());
        QCOMPARE(notes(bad, Kind::Error), QStringList{QStringLiteral("o:1 option name needs an argument")});
    }

    void chapSecrets()
    {
        ImportLog log;
        const auto s = ChapSecretsParser::parse(
            QStringLiteral("# client server secret addresses\n"
                           "alice hq \"pass word\" *\n"
                           "\"*\" * x\\ y 10.8.0.5 !10.8.0.6\n"
                           "bob hq\n"),
            QStringLiteral("chap-secrets"), log);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s.at(0).secret, QStringLiteral("pass word"));
        QCOMPARE(s.at(0).addresses, QStringList{QStringLiteral("*")});
        QVERIFY(!s.at(1).clientWildcard); // quoted "*" is a name
        QVERIFY(s.at(1).serverWildcard);
        QCOMPARE(s.at(1).secret, QStringLiteral("x y"));
        QCOMPARE(s.at(1).addresses, (QStringList{QStringLiteral("10.8.0.5"), QStringLiteral("!10.8.0.6")}));
        QCOMPARE(notes(log, Kind::Error),
                 QStringList{QStringLiteral("chap-secrets:4 a secret needs client, server and secret")});
    }

    void plainRouteLines()
    {
        ImportLog log;
        const auto r = RouteScriptParser::parse(
            QStringLiteral("#!/bin/sh\n"
                           "/sbin/ip route add 10.20.0.0/16 dev \"$1\"\n"
                           "ip ro replace 10.21.0.0/16 via 10.8.0.9 metric 5 # comment\n"
                           "echo ip route add 1.2.3.0/24 dev x\n"
                           "ip addr add 10.0.0.1/24 dev eth0\n"),
            QStringLiteral("ip-up"), log);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).destination, QStringLiteral("10.20.0.0/16"));
        QCOMPARE(r.at(0).dev, QStringLiteral("$1"));
        QCOMPARE(r.at(0).place.toString(), QStringLiteral("ip-up:2"));
        QCOMPARE(r.at(1).via, QStringLiteral("10.8.0.9"));
        QCOMPARE(r.at(1).options, (QStringList{QStringLiteral("metric"), QStringLiteral("5")}));
    }

    void caseArmsAndRouteFunctions()
    {
        ImportLog log;
        const auto r = RouteScriptParser::parse(
            QStringLiteral("iface=${1:-}\n"
                           "up() {\n"
                           "    if ! out=$(ip route replace \"$1\" dev \"$iface\" 2>&1); then\n"
                           "        echo \"failed: $out\" >&2\n"
                           "    fi\n"
                           "}\n"
                           "case \"$PEERNAME\" in\n"
                           "    'link-a')\n"
                           "        up '10.40.0.0/24'\n"
                           "        up '10.41.0.0/24'\n"
                           "        ;;\n"
                           "    b|c) up 10.50.0.0/16 ;;\n"
                           "esac\n"
                           "ip route add 10.60.0.0/16 dev ppp0\n"),
            QStringLiteral("ip-up.d/x"), log);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0).destination, QStringLiteral("10.40.0.0/24"));
        QCOMPARE(r.at(0).dev, QStringLiteral("$iface"));
        QCOMPARE(r.at(0).verb, QStringLiteral("replace"));
        QCOMPARE(r.at(0).subject, QStringLiteral("$PEERNAME"));
        QCOMPARE(r.at(0).pattern, QStringLiteral("link-a"));
        QCOMPARE(r.at(0).place.line, 9);
        QCOMPARE(r.at(1).place.line, 10);
        QCOMPARE(r.at(2).pattern, QStringLiteral("b|c"));
        QVERIFY(r.at(3).pattern.isEmpty());
        QCOMPARE(r.at(3).dev, QStringLiteral("ppp0"));
    }
};

QTEST_GUILESS_MAIN(TestPppFiles)
#include "tst_pppfiles.moc"
