#!/bin/sh
# routestudio-cli import, run as a user would: the seed's generated boxes (one
# of them as a tar.gz) and the hand-written two-box fixture in, topology,
# secrets (0600) and report out; exit codes; no secret in the report or topology.
set -eu
cli=$1
data=$2
examples=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" generate "$examples/seed.topology.json" --secrets "$examples/seed.secrets.json" -o "$tmp/gen" 2>/dev/null \
    || fail "generate seed"
tar -C "$tmp/gen" -czf "$tmp/site-a.tar.gz" site-a
boxes=""
for d in "$tmp"/gen/*/; do
    name=$(basename "$d")
    [ "$name" = site-a ] || boxes="$boxes $d"
done

rc=0; "$cli" import $boxes 2>"$tmp/err" || rc=$?
[ $rc -eq 2 ] || fail "without -o: exit $rc, expected 2"

# shellcheck disable=SC2086 # one argument per box
"$cli" import $boxes "$tmp/site-a.tar.gz" -o "$tmp/seed" >"$tmp/out" 2>"$tmp/err" || fail "import seed: $(cat "$tmp/err")"
[ "$(stat -c %a "$tmp/seed.secrets.json")" = 600 ] || fail "secrets mode"
[ "$(stat -c %a "$tmp/seed.topology.json")" = 644 ] || fail "topology mode"
cmp -s "$tmp/out" "$tmp/seed.import.txt" || fail "the printed report is the written one"
grep -q '^box site-a (site site-a)' "$tmp/out" || fail "the archive is box site-a"
grep -q 'validation of the imported topology:' "$tmp/out" || fail "findings section"
"$cli" validate "$tmp/seed.topology.json" --secrets "$tmp/seed.secrets.json" >/dev/null 2>&1 \
    || fail "the imported seed validates"
for secret in $(jq -r '.psk[], .users[]' "$examples/seed.secrets.json"); do
    if grep -qF -- "$secret" "$tmp/out" "$tmp/seed.topology.json"; then
        fail "a secret value is in the report or the topology"
    fi
    jq -e --arg s "$secret" '[.psk[], .users[]] | index($s)' "$tmp/seed.secrets.json" >/dev/null \
        || fail "a secret did not reach the secrets file"
done

rc=0; "$cli" import $boxes -o "$tmp/seed" >/dev/null 2>"$tmp/err" || rc=$?
[ $rc -eq 2 ] || fail "existing output without --force: exit $rc, expected 2"
grep -q -- '--force' "$tmp/err" || fail "the refusal names --force"

"$cli" import "$data/import/two-box/hq" "$data/import/two-box/branch" -o "$tmp/two" --json >"$tmp/two.json" 2>/dev/null \
    || fail "import two-box"
jq -e '.boxes | length == 2' "$tmp/two.json" >/dev/null || fail "two boxes in the JSON report"
jq -e '.findings | type == "array"' "$tmp/two.json" >/dev/null || fail "findings in the JSON report"
jq -e '.links | length == 2' "$tmp/two.topology.json" >/dev/null || fail "two links"

# Relative folder arguments: paths inside the box are relative to the box.
(cd "$tmp/gen" && "$cli" import hq -o "$tmp/rel" >/dev/null 2>&1) || fail "import a relative folder"
grep -q '^  etc/ppp/options.xl2tpd: pppd options' "$tmp/rel.import.txt" || fail "relative folder: options.xl2tpd read by its path in the box"
jq -e '.sites[0].remoteAccess.dns | length > 0' "$tmp/rel.topology.json" >/dev/null || fail "relative folder: DNS from options.xl2tpd"

rc=0; "$cli" import "$tmp/missing" -o "$tmp/x" 2>/dev/null || rc=$?
[ $rc -eq 2 ] || fail "unreadable box: exit $rc, expected 2"
echo "cli-import: ok"
