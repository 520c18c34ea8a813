// Runs Debian's ansible on the folder AnsibleExport writes: the inventory
// lists, the playbook passes --syntax-check, and a local run with
// `connection: local` into a temporary root installs every Linux box's files
// with their modes (service reloads switched off with routestudio_reload=false).

#include "../../core/bundle/bundlefixture.h"

#include "core/ansible/ansibleexport.h"
#include "core/bundle/filemode.h"
#include "core/io/filebytes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st{};
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestAnsiblePlaybook : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    BundleFixture m_fx;
    QMap<QString, QList<GeneratedFile>> m_files;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run ansible(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_folder);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("ANSIBLE_NOCOLOR"), QStringLiteral("1"));
        env.insert(QStringLiteral("ANSIBLE_RETRY_FILES_ENABLED"), QStringLiteral("0"));
        env.insert(QStringLiteral("ANSIBLE_PYTHON_INTERPRETER"), QStringLiteral("/usr/bin/python3"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(110000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
            if (qEnvironmentVariable("ROUTESTUDIO_CI") == QLatin1String("1"))
                QFAIL("ansible-playbook not installed");
            QSKIP("ansible-playbook not installed (Debian package ansible; scripts/test installs it)");
        }
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("ansible"));
        m_files.insert(QStringLiteral("hq"), m_fx.hubFiles());
        m_files.insert(QStringLiteral("site-a"),
                       {{QStringLiteral("etc/swanctl/conf.d/site-a.conf"), "connections {}\n", 0600},
                        {QStringLiteral("etc/ppp/ip-up.d/routestudio"), "#!/bin/sh\n", 0755}});
        for (const GeneratedFile &f : AnsibleExport::files(m_fx.topology, m_fx.secrets, m_files)) {
            const QString path = m_folder + QLatin1Char('/') + f.path;
            QString error;
            QVERIFY(QDir().mkpath(QFileInfo(path).path()));
            QVERIFY2(FileBytes::writeAtomic(path, f.content, FileMode::toPermissions(f.mode), &error),
                     qPrintable(error));
        }
    }

    void inventoryLists()
    {
        const Run r = ansible(QStringLiteral("ansible-inventory"),
                              {QStringLiteral("-i"), QStringLiteral("inventory.ini"),
                               QStringLiteral("--list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("linux_strongswan")).toObject().value(QStringLiteral("hosts")),
                 QJsonValue(QJsonArray{"hq", "site-a"}));
        QCOMPARE(o.value(QStringLiteral("hubs")).toObject().value(QStringLiteral("hosts")),
                 QJsonValue(QJsonArray{"hq"}));
        const QJsonObject hq = o.value(QStringLiteral("_meta")).toObject()
                                   .value(QStringLiteral("hostvars")).toObject()
                                   .value(QStringLiteral("hq")).toObject();
        QCOMPARE(hq.value(QStringLiteral("ansible_host")).toString(), QStringLiteral("203.0.113.10"));
        QCOMPARE(hq.value(QStringLiteral("routestudio_files")).toArray().size(), 3);
        QVERIFY2(!r.err.contains("WARNING"), r.err.constData());
    }

    void syntaxCheck()
    {
        const Run r = ansible(QStringLiteral("ansible-playbook"),
                              {QStringLiteral("-i"), QStringLiteral("inventory.ini"),
                               QStringLiteral("--syntax-check"), QStringLiteral("site.yml")});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }

    // The copy step for real: every Linux box's files land below the root with their modes.
    void localRunInstallsFilesWithModes()
    {
        const QString root = m_dir.filePath(QStringLiteral("root"));
        QVERIFY(QDir().mkpath(root));
        const QStringList args{QStringLiteral("-i"), QStringLiteral("inventory.ini"),
                               QStringLiteral("site.yml"), QStringLiteral("--limit"),
                               QStringLiteral("hq"), QStringLiteral("-c"), QStringLiteral("local"),
                               QStringLiteral("-e"), QStringLiteral("routestudio_root=") + root,
                               QStringLiteral("-e"), QStringLiteral("routestudio_become=false"),
                               QStringLiteral("-e"), QStringLiteral("routestudio_reload=false")};
        const Run r = ansible(QStringLiteral("ansible-playbook"), args);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        for (const GeneratedFile &f : m_files.value(QStringLiteral("hq"))) {
            const QString path = root + QLatin1Char('/') + f.path;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            QCOMPARE(file.readAll(), f.content);
            QCOMPARE(FileMode::octal(modeOf(path)), FileMode::octal(f.mode));
        }
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/etc/swanctl/conf.d/site-a.conf")));
        QVERIFY(r.out.contains("RUNNING HANDLER [Reload strongSwan]"));
        QVERIFY(r.out.contains("skipping: [hq]"));
        // Idempotent: a second run changes nothing.
        const Run again = ansible(QStringLiteral("ansible-playbook"), args);
        QVERIFY2(again.exitCode == 0, QByteArray(again.out + again.err).constData());
        QVERIFY2(again.out.contains("changed=0"), again.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAnsiblePlaybook)
#include "tst_ansibleplaybook.moc"
