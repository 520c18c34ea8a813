#include "../bundle/bundlefixture.h"

#include "core/ansible/ansibleexport.h"
#include "core/ansible/ansiblehostvars.h"
#include "core/ansible/ansibleinventory.h"
#include "core/ansible/yamltext.h"
#include "core/bundle/secretforms.h"

#include <QTest>

namespace {

const GeneratedFile *find(const QList<GeneratedFile> &files, const QString &path)
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestAnsibleExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventoryGroups()
    {
        BundleFixture fx;
        fx.topology.sites[1].platform = Platform::Mikrotik;
        const QString ini = AnsibleInventory::ini(fx.topology);
        QVERIFY(ini.contains(QStringLiteral(
            "[linux_strongswan]\nhq ansible_host=203.0.113.10 routestudio_site=hq "
            "routestudio_role=hub\n\n[cisco_ios]\n\n[mikrotik]\nsite-a ansible_host=198.51.100.20")));
        QVERIFY(ini.contains(QStringLiteral("[hubs]\nhq\n\n[gateways]\nsite-a\n")));
        QVERIFY(ini.contains(QStringLiteral("[linux_clients]\n")));
    }

    void serviceOf_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("service");
        QTest::newRow("swanctl") << "etc/swanctl/conf.d/hq.conf" << "strongswan";
        QTest::newRow("ipsec.secrets") << "etc/ipsec.secrets" << "strongswan";
        QTest::newRow("xl2tpd") << "etc/xl2tpd/xl2tpd.conf" << "xl2tpd";
        QTest::newRow("ppp options") << "etc/ppp/options.xl2tpd" << "none";
        QTest::newRow("chap") << "etc/ppp/chap-secrets" << "none";
        QTest::newRow("nftables") << "etc/nftables.d/routestudio.nft" << "nftables";
        QTest::newRow("vendor") << "cisco-ios.txt" << "none";
    }

    void serviceOf()
    {
        QFETCH(QString, path);
        QFETCH(QString, service);
        QCOMPARE(AnsibleHostVars::serviceOf(path), service);
    }

    void folderLayoutAndModes()
    {
        const BundleFixture fx;
        QMap<QString, QList<GeneratedFile>> bySite;
        bySite.insert(QStringLiteral("hq"), fx.hubFiles());
        const QList<GeneratedFile> files = AnsibleExport::files(fx.topology, fx.secrets, bySite);
        QStringList paths;
        for (const GeneratedFile &f : files)
            paths << f.path;
        QCOMPARE(paths, QStringList({"README.md", "inventory.ini", "site.yml", "audit.yml", "clients.yml",
                                     "host_vars/hq.yml", "files/hq/etc/ppp/chap-secrets",
                                     "files/hq/etc/swanctl/conf.d/hq.conf",
                                     "files/hq/etc/xl2tpd/xl2tpd.conf", "host_vars/site-a.yml"}));
        QCOMPARE(find(files, QStringLiteral("files/hq/etc/ppp/chap-secrets"))->mode, 0600);
        QCOMPARE(find(files, QStringLiteral("clients.yml"))->mode, 0600);
        // audit.yml runs the check collection's own commands (docs/check.md, "Fleet").
        const QByteArray audit = find(files, QStringLiteral("audit.yml"))->content;
        QVERIFY(audit.contains("argv: [\"ip\", \"-json\", \"route\", \"show\", \"table\", \"all\"]"));
        QVERIFY(audit.contains("argv: [\"swanctl\", \"--list-sas\", \"--raw\"]"));
        QVERIFY(audit.contains("/swanctl-sas.txt\""));
        QVERIFY(audit.contains("ansible.builtin.fetch:"));
        const QByteArray hostVars = find(files, QStringLiteral("host_vars/hq.yml"))->content;
        QVERIFY(hostVars.contains("  - path: \"etc/ppp/chap-secrets\"\n    mode: \"0600\"\n"
                                  "    service: none\n"));
        QVERIFY(hostVars.contains("service: strongswan"));
        QCOMPARE(find(files, QStringLiteral("host_vars/site-a.yml"))->content.right(22),
                 QByteArray("routestudio_files: []\n"));
    }

    // clients.yml carries the profiles' PSKs (0s-base64) but no user password.
    void clientsYmlHoldsNoPasswords()
    {
        const BundleFixture fx;
        const QByteArray yml = AnsibleHostVars::clientsYml(fx.topology, fx.secrets).toUtf8();
        const QByteArray psk = fx.secrets.psk.value(QStringLiteral("hq-l2tp")).toUtf8();
        QVERIFY(yml.contains(QByteArray("psk: \"0s" + psk.toBase64() + "\"")));
        QVERIFY(yml.contains("routes: [\"10.10.0.0/16\", \"10.20.0.0/16\"]"));
        QVERIFY(yml.contains("users: [\"alice\", \"bob\"]"));
        for (const QString &u : fx.secrets.users)
            QVERIFY(!SecretForms::occursIn(yml, u));
        QVERIFY(!SecretForms::occursIn(yml, fx.secrets.psk.value(QStringLiteral("hq-site-a"))));
    }

    void yamlQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << "etc/x" << "\"etc/x\"";
        QTest::newRow("quote") << "a\"b" << "\"a\\\"b\"";
        QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
        QTest::newRow("newline") << "a\nb: c" << "\"a\\u000ab: c\"";
    }

    void yamlQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(YamlText::quote(value), quoted);
    }
};

QTEST_APPLESS_MAIN(TestAnsibleExport)
#include "tst_ansibleexport.moc"
