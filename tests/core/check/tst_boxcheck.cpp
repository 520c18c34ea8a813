#include "core/check/boxcheck.h"
#include "core/check/collection.h"
#include "core/check/liveparsers.h"
#include "core/generators/generationplan.h"
#include "core/generators/sitegeneration.h"
#include "tests/core/fixturefiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

// `check` against collections (issue 17, docs/check.md). The two collections
// in tests/data/check were taken from the seed's boxes in the host lab (real
// charon, nftables, ip; tests/integration/check.sh does the same and breaks
// the boxes for real); each row breaks one thing in a copy of hq's and
// asserts that exactly that fault is named, with its evidence.
namespace {

using Edit = std::function<void(const QString &dir)>;

const QString kSeed = QStringLiteral(ROUTESTUDIO_SOURCE_DIR "/resources/examples/seed");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Edits the JSON array (or, for nft, the "nftables" array) of a collected file.
void editJson(const QString &path, const std::function<void(QJsonArray &)> &edit)
{
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(path));
    if (doc.isArray()) {
        QJsonArray a = doc.array();
        edit(a);
        writeAll(path, QJsonDocument(a).toJson());
        return;
    }
    QJsonObject o = doc.object();
    QJsonArray a = o.value(QLatin1String("nftables")).toArray();
    edit(a);
    o.insert(QStringLiteral("nftables"), a);
    writeAll(path, QJsonDocument(o).toJson());
}

void setRouteDev(const QString &dir, const QString &dst, const QString &dev)
{
    editJson(dir + u"/ip-route.json", [&](QJsonArray &a) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonObject r = a[i].toObject();
            if (r.value(QLatin1String("dst")).toString() != dst || r.contains(QLatin1String("table")))
                continue;
            if (dev.isEmpty()) {
                a.removeAt(i);
                return;
            }
            r.insert(QStringLiteral("dev"), dev);
            a[i] = r;
        }
    });
}

QJsonObject nftObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestBoxCheck : public QObject
{
    Q_OBJECT

    QList<GeneratedFile> m_files;

    QList<CheckFinding> check(const Edit &edit, bool withFiles = true)
    {
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(ROUTESTUDIO_TEST_DATA "/check/seed-hq"));
        for (const QString &f : sample.entryList(QDir::Files))
            writeAll(dir.filePath(f), readAll(sample.filePath(f)));
        for (const GeneratedFile &f : m_files)
            writeAll(dir.filePath(QStringLiteral("files/") + f.path), f.content);
        edit(dir.path());
        const Topology t = FixtureFiles::topology(kSeed);
        const Secrets s = FixtureFiles::secrets(kSeed);
        const GenerationPlan plan(t, s);
        return BoxCheck::run(plan.input(), *t.site(QStringLiteral("hq")), LiveState::fromDir(dir.path()),
                             withFiles ? &m_files : nullptr);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Topology t = FixtureFiles::topology(kSeed);
        const Secrets s = FixtureFiles::secrets(kSeed);
        const GenerationPlan plan(t, s);
        QVERIFY(plan.ok());
        m_files = SiteGeneration::filesOf(plan, *t.site(QStringLiteral("hq")));
    }

    void aHealthyBoxPasses()
    {
        const QList<CheckFinding> f = check([](const QString &) {});
        QVERIFY2(f.isEmpty(), qPrintable(f.isEmpty() ? QString() : f.first().code + u": " + f.first().message));
    }

    void eachFaultIsNamedWithItsEvidence_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("forwarding off") << Edit([](const QString &d) {
            writeAll(d + u"/sysctl.txt", "net.ipv4.ip_forward = 0\n");
        }) << "forwarding-off" << "net.ipv4.ip_forward = 0";
        QTest::newRow("route deleted") << Edit([](const QString &d) {
            setRouteDev(d, QStringLiteral("10.20.0.0/16"), QString());
        }) << "route-missing" << "ip route show table main has no 10.20.0.0/16";
        QTest::newRow("route moved to the WAN") << Edit([](const QString &d) {
            setRouteDev(d, QStringLiteral("10.20.0.0/16"), QStringLiteral("wan0"));
        }) << "route-wrong-interface" << "10.20.0.0/16 dev wan0 table main";
        QTest::newRow("a more specific route elsewhere") << Edit([](const QString &d) {
            editJson(d + u"/ip-route.json", [](QJsonArray &a) {
                a.append(QJsonObject{{"dst", "10.20.5.0/24"}, {"dev", "lan0"}});
            });
        }) << "route-shadowed" << "10.20.5.0/24 dev lan0 table main";
        QTest::newRow("SA down") << Edit([](const QString &d) {
            writeAll(d + u"/swanctl-sas.txt", "list-sas reply {}\n");
        }) << "sa-down" << "swanctl --list-sas shows no CHILD_SA hq-site-a";
        QTest::newRow("other selectors") << Edit([](const QString &d) {
            QByteArray raw = readAll(d + u"/swanctl-sas.txt");
            raw.replace("remote-ts=[10.20.0.0/16]", "remote-ts=[10.20.0.0/24]");
            writeAll(d + u"/swanctl-sas.txt", raw);
        }) << "sa-selectors" << "remote-ts=[10.20.0.0/24]";
        QTest::newRow("MTU raised") << Edit([](const QString &d) {
            editJson(d + u"/ip-link.json", [](QJsonArray &a) {
                for (QJsonValueRef v : a) {
                    QJsonObject l = v.toObject();
                    if (l.value(QLatin1String("ifname")).toString() == QLatin1String("ipsec0"))
                        l.insert(QStringLiteral("mtu"), 1500);
                    v = l;
                }
            });
        }) << "mtu-too-high" << "ipsec0: mtu 1500";
        QTest::newRow("ruleset flushed") << Edit([](const QString &d) {
            editJson(d + u"/nft.json", [](QJsonArray &a) { a = QJsonArray{a.first()}; });
        }) << "firewall-missing" << "nft list ruleset has no table inet routestudio";
        QTest::newRow("MSS rule removed") << Edit([](const QString &d) {
            editJson(d + u"/nft.json", [](QJsonArray &a) {
                for (qsizetype i = a.size() - 1; i >= 0; --i) {
                    if (QJsonDocument(a[i].toObject()).toJson().contains("maxseg"))
                        a.removeAt(i);
                }
            });
        }) << "mss-clamp-missing" << "0 rule(s) with";
        QTest::newRow("masquerade for the routed subnets") << Edit([](const QString &d) {
            editJson(d + u"/nft.json", [](QJsonArray &a) {
                a.append(nftObject(R"({"table": {"family": "ip", "name": "nat"}})"));
                a.append(nftObject(R"({"chain": {"family": "ip", "table": "nat", "name": "post",
                    "type": "nat", "hook": "postrouting", "prio": 100, "policy": "accept"}})"));
                a.append(nftObject(R"({"rule": {"family": "ip", "table": "nat", "chain": "post", "expr": [
                    {"match": {"op": "==", "left": {"payload": {"protocol": "ip", "field": "saddr"}},
                               "right": {"prefix": {"addr": "10.10.0.0", "len": 16}}}},
                    {"masquerade": null}]}})"));
            });
        }) << "nat-on-routed" << "masquerade";
        QTest::newRow("a generated file edited") << Edit([](const QString &d) {
            const QString f = d + u"/files/etc/sysctl.d/60-routestudio.conf";
            writeAll(f, readAll(f).replace("ip_forward = 1", "ip_forward = 0"));
        }) << "file-drift" << "-net.ipv4.ip_forward = 0";
        QTest::newRow("nothing from swanctl") << Edit([](const QString &d) {
            QFile::remove(d + u"/swanctl-sas.txt");
        }) << "not-collected" << "swanctl-sas.txt: not collected";
    }

    void eachFaultIsNamedWithItsEvidence()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, code);
        QFETCH(QString, evidence);
        const QList<CheckFinding> found = check(edit);
        QStringList codes;
        for (const CheckFinding &f : found)
            codes << f.code;
        QCOMPARE(codes, QStringList{code});
        QVERIFY2(found.first().evidence.contains(evidence), qPrintable(found.first().evidence));
        QVERIFY(!found.first().fix.isEmpty());
    }

    // Masquerading what leaves by the WAN is not NAT of routed traffic.
    void aWanOnlyMasqueradeIsFine()
    {
        const QList<CheckFinding> found = check([](const QString &d) {
            editJson(d + u"/nft.json", [](QJsonArray &a) {
                a.append(nftObject(R"({"chain": {"family": "inet", "table": "routestudio", "name": "post",
                    "type": "nat", "hook": "postrouting", "prio": 100, "policy": "accept"}})"));
                a.append(nftObject(R"({"rule": {"family": "inet", "table": "routestudio", "chain": "post", "expr": [
                    {"match": {"op": "==", "left": {"meta": {"key": "oifname"}}, "right": "wan0"}},
                    {"masquerade": null}]}})"));
            });
        });
        QVERIFY(found.isEmpty());
    }

    void withoutSecretsFilesAndFirewallAreNotCompared()
    {
        QVERIFY(check([](const QString &d) { QDir(d + u"/files").removeRecursively(); }, false).isEmpty());
    }

    void viciRawRefusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("error");
        QTest::newRow("no brace") << QByteArray("list-sa event\n") << "line 1: no '{'";
        QTest::newRow("unclosed") << QByteArray("list-sa event {a {b=c}\n") << "line 1: a section is not closed";
        QTest::newRow("list unclosed") << QByteArray("x {a {l=[1 2\n") << "line 1: list l is not closed";
        QTest::newRow("deep") << QByteArray("x {") + QByteArray("a {").repeated(20) + QByteArray("}").repeated(21)
                              << "line 1: nested deeper than 16";
        QTest::newRow("junk") << QByteArray("x {=}\n") << "neither key=value nor a section";
    }

    void viciRawRefusesWhatItCannotRead()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!LiveParsers::swanctlRaw(raw, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestBoxCheck)
#include "tst_boxcheck.moc"
