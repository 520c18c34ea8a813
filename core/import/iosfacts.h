#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/iosconfigparser.h"

#include <QList>

// What an IOS configuration (or RouteStudio's own Cisco output) says, in the
// terms BoxFacts holds: a tunnel interface protected by an IPsec profile (a
// VTI) is a route-based connection whose peer's side is the routes over it;
// each crypto map entry with a peer is a policy-based connection whose
// subnets are its access list's permit entries; a dynamic crypto map in
// transport mode is L2TP/IPsec remote access; the vpdn-group's virtual
// template with its pool, PPP address and DNS is the L2TP server; keys of
// crypto isakmp key, keyrings and IKEv2 keyrings are PSKs; `username …
// password` lines are PPP logins. Every line is logged once: mapped, or not
// represented with why. Secret values go into the facts only.
namespace IosFacts {

void read(const QList<IosLine> &lines, BoxFacts *box, ImportLog &log);

} // namespace IosFacts
