#include "core/check/livestate.h"
#include "core/check/nftrules.h"

#include <QFile>
#include <QTest>

// Golden tests of the collection parsers (docs/check.md): what LiveState reads
// from the two collections taken from the seed's boxes in the host lab (real
// ip, sysctl, nft and charon output), written out in one canonical text and
// compared with tests/data/check/<box>.parsed.txt.
// ROUTESTUDIO_UPDATE_GOLDEN=1 rewrites the golden files.
namespace {

QString prefixes(const QList<Ipv4Prefix> &list)
{
    QStringList out;
    for (const Ipv4Prefix &p : list)
        out << p.toString();
    return out.join(QLatin1Char(','));
}

QString describe(const LiveState &s)
{
    QStringList out;
    out << QStringLiteral("forwarding %1").arg(s.forwarding.value_or(QStringLiteral("-")));
    for (const LiveRoute &r : s.routes.value_or(QList<LiveRoute>())) {
        out << QStringLiteral("route %1 dev %2 table %3 type %4 metric %5")
                   .arg(r.destination ? r.destination->toString() : QStringLiteral("-"), r.dev, r.table, r.type)
                   .arg(r.metric);
    }
    for (const LiveLink &l : s.links.value_or(QList<LiveLink>()))
        out << QStringLiteral("link %1 mtu %2 altnames %3").arg(l.name).arg(l.mtu).arg(l.altnames.join(u','));
    for (const LiveChild &c : s.children.value_or(QList<LiveChild>())) {
        out << QStringLiteral("child %1/%2 %3 local %4 remote %5")
                   .arg(c.connection, c.name, c.state, prefixes(c.localTs), prefixes(c.remoteTs));
    }
    if (s.nft) {
        for (const QJsonObject &r : NftRules::rules(*s.nft, QString(), QString())) {
            out << QStringLiteral("rule %1 %2 %3: %4")
                       .arg(r.value(QLatin1String("family")).toString(), r.value(QLatin1String("table")).toString(),
                            r.value(QLatin1String("chain")).toString(), r.value(QLatin1String("comment")).toString());
        }
    }
    for (const QString &p : s.problems)
        out << QStringLiteral("problem ") + p;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

class TestLiveParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("box");
        QTest::newRow("hub") << "seed-hq";
        QTest::newRow("gateway") << "seed-site-a";
    }

    void golden()
    {
        QFETCH(QString, box);
        const QString data = QStringLiteral(ROUTESTUDIO_TEST_DATA "/check/");
        const QString text = describe(LiveState::fromDir(data + box));
        QFile golden(data + box + QStringLiteral(".parsed.txt"));
        if (qEnvironmentVariableIntValue("ROUTESTUDIO_UPDATE_GOLDEN") == 1) {
            QVERIFY(golden.open(QIODevice::WriteOnly | QIODevice::Truncate));
            golden.write(text.toUtf8());
            return;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        QCOMPARE(text, QString::fromUtf8(golden.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestLiveParsers)
#include "tst_liveparsers.moc"
