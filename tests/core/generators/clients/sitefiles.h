#pragma once

// Header-only test helper: runs one site generator over every site it applies
// to, after validation, with paths prefixed by the site id.

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
    const RouteTable routes = RouteTable::build(topology);
    const GeneratorInput input{topology, secrets, routes};
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

inline QString fileText(const QList<GeneratedFile> &files, const QString &path)
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return QString::fromUtf8(f.content);
    }
    return {};
}

} // namespace SiteFiles
