#pragma once

#include "core/generators/sitegeneration.h"
#include "core/io/secretsfile.h"
#include "core/io/topologyreader.h"

#include <QMap>
#include <QString>
#include <QTest>

// The topologies the Linux generator tests run on: the seed example and the
// extra ones under tests/data/topologies/, each with its secrets file.
namespace LinuxCases {

struct Case
{
    QString name;
    QString topology;
    QString secrets;
};

inline QList<Case> all()
{
    const QString data = QStringLiteral(ROUTESTUDIO_TEST_DATA);
    const QString examples = QStringLiteral(ROUTESTUDIO_SOURCE_DIR) + u"/resources/examples/";
    QList<Case> cases{{QStringLiteral("seed"), examples + u"seed.topology.json",
                       examples + u"seed.secrets.json"}};
    for (const char *name : {"three-gateways", "adjacent-pool", "failover", "failover-vendors"}) {
        const QString base = data + u"/topologies/" + QLatin1String(name);
        cases.append({QLatin1String(name), base + u".topology.json", base + u".secrets.json"});
    }
    return cases;
}

inline Topology loadTopology(const Case &c)
{
    LoadError error;
    const auto t = TopologyReader::fromFile(c.topology, &error);
    if (!t)
        qFatal("%s: %s", qPrintable(c.topology), qPrintable(error.toString()));
    return *t;
}

inline Secrets loadSecrets(const Case &c)
{
    LoadError error;
    const auto s = SecretsFile::fromFile(c.secrets, &error);
    if (!s)
        qFatal("%s: %s", qPrintable(c.secrets), qPrintable(error.toString()));
    return *s;
}

// "site/path" -> file, for the linux-strongswan sites of a case.
inline QMap<QString, GeneratedFile> generate(const Case &c)
{
    const Topology t = loadTopology(c);
    const SiteGeneration gen = SiteGeneration::run(t, loadSecrets(c));
    if (!gen.ok)
        qFatal("%s: generation refused", qPrintable(c.name));
    QMap<QString, GeneratedFile> out;
    for (const Site &site : t.sites) {
        if (site.platform != Platform::LinuxStrongswan)
            continue;
        for (const GeneratedFile &f : gen.filesBySite.value(site.id))
            out.insert(site.id + u'/' + f.path, f);
    }
    return out;
}

} // namespace LinuxCases
