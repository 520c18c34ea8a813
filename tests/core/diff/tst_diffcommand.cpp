// `routestudio-cli diff` as a user runs it: exit codes as validate (0 ok,
// 1 validation errors, 2 unreadable/bad usage), per-box output, no secrets.

#include "core/io/exampletopology.h"
#include "core/io/secretsfile.h"
#include "core/io/filebytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDiffCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Secrets m_secrets;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!FileBytes::writeAtomic(path, bytes, FileBytes::privateMode(), &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

    int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(ROUTESTUDIO_BINARY_DIR "/app/routestudio-cli"),
                QStringList{QStringLiteral("diff")} + args);
        p.waitForFinished(60000);
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QByteArray json = ExampleTopology::json();
        json.replace("\"platform\": \"linux-strongswan\",\n      \"publicAddress\": \"198.51",
                     "\"platform\": \"mikrotik\",\n      \"publicAddress\": \"198.51");
        QVERIFY(json.contains("mikrotik"));
        write(QStringLiteral("old.json"), json);
        QByteArray changed = json;
        changed.replace("\"lans\": [\"10.10.0.0/16\"]", "\"lans\": [\"10.10.0.0/16\", \"10.11.0.0/16\"]");
        QVERIFY(changed != json);
        write(QStringLiteral("new.json"), changed);
        QByteArray invalid = json;
        invalid.replace("\"lans\": [\"10.20.0.0/16\"]", "\"lans\": [\"10.10.0.0/16\"]");
        write(QStringLiteral("invalid.json"), invalid);
        m_secrets = ExampleTopology::freshSecrets(ExampleTopology::topology());
        write(QStringLiteral("s.json"), SecretsFile::toJson(m_secrets));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("changes") << QStringList{"old.json", "new.json", "--secrets", "s.json"} << 0;
        QTest::newRow("no secrets file") << QStringList{"old.json", "new.json"} << 0;
        QTest::newRow("validation errors") << QStringList{"old.json", "invalid.json"} << 1;
        QTest::newRow("unreadable") << QStringList{"old.json", "missing.json"} << 2;
        QTest::newRow("usage") << QStringList{"old.json"} << 2;
        QTest::newRow("bad context") << QStringList{"old.json", "new.json", "--context", "x"} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        for (QString &a : args) {
            if (a.endsWith(QLatin1String(".json")))
                a = m_dir.filePath(a);
        }
        QByteArray out;
        QCOMPARE(run(args, &out), code);
    }

    void perBoxOutputWithoutSecrets()
    {
        QByteArray out;
        QCOMPARE(run({m_dir.filePath(QStringLiteral("old.json")), m_dir.filePath(QStringLiteral("new.json")),
                      QStringLiteral("--secrets"), m_dir.filePath(QStringLiteral("s.json"))},
                     &out),
                 0);
        QVERIFY2(out.contains("site site-a: "), out.constData());
        QVERIFY(out.contains("+++ b/"));
        QVERIFY(out.contains("10.11.0.0"));
        QVERIFY(out.contains("boxes change\n"));
        for (const QString &v : m_secrets.psk)
            QVERIFY(!out.contains(v.toUtf8()) && !out.contains(v.toUtf8().toBase64()));
        for (const QString &v : m_secrets.users)
            QVERIFY(!out.contains(v.toUtf8()) && !out.contains(v.toUtf8().toBase64()));
    }

    void json()
    {
        QByteArray out;
        QCOMPARE(run({m_dir.filePath(QStringLiteral("old.json")), m_dir.filePath(QStringLiteral("new.json")),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray boxes = QJsonDocument::fromJson(out).array();
        QCOMPARE(boxes.size(), 4);
        const QJsonObject siteA = boxes.at(1).toObject();
        QCOMPARE(siteA.value(QStringLiteral("id")).toString(), QStringLiteral("site-a"));
        QVERIFY(!siteA.value(QStringLiteral("files")).toArray().isEmpty());
        QCOMPARE(siteA.value(QStringLiteral("files")).toArray().at(0).toObject()
                     .value(QStringLiteral("status")).toString(),
                 QStringLiteral("changed"));
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
