#pragma once

#include <QString>

// audit.yml (issue 17, docs/check.md "Fleet"): on every Linux box, the
// read-only commands of a check collection (Collection::commands), their
// output and the installed copies of the box's files (host_vars
// routestudio_files) fetched into `routestudio_collections`/<site>/ on the
// control node; `routestudio-cli check TOPOLOGY --site SITE --from
// collections/SITE` then checks each box from the desk. Nothing on the boxes
// is changed and nothing needs installing there.
namespace AnsibleAudit {

QString auditYml();

} // namespace AnsibleAudit
