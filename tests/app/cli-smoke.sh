#!/bin/sh
# Runs routestudio-cli as a user would and checks exit codes and output.
set -eu
cli=$1
data=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" --version | grep -q '^routestudio-cli [0-9]' || fail "--version"
"$cli" --help | grep -q 'validate FILE' || fail "--help lists validate"
"$cli" no-such-command 2>/dev/null && fail "unknown command must fail"

"$cli" example "$tmp/ex" 2>"$tmp/msg" || fail "example"
[ "$(stat -c %a "$tmp/ex/example.secrets.json")" = 600 ] || fail "secrets file mode is not 0600"
grep -q 'routestudio-secrets' "$tmp/ex/example.secrets.json" || fail "secrets content"
"$cli" example "$tmp/ex" 2>/dev/null && fail "example must not overwrite without --force"

rc=0; "$cli" validate "$tmp/ex/example.topology.json" >"$tmp/out" || rc=$?
[ $rc -eq 0 ] || fail "validate example: exit $rc"
grep -q '0 error(s)' "$tmp/out" || fail "validate summary"

"$cli" routes "$tmp/ex/example.topology.json" >"$tmp/routes" || fail "routes"
grep -q '10.20.0.0/16' "$tmp/routes" || fail "routes lists 10.20.0.0/16"
"$cli" routes --json "$tmp/ex/example.topology.json" | grep -q '"destination": "10.8.0.0/24"' \
    || fail "routes --json"

printf '{ "format": "routestudio-topology", "version": 1, "sites": [' >"$tmp/trunc.json"
rc=0; "$cli" validate "$tmp/trunc.json" 2>"$tmp/err" || rc=$?
[ $rc -eq 2 ] || fail "truncated file: exit $rc, expected 2"
grep -q 'trunc.json:1:' "$tmp/err" || fail "truncated file: no line:column in '$(cat "$tmp/err")'"

rc=0; "$cli" validate "$data/invalid/overlap.topology.json" >/dev/null || rc=$?
[ $rc -eq 1 ] || fail "overlapping LANs: exit $rc, expected 1"
echo "cli smoke: ok"
