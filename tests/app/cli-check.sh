#!/usr/bin/env bash
# routestudio-cli check as a user runs it on a desk (docs/check.md): a saved
# collection of the seed's hub passes (exit 0, text and JSON); a broken copy
# names its fault and exits 1; a site that is no Linux box, an unknown site
# and a collection folder that holds nothing are refused or said plainly.
# Usage: cli-check.sh CLI TESTDATA EXAMPLES
set -u
CLI=$1 DATA=$2 EX=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
expect() { # expect WANT-RC PATTERN ARGS...
    local want=$1 pattern=$2 rc=0
    shift 2
    "$CLI" check "$@" >"$work/out" 2>&1 || rc=$?
    if [ "$rc" -ne "$want" ] || ! grep -qE -- "$pattern" "$work/out"; then
        echo "FAIL: check $* -> exit $rc (want $want), output: $(cat "$work/out")" >&2
        failed=1
    fi
}
seed=$EX/seed.topology.json
expect 0 '^check hq: every item passes$' "$seed" --site hq --from "$DATA/check/seed-hq"
expect 0 '"ok": true' "$seed" --site hq --from "$DATA/check/seed-hq" --json
cp -r "$DATA/check/seed-hq" "$work/broken"
printf 'net.ipv4.ip_forward = 0\n' >"$work/broken/sysctl.txt"
expect 1 '^error forwarding-off: ' "$seed" --site hq --from "$work/broken"
expect 1 '"code": "forwarding-off"' "$seed" --site hq --from "$work/broken" --json
mkdir "$work/empty"
expect 1 '^error not-collected: .*' "$seed" --site hq --from "$work/empty"
expect 2 'must name a linux-strongswan site' "$DATA/topologies/vendors.topology.json" --site hq --from "$work/empty"
expect 2 'must name a linux-strongswan site' "$seed" --site nowhere --from "$work/empty"
exit "$failed"
