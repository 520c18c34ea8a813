#pragma once

#include "core/diff/secretmask.h"
#include "core/import/configview.h"

#include <QString>

// A RouterOS export or script as comparable entries: every `add` and `set`
// as "/MENU VERB [unnamed...] key=value..." with its arguments sorted and
// quoted one way, the arguments RouterOS leaves out of an export because
// they are its documented defaults dropped (policy action=encrypt, identity
// auth-method=pre-shared-key, peer exchange-mode=main and passive=no) as is
// place-before (a position, not a setting). The commands inside
// ":do { } on-error={ }" count (RouteStudio wraps its NAT rules in one);
// `remove` (RouteStudio's script clearing its own earlier run) and other
// script commands are skipped. Every secret-, password- or key-named value is
// masked: its SecretMask token, or "<secret:not-known>".
namespace RouterOsView {

ConfigView read(const QString &text, const SecretMask &mask);
// Menus a box's VPN lives in, compared even when RouteStudio writes none of them.
bool vpnGroup(const QString &group);

} // namespace RouterOsView
