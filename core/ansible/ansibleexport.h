#pragma once

#include "core/generators/generatedfile.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>
#include <QMap>

// The ansible/ folder of `export --all`: inventory.ini, site.yml,
// host_vars/<site>.yml, clients.yml, files/<site>/<path> (each site's
// generated files with their modes) and README.md. Paths relative to the
// folder; secret-bearing files 0600. Pure. See docs/ansible.md.
namespace AnsibleExport {

QList<GeneratedFile> files(const Topology &topology, const Secrets &secrets,
                           const QMap<QString, QList<GeneratedFile>> &filesBySite);

} // namespace AnsibleExport
