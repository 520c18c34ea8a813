#pragma once

#include "core/generators/generatedfile.h"
#include "core/generators/generatorinput.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>
#include <QMap>

// The ansible/ folder of `export --all`: inventory.ini, site.yml,
// host_vars/<site>.yml, clients.yml, files/<site>/<path> (each site's
// generated files with their modes) and README.md. Paths relative to the
// folder; secret-bearing files 0600. Pure. See docs/ansible.md.
namespace AnsibleExport {

// From a run's plan (GenerationPlan::input()), sharing its route table.
QList<GeneratedFile> files(const GeneratorInput &input,
                           const QMap<QString, QList<GeneratedFile>> &filesBySite);
QList<GeneratedFile> files(const Topology &topology, const Secrets &secrets,
                           const QMap<QString, QList<GeneratedFile>> &filesBySite);

} // namespace AnsibleExport
