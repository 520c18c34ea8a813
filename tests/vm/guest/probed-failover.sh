#!/usr/bin/env bash
# In the VM lab: tests/integration/probed-failover.sh on kernel ESP with real
# XFRM interfaces: the Linux hub's end of a MikroTik gateway's two probed paths.
# Usage (inside the VM): probed-failover.sh BUNDLE TOPOLOGY SECRETS
for m in esp4 xfrm_user xfrm_interface nf_tables dummy; do modprobe "$m"; done
IT_ESP=kernel exec "$(dirname "$0")/../../integration/probed-failover.sh" "$@"
