#!/usr/bin/env bash
# Issue 17: `routestudio-cli check` against two real boxes. site-to-site.sh
# brings the tunnels up (real charon, nftables, sysctl in namespaces); then
# lib/check-faults.sh breaks the hub one fault at a time (docs/check.md).
# Usage: check.sh BUNDLE TOPOLOGY SECRETS
IT_AFTER=$(dirname "$0")/lib/check-faults.sh
source "$(dirname "$0")/site-to-site.sh"
