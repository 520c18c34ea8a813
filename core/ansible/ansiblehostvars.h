#pragma once

#include "core/generators/generatedfile.h"
#include "core/generators/generatorinput.h"
#include "core/model/secrets.h"
#include "core/model/topology.h"

#include <QList>
#include <QString>

// The variable files the playbook reads: host_vars/<site>.yml lists a box's
// files (path, mode, service whose handler runs when it changes) and
// clients.yml the remote-access profiles for linux_clients (PSK in
// NetworkManager's "0s" base64 form; no user passwords: NetworkManager asks).
namespace AnsibleHostVars {

// "strongswan", "xl2tpd", "nftables" or "none", from the file's path.
QString serviceOf(const QString &path);
QString siteVars(const Site &site, const QList<GeneratedFile> &files);
QString clientsYml(const GeneratorInput &input);
QString clientsYml(const Topology &topology, const Secrets &secrets);

} // namespace AnsibleHostVars
