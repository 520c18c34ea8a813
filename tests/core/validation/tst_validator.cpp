#include "core/io/topologyreader.h"
#include "tests/core/validation/validationfixture.h"

#include <QTest>

using namespace ValidationFixture;

// The validator as a whole: the seed is clean, the order is stable, and the
// fixtures under tests/data/validation give exactly the findings they are named for.
class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedHasOnlyNotes()
    {
        const Secrets secrets = seedSecrets();
        const QList<Finding> all = Validator::validate(seed(), &secrets);
        QStringList codes;
        for (const Finding &f : all)
            codes << f.code;
        QCOMPARE(codes, (QStringList{"public-address-documentation", "public-address-documentation",
                                     "local-address-in-pool"}));
        QVERIFY(!Validator::hasErrors(all));
        QCOMPARE(Validator::count(all, Finding::Severity::Info), 3);
    }

    void seedFileAsShippedWithItsSecrets()
    {
        LoadError error;
        const auto t = TopologyReader::fromFile(
            QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples/seed.topology.json"), &error);
        QVERIFY2(t, qPrintable(error.toString()));
        const QList<Finding> all = Validator::validate(*t);
        QVERIFY2(!Validator::hasErrors(all), qPrintable(describe(all)));
        QCOMPARE(Validator::count(all, Finding::Severity::Warning), 0);
    }

    void errorsFirstThenWarningsThenNotes()
    {
        Topology t = seed();
        t.mtu = 1500;                              // warning
        t.sites[1].lans = prefixes({"10.10.0.0/16"}); // error
        const QList<Finding> all = Validator::validate(t);
        QVERIFY(all.size() >= 4);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY2(int(all[i - 1].severity) <= int(all[i].severity), qPrintable(describe(all)));
        QCOMPARE(all.first().code, QStringLiteral("lan-overlap"));
        QCOMPARE(all.last().severity, Finding::Severity::Info);
    }

    void sameInputSameOutput()
    {
        Topology t = seed();
        t.sites[1].lans = prefixes({"10.10.0.0/16", "10.10.1.0/24", "10.8.0.0/25"});
        const QList<Finding> a = Validator::validate(t);
        const QList<Finding> b = Validator::validate(t);
        QCOMPARE(describe(a), describe(b));
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("invalid/overlap") << "invalid/overlap.topology.json" << QStringList{"lan-overlap"};
        QTest::newRow("hub with three gateways") << "validation/three-gateways.topology.json"
                                                 << QStringList{};
        QTest::newRow("pool next to LAN") << "validation/pool-next-to-lan.topology.json"
                                          << QStringList{};
        QTest::newRow("everything wrong") << "validation/broken-plan.topology.json"
                                          << QStringList{"host-bits-set", "lan-overlap",
                                                         "local-address-in-lan",
                                                         "local-address-not-usable",
                                                         "pool-overlaps-lan", "pool-too-small",
                                                         "unsafe-value"};
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, errors);
        LoadError error;
        const auto t = TopologyReader::fromFile(QStringLiteral(ROUTESTUDIO_TEST_DATA "/") + file, &error);
        QVERIFY2(t, qPrintable(error.toString()));
        const QList<Finding> all = Validator::validate(*t);
        QStringList got;
        for (const Finding &f : all) {
            if (f.severity == Finding::Severity::Error && !got.contains(f.code))
                got << f.code;
        }
        got.sort();
        QVERIFY2(got == errors, qPrintable(describe(all)));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
