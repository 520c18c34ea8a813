#include "core/io/exampletopology.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"
#include "core/io/topologywriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTopologyIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedExampleLoads()
    {
        const Topology t = ExampleTopology::topology();
        QCOMPARE(t.name, QStringLiteral("Central office and remote site A"));
        QCOMPARE(t.mtu, std::optional<int>(1400));
        QCOMPARE(t.sites.size(), 2);
        QCOMPARE(t.sites[0].id, QStringLiteral("hq"));
        QVERIFY(t.sites[0].isHub());
        QVERIFY(t.sites[0].remoteAccess.has_value());
        QCOMPARE(t.sites[0].remoteAccess->pool.toString(), QStringLiteral("10.8.0.0/24"));
        QCOMPARE(t.sites[0].remoteAccess->localAddress.toString(), QStringLiteral("10.8.0.1"));
        QCOMPARE(t.sites[1].lans.first().toString(), QStringLiteral("10.20.0.0/16"));
        QCOMPARE(t.links.first().transport, Transport::Ipsec);
        QCOMPARE(t.links.first().ike, IkeVersion::Ikev2);
        QCOMPARE(t.profiles.first().users, QStringList({"alice", "bob"}));
        QCOMPARE(t.layout.value(QStringLiteral("site-a")), QPointF(360, 0));
    }

    // The seed file is written in the canonical form: saving it reproduces it exactly.
    void seedExampleSavesByteIdentical()
    {
        QCOMPARE(TopologyWriter::toJson(ExampleTopology::topology()), ExampleTopology::json());
    }

    void roundTripIsByteStableAndKeepsUnknownFields()
    {
        QByteArray json = ExampleTopology::json();
        json.replace("\"mtu\": 1400,", "\"mtu\": 1400, \"futureTop\": {\"b\": [1, {\"x\": 2}], \"a\": true},");
        json.replace("\"role\": \"hub\",", "\"role\": \"hub\", \"rack\": \"B7\",");
        json.replace("\"dns\": [\"10.10.0.53\"]", "\"dns\": [\"10.10.0.53\"], \"wins\": []");
        json.replace("\"ike\": \"ikev2\",", "\"ike\": \"ikev2\", \"dpd\": 30,");
        json.replace("\"tunnel\": \"split\",", "\"tunnel\": \"split\", \"note\": \"ä \\\"q\\\"\",");
        LoadError error;
        const auto first = TopologyReader::fromJson(json, &error);
        QVERIFY2(first, qPrintable(error.toString()));
        QCOMPARE(first->extra.value(QStringLiteral("futureTop")).toObject().size(), 2);
        QCOMPARE(first->sites[0].extra.value(QStringLiteral("rack")).toString(),
                 QStringLiteral("B7"));
        const QByteArray saved = TopologyWriter::toJson(*first);
        QVERIFY(saved.contains("\"rack\": \"B7\""));
        QVERIFY(saved.contains("\"wins\": []"));
        QVERIFY(saved.contains("\"dpd\": 30"));
        QVERIFY(saved.contains("\"note\": \"ä \\\"q\\\"\""));
        const auto second = TopologyReader::fromJson(saved, &error);
        QVERIFY2(second, qPrintable(error.toString()));
        QCOMPARE(TopologyWriter::toJson(*second), saved);
    }

    void atomicSaveThenLoad()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("t.topology.json"));
        QString error;
        QVERIFY2(TopologyWriter::toFile(ExampleTopology::topology(), file, &error),
                 qPrintable(error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), ExampleTopology::json());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"t.topology.json"});
    }

    void secretsAreWrittenOwnerOnly()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.secrets.json"));
        Secrets s;
        s.psk.insert(QStringLiteral("hq-l2tp"), QStringLiteral("k1"));
        s.users.insert(QStringLiteral("alice"), QStringLiteral("p\"w"));
        QString error;
        QVERIFY2(SecretsFile::toFile(s, file, &error), qPrintable(error));
        const QFileDevice::Permissions mode = QFile::permissions(file);
        QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(mode & others, QFileDevice::Permissions());
        LoadError le;
        const auto back = SecretsFile::fromFile(file, &le);
        QVERIFY2(back, qPrintable(le.toString()));
        QCOMPARE(back->users.value(QStringLiteral("alice")), QStringLiteral("p\"w"));
        QCOMPARE(SecretsFile::toJson(*back), SecretsFile::toJson(s));
    }

    void seedSecretsLoad()
    {
        LoadError le;
        const auto s = SecretsFile::fromFile(QStringLiteral(":/examples/seed.secrets.json"), &le);
        QVERIFY2(s, qPrintable(le.toString()));
        QCOMPARE(s->psk.size(), 2);
        QCOMPARE(s->users.value(QStringLiteral("bob")), QStringLiteral("example-only-bob-pass"));
    }

    void freshSecretsCoverEveryName()
    {
        const Secrets s = ExampleTopology::freshSecrets(ExampleTopology::topology());
        QCOMPARE(s.psk.keys(), QStringList({"hq-l2tp", "hq-site-a"}));
        QCOMPARE(s.users.keys(), QStringList({"alice", "bob"}));
        QVERIFY(s.psk.value(QStringLiteral("hq-l2tp")).size() >= 32);
        QVERIFY(s.psk.value(QStringLiteral("hq-l2tp")) != s.psk.value(QStringLiteral("hq-site-a")));
    }
};

QTEST_GUILESS_MAIN(TestTopologyIo)
#include "tst_topologyio.moc"
