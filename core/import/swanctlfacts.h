#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/settingssection.h"

// Reads the connections and IKE secrets of a parsed swanctl.conf into a box's
// facts, after applying section references ("conn : base"). Every value is
// logged: mapped (to what) or not represented (why).
namespace SwanctlFacts {

void read(const SettingsSection &root, BoxFacts *box, ImportLog &log);

} // namespace SwanctlFacts
