#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/xmlnode.h"

// What a pfSense config.xml says (pfSense's documentation of its IPsec, L2TP,
// routing and interface settings), in BoxFacts terms: each enabled
// <ipsec><phase1> with its <phase2> entries is a connection (tunnel-mode
// phase 2 local/remote networks are its subnets; a mobile phase 1 with a
// transport phase 2 is L2TP/IPsec remote access), its pre-shared-key and the
// <mobilekey> entries are PSKs, <l2tp> in server mode is the L2TP server with
// its users, a public <interfaces> address is the site's. Every element under
// <ipsec>, <l2tp>, <staticroutes>, <gateways> and <interfaces> is logged,
// mapped or not represented (why); other sections once each.
namespace PfsenseFacts {

void read(const XmlNode &root, BoxFacts *box, ImportLog &log);

} // namespace PfsenseFacts
