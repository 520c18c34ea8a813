#!/usr/bin/env bash
# In the VM lab: tests/integration/failover.sh on kernel ESP with real XFRM
# interfaces, one per path (xfrm0 for the primary link, xfrm0-b for the backup).
# Usage (inside the VM): failover.sh BUNDLE TOPOLOGY SECRETS
for m in esp4 xfrm_user xfrm_interface nf_tables; do modprobe "$m"; done
IT_ESP=kernel exec "$(dirname "$0")/../../integration/failover.sh" "$@"
