#include "linuxcases.h"

#include <QRegularExpression>

// The firewall names the routed subnets as a set, never as pairs: on a hub with
// N gateways every prefix appears a bounded number of times in each site's
// routestudio.nft and iptables.rules, so the files grow linearly with the
// prefixes (a rule per pair of routed subnets made them grow with N squared).
class TestFirewallSize : public QObject
{
    Q_OBJECT

    // three-gateways plus `extra` more ipsec gateways on hq, 10.100.2k.0/24 each: a
    // gap after each, so no two merge into one route (the worst case for the
    // route table; a numbered fleet's routes are shorter still).
    static QMap<QString, GeneratedFile> generate(int extra, Topology *out = nullptr)
    {
        LinuxCases::Case base;
        for (const LinuxCases::Case &c : LinuxCases::all()) {
            if (c.name == u"three-gateways")
                base = c;
        }
        Topology t = LinuxCases::loadTopology(base);
        Secrets s = LinuxCases::loadSecrets(base);
        const Site templ = *t.site(QStringLiteral("site-a"));
        const Link linkTempl = t.links.first();
        for (int k = 0; k < extra; ++k) {
            Site gw = templ;
            gw.id = QStringLiteral("gw-%1").arg(k);
            gw.name = gw.id;
            gw.publicAddress = QStringLiteral("198.18.0.%1").arg(k + 1);
            gw.lans = {Ipv4Prefix(Ipv4Address(0x0a640000u | quint32(2 * k) << 8), 24)};
            t.sites << gw;
            Link l = linkTempl;
            l.id = QStringLiteral("hq-%1").arg(gw.id);
            l.from = QStringLiteral("hq");
            l.to = gw.id;
            l.secret = l.id;
            t.links << l;
            s.psk.insert(l.id, QStringLiteral("test-only-psk-%1-Xy7q").arg(k));
        }
        const SiteGeneration gen = SiteGeneration::run(t, s);
        if (!gen.ok) {
            for (const Finding &f : gen.findings)
                qWarning("%s", qPrintable(f.message));
            qFatal("generation refused");
        }
        QMap<QString, GeneratedFile> files;
        for (auto it = gen.filesBySite.cbegin(); it != gen.filesBySite.cend(); ++it) {
            for (const GeneratedFile &f : it.value())
                files.insert(it.key() + u'/' + f.path, f);
        }
        if (out)
            *out = t;
        return files;
    }

    static int count(const QString &text, const QString &what)
    {
        return int(text.count(what));
    }

private Q_SLOTS:
    void everyPrefixAppearsBoundedTimes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("bound");
        // nft: once in @routed, once in @tunneled. iptables: rs-from-routed,
        // rs-to-routed, the drop into a tunnel and the pool's no-NAT RETURN.
        QTest::newRow("nft") << QStringLiteral("etc/nftables.d/routestudio.nft") << 2;
        QTest::newRow("iptables") << QStringLiteral("etc/routestudio/iptables.rules") << 4;
    }
    void everyPrefixAppearsBoundedTimes()
    {
        QFETCH(QString, path);
        QFETCH(int, bound);
        constexpr int extra = 40;
        Topology t;
        const auto files = generate(extra, &t);
        int checked = 0;
        for (const QString &site : {QStringLiteral("hq"), QStringLiteral("site-a"), QStringLiteral("gw-7")}) {
            const QString text = QString::fromUtf8(files.value(site + u'/' + path).content);
            QVERIFY2(!text.isEmpty(), qPrintable(site + u": no " + path));
            for (const Site &s : t.sites) {
                for (const Ipv4Prefix &lan : s.lans) {
                    // Whole prefix only (10.100.1.0/24 must not count in 10.100.11.0/24).
                    const QRegularExpression re(u"(?<![0-9.])" + QRegularExpression::escape(lan.toString())
                                                + u"(?![0-9])");
                    const int n = int(text.count(re));
                    QVERIFY2(n >= 1, qPrintable(site + u": " + lan.toString() + u" missing from " + path));
                    QVERIFY2(n <= bound, qPrintable(QStringLiteral("%1: %2 appears %3 times in %4 (at most %5)")
                                                        .arg(site, lan.toString()).arg(n).arg(path).arg(bound)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 3 * extra);
    }

    // Rules grow by a constant per gateway: the hub's file with 2N extra
    // gateways has about twice the rules of N more, not four times.
    void hubRulesGrowLinearly()
    {
        const auto rules = [](int extra) {
            const QString text = QString::fromUtf8(
                generate(extra).value(QStringLiteral("hq/etc/routestudio/iptables.rules")).content);
            return count(text, QStringLiteral("\n-A "));
        };
        const int r0 = rules(0);
        const int r20 = rules(20);
        const int r40 = rules(40);
        QCOMPARE(r40 - r20, r20 - r0);
        QVERIFY2(r40 - r20 <= 4 * 20, qPrintable(QStringLiteral("%1 more rules for 20 more gateways").arg(r40 - r20)));
    }
};

QTEST_GUILESS_MAIN(TestFirewallSize)
#include "tst_firewallsize.moc"
