#!/usr/bin/env bash
# In the VM lab: tests/integration/site-to-site.sh with kernel ESP (XFRM) and
# no stand-ins: the generated tunnel-routes.sh creates the XFRM interface the
# generated children are bound to (if_id_in/if_id_out), routes over it, and
# the LAN hosts ping each other (through the hub where the plan transits).
# Usage (inside the VM): site-to-site.sh BUNDLE TOPOLOGY SECRETS
for m in esp4 xfrm_user xfrm_interface nf_tables; do modprobe "$m"; done
IT_ESP=kernel exec "$(dirname "$0")/../../integration/site-to-site.sh" "$@"
