#pragma once

// Header-only test helper: runs one site generator over every site it applies
// to, after validation, with paths prefixed by the site id.

#include "goldenfiles.h"

#include "core/generators/generator.h"
#include "core/validation/validator.h"

#include <QStringList>

namespace SiteFiles {

inline QList<GeneratedFile> generate(const Generator &generator, const Topology &topology,
                                     const Secrets &secrets, QString *error)
{
    const QList<Finding> findings = Validator::validate(topology, &secrets);
    if (Validator::hasErrors(findings)) {
        QStringList lines;
        for (const Finding &f : findings)
            lines << f.code + QStringLiteral(": ") + f.message;
        *error = lines.join(QLatin1Char('\n'));
        return {};
    }
    const TopologyIndex index(topology);
    const RouteTable routes = RouteTable::build(topology, index);
    const GeneratorInput input{topology, secrets, routes, index};
    QList<GeneratedFile> out;
    for (const Site &site : topology.sites) {
        if (!generator.appliesTo(site))
            continue;
        for (GeneratedFile f : generator.generate(input, site)) {
            f.path = site.id + QLatin1Char('/') + f.path;
            out.append(f);
        }
    }
    return out;
}

// The seed example with every site switched to `platform`.
inline void setPlatform(Topology *topology, Platform platform)
{
    for (Site &s : topology->sites)
        s.platform = platform;
}

// Loads `fixture` (the seed with every site switched to `platform`, or a
// vendor fixture as it is) and runs `generator`; a broken fixture is fatal.
inline QList<GeneratedFile> run(const Generator &generator, const QString &fixture,
                                Platform platform, Topology *topology)
{
    Secrets secrets;
    QString error;
    if (!GoldenFiles::load(fixture, topology, &secrets, &error))
        qFatal("%s", qPrintable(error));
    if (fixture == QLatin1String("seed"))
        setPlatform(topology, platform);
    const QList<GeneratedFile> files = generate(generator, *topology, secrets, &error);
    if (!error.isEmpty() || files.isEmpty())
        qFatal("%s: %s", qPrintable(fixture), qPrintable(error));
    return files;
}

// Compares the generator's files for `fixture` with tests/data/golden/<folder>/<fixture>.
inline QString golden(const Generator &generator, const QString &folder, const QString &fixture,
                      Platform platform)
{
    Topology topology;
    return GoldenFiles::compare(folder + QLatin1Char('/') + fixture,
                                run(generator, fixture, platform, &topology));
}

inline QString fileText(const QList<GeneratedFile> &files, const QString &path)
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return QString::fromUtf8(f.content);
    }
    return {};
}

} // namespace SiteFiles
