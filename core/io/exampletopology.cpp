#include "core/io/exampletopology.h"

#include "core/io/topologyreader.h"
#include "core/model/secretgenerator.h"

#include <QFile>

// Resources in a static library must be registered by hand before first use.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace ExampleTopology {

QByteArray json()
{
    initExampleResources();
    QFile f(QStringLiteral(":/examples/seed.topology.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("the embedded example topology is missing from the build");
    return f.readAll();
}

Topology topology()
{
    LoadError error;
    const auto t = TopologyReader::fromJson(json(), &error);
    if (!t)
        qFatal("the embedded example topology does not load: %s", qPrintable(error.toString()));
    return *t;
}

Secrets freshSecrets(const Topology &topology)
{
    Secrets s;
    SecretGenerator::fillMissing(topology, &s);
    return s;
}

} // namespace ExampleTopology
