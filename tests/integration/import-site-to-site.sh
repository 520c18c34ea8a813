#!/usr/bin/env bash
# Issue 15: a hand-written two-box strongSwan setup (tests/data/import/site-to-site:
# a swanctl.conf hub, an ipsec.conf gateway) is imported with routestudio-cli
# import, the imported topology is generated, and site-to-site.sh brings the
# generated configs up with real charons and pings across.
# Usage: import-site-to-site.sh DATA WORK
set -euo pipefail
DATA=$1 WORK=$2
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
here=$(dirname "$0")
rm -rf "$WORK"
mkdir -p "$WORK"
"$CLI" import "$DATA/import/site-to-site/office" "$DATA/import/site-to-site/shop" -o "$WORK/imported" >/dev/null
"$here/generate.sh" "$CLI" "$WORK/imported.topology.json" "$WORK/imported.secrets.json" "$WORK/bundle"
exec "$here/site-to-site.sh" "$WORK/bundle" "$WORK/imported.topology.json" "$WORK/imported.secrets.json"
