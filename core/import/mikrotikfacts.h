#pragma once

#include "core/import/boxfacts.h"
#include "core/import/importlog.h"
#include "core/import/routerosparser.h"

#include <QList>

// What a RouterOS export (or RouteStudio's own MikroTik script) says, in the
// terms BoxFacts holds for strongSwan boxes: an IPsec peer with its identity
// and tunnel policies is a connection; the L2TP server with its PPP profile
// and pool is the LNS; PPP secrets are logins (their `routes` the LANs behind
// a dial-in gateway); an L2TP client is a LAC with its login; routes into an
// L2TP client are that link's routes. Every parameter of every command is
// logged, mapped or not represented (and why). Secrets go into the facts only.
namespace MikrotikFacts {

void read(const QList<RouterOsCommand> &commands, BoxFacts *box, ImportLog &log);

} // namespace MikrotikFacts
