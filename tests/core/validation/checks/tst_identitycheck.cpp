#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

class TestIdentityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        addFindingColumns();
        row("seed: ids valid", [](Topology &) {}, "invalid-id", 0);
        row("seed: ids unique", [](Topology &) {}, "duplicate-id", 0);
        row("seed: sites known", [](Topology &) {}, "unknown-site", 0);
        row("upper-case site id",
            [](Topology &t) { t.sites[1].id = QStringLiteral("Site-A"); t.links[0].to = QStringLiteral("Site-A"); },
            "invalid-id", 1, {"sites[1].id"}, "site id \"Site-A\" contains 'S' at position 1");
        row("id starting with dash", [](Topology &t) { t.profiles[0].id = QStringLiteral("-x"); },
            "invalid-id", 1, {"profiles[0].id"});
        row("id of 63 characters", [](Topology &t) { t.links[0].id = QString(63, u'l'); },
            "invalid-id", 0);
        row("id of 64 characters", [](Topology &t) { t.links[0].id = QString(64, u'l'); },
            "invalid-id", 1, {"links[0].id"}, "is 64 characters long (at most 63)");
        row("two sites with one id",
            [](Topology &t) { t.sites.append(gateway(QStringLiteral("hq"), {"10.30.0.0/16"})); },
            "duplicate-id", 1, {"sites[0].id", "sites[2].id"}, "site id \"hq\" is used twice");
        row("two links with one id",
            [](Topology &t) {
                t.sites.append(gateway(QStringLiteral("site-b"), {"10.30.0.0/16"}));
                t.links.append(link(QStringLiteral("hq-site-a"), QStringLiteral("hq"),
                                    QStringLiteral("site-b")));
            },
            "duplicate-id", 1, {"links[0].id", "links[1].id"});
        row("site and link may share an id", [](Topology &t) { t.links[0].id = QStringLiteral("hq"); },
            "duplicate-id", 0);
        row("link to unknown site", [](Topology &t) { t.links[0].to = QStringLiteral("nowhere"); },
            "unknown-site", 1, {"links[0].to"}, "refers to site \"nowhere\"");
        row("link from unknown site", [](Topology &t) { t.links[0].from = QStringLiteral("x"); },
            "unknown-site", 1, {"links[0].from"});
        row("profile on unknown hub", [](Topology &t) { t.profiles[0].hub = QStringLiteral("hub9"); },
            "unknown-site", 1, {"profiles[0].hub"}, "refers to hub \"hub9\"");
    }

    void findings() { verifyFindingRow(); }
};

QTEST_GUILESS_MAIN(TestIdentityCheck)
#include "tst_identitycheck.moc"
