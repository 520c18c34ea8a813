#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/ipsecconfsection.h"
#include "core/import/ipsecsecretsparser.h"

// Reads legacy ipsec.conf sections (config setup, ca, conns after %default and
// also=) and ipsec.secrets entries into a box's facts. "left" is the local
// end, as starter assumes when no interface address decides (ipsec.conf(5)),
// unless right=%defaultroute. Every parameter is logged, once per conn that
// uses it; a value an override hides is "replaced by" the place that won.
namespace IpsecConfFacts {

void readConns(const QList<IpsecConfSection> &sections, BoxFacts *box, ImportLog &log);
void readSecrets(const QList<IpsecSecret> &secrets, BoxFacts *box, ImportLog &log);

} // namespace IpsecConfFacts
