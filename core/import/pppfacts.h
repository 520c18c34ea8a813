#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/sourcetree.h"
#include "core/import/xl2tpdparser.h"

#include <QStringList>

// Reads xl2tpd.conf sections and the pppd options files they name (pppoptfile,
// mapped into the SourceTree; never outside it) into a box's LNS and LAC
// facts. Every setting and option is logged. `optionsRead` gets the options
// files it read.
namespace PppFacts {

void readXl2tpd(const QList<Xl2tpdSection> &sections, const SourceTree &tree, BoxFacts *box,
                ImportLog &log, QStringList *optionsRead);

} // namespace PppFacts
