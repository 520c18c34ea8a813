#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestSiteCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        row("seed: LANs everywhere", [](Topology &) {}, "site-without-lans", 0);
        row("gateway without LANs", [](Topology &t) { t.sites[1].lans.clear(); }, "site-without-lans",
            1, {"sites[1].lans"}, "site site-a has no LANs");
        row("hub without LANs",
            [](Topology &t) {
                t.sites[0].lans.clear();
                t.profiles[0].routes = prefixes({"10.20.0.0/16"});
            },
            "site-without-lans", 1, {"sites[0].lans"});
        row("seed: gateway linked", [](Topology &) {}, "gateway-not-linked", 0);
        row("no links", [](Topology &t) { t.links.clear(); }, "gateway-not-linked", 1, {"sites[1]"},
            "gateway site-a has no link");
        row("a link to itself does not count", [](Topology &t) { t.links[0].from = QStringLiteral("site-a"); },
            "gateway-not-linked", 1, {"sites[1]"});
        row("hubs need no link",
            [](Topology &t) { t.sites.append(hub(QStringLiteral("hub2"), {"10.40.0.0/16"}, nullptr, nullptr)); },
            "gateway-not-linked", 0);
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
