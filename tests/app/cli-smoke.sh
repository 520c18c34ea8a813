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
# A route table from a plan with errors is not to be trusted: exit 1 and say so.
rc=0; "$cli" routes "$data/invalid/overlap.topology.json" >"$tmp/out" 2>"$tmp/err" || rc=$?
[ $rc -eq 1 ] || fail "routes on a topology with errors: exit $rc, expected 1"
grep -q 'not to be trusted' "$tmp/err" || fail "routes with errors: no warning in '$(cat "$tmp/err")'"

# Every command answers --help with its own usage and options.
for cmd in validate routes mtu example secrets generate export diff; do
    "$cli" "$cmd" --help >"$tmp/help" 2>&1 || fail "$cmd --help: exit $?: $(cat "$tmp/help")"
    grep -q "^Usage: routestudio-cli $cmd" "$tmp/help" || fail "$cmd --help: $(cat "$tmp/help")"
done
"$cli" generate --help | grep -q -- '--force' || fail "generate --help lists --force"
"$cli" example --help | grep -q -- '--force' || fail "example --help lists --force"

# A secrets file others can read: a warning naming its mode.
chmod 644 "$tmp/ex/example.secrets.json"
"$cli" validate "$tmp/ex/example.topology.json" --secrets "$tmp/ex/example.secrets.json" \
    >/dev/null 2>"$tmp/err" || fail "validate with a 0644 secrets file"
grep -q 'has mode 0644' "$tmp/err" || fail "no mode warning in '$(cat "$tmp/err")'"
chmod 600 "$tmp/ex/example.secrets.json"
"$cli" validate "$tmp/ex/example.topology.json" --secrets "$tmp/ex/example.secrets.json" \
    >/dev/null 2>"$tmp/err" || fail "validate with secrets"
[ ! -s "$tmp/err" ] || fail "a 0600 secrets file warns: $(cat "$tmp/err")"

# generate without secrets points to `secrets`, which creates them (0600).
rc=0; "$cli" generate "$tmp/ex/example.topology.json" -o "$tmp/gen" 2>"$tmp/err" || rc=$?
[ $rc -eq 2 ] && grep -q 'routestudio-cli secrets' "$tmp/err" || fail "generate hint: $(cat "$tmp/err")"
"$cli" secrets "$tmp/ex/example.topology.json" --secrets "$tmp/new.secrets.json" >"$tmp/out" 2>"$tmp/err" \
    || fail "secrets: $(cat "$tmp/err")"
[ "$(stat -c %a "$tmp/new.secrets.json")" = 600 ] || fail "new secrets file is not 0600"
grep -q '^added user alice$' "$tmp/out" || fail "secrets names what it added: $(cat "$tmp/out")"
"$cli" validate "$tmp/ex/example.topology.json" --secrets "$tmp/new.secrets.json" >/dev/null \
    || fail "the created secrets validate"
cp "$tmp/new.secrets.json" "$tmp/before.json"
"$cli" secrets "$tmp/ex/example.topology.json" --secrets "$tmp/new.secrets.json" >"$tmp/out" 2>"$tmp/err" \
    || fail "secrets again"
grep -q 'already holds every secret' "$tmp/err" || fail "secrets again: $(cat "$tmp/err")"
cmp -s "$tmp/before.json" "$tmp/new.secrets.json" || fail "secrets changed a complete file"
"$cli" generate "$tmp/ex/example.topology.json" --secrets "$tmp/new.secrets.json" -o "$tmp/gen" \
    2>/dev/null || fail "generate with the created secrets"
echo "cli smoke: ok"
