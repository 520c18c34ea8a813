#pragma once

#include "core/diff/secretmask.h"
#include "core/import/configview.h"

#include <QString>

// A Cisco IOS configuration (running-config or RouteStudio's .cfg) as
// comparable entries: each top-level command with its sub-mode commands
// under it (one space a level, words single-spaced, `!` comments and `end`
// dropped), grouped by command family: "crypto ikev2 keyring", "crypto map",
// "interface Tunnel", "ip route", "username"... Every key, password and
// secret value (as IosNotes finds them) is masked: its SecretMask token, or
// "<secret:not-known>" (a type 7 or type 6 value, a hash).
namespace IosView {

ConfigView read(const QString &text, const SecretMask &mask);
// Families a box's VPN lives in, compared even when RouteStudio writes none of them.
bool vpnGroup(const QString &group);

} // namespace IosView
