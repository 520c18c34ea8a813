#!/bin/sh
# routestudio-cli generate, run as a user would: exit codes, folders, modes,
# refusal to write into a foreign folder, cleanup of its own stale files.
set -eu
cli=$1
data=$2
examples=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mode() { stat -c %a "$1"; }

topo=$examples/seed.topology.json
secrets=$examples/seed.secrets.json

rc=0; "$cli" generate "$topo" -o "$tmp/out" 2>"$tmp/err" || rc=$?
[ $rc -eq 2 ] || fail "without --secrets: exit $rc, expected 2"
grep -q -- '--secrets' "$tmp/err" || fail "without --secrets: message names --secrets"
[ ! -e "$tmp/out" ] || fail "without --secrets: nothing may be written"

rc=0; "$cli" generate "$tmp/missing.json" --secrets "$secrets" -o "$tmp/out" 2>/dev/null || rc=$?
[ $rc -eq 2 ] || fail "unreadable topology: exit $rc, expected 2"

"$cli" generate "$topo" --secrets "$secrets" -o "$tmp/out" 2>"$tmp/err" || fail "generate seed: $(cat "$tmp/err")"
[ "$(mode "$tmp/out/hq/etc/swanctl/conf.d/routestudio.conf")" = 600 ] || fail "swanctl.conf mode"
[ "$(mode "$tmp/out/hq/etc/ppp/chap-secrets")" = 600 ] || fail "chap-secrets mode"
[ "$(mode "$tmp/out/hq/etc/ipsec.secrets")" = 600 ] || fail "ipsec.secrets mode"
[ "$(mode "$tmp/out/hq/etc/ppp/ip-up.d/routestudio")" = 755 ] || fail "ip-up mode"
[ "$(mode "$tmp/out/site-a/etc/routestudio/tunnel-routes.sh")" = 755 ] || fail "tunnel-routes mode"
[ "$(mode "$tmp/out/site-a/etc/nftables.d/routestudio.nft")" = 644 ] || fail "nft mode"
grep -q '10.20.0.0/16' "$tmp/out/hq/etc/routestudio/tunnel-routes.sh" || fail "hq routes 10.20.0.0/16"

# Regenerating into its own folder works and removes only its own stale files.
touch "$tmp/out/hq/etc/keep-me"
echo 'site-a/etc/old-file' >>"$tmp/out/.routestudio-generated"
touch "$tmp/out/site-a/etc/old-file"
"$cli" generate "$topo" --secrets "$secrets" -o "$tmp/out" 2>/dev/null || fail "regenerate into own folder"
[ -e "$tmp/out/hq/etc/keep-me" ] || fail "a file it did not write was removed"
[ ! -e "$tmp/out/site-a/etc/old-file" ] || fail "its own stale file was kept"

# A foreign non-empty folder is refused without --force.
mkdir "$tmp/foreign"; touch "$tmp/foreign/x"
rc=0; "$cli" generate "$topo" --secrets "$secrets" -o "$tmp/foreign" 2>/dev/null || rc=$?
[ $rc -eq 2 ] || fail "foreign folder: exit $rc, expected 2"
[ ! -e "$tmp/foreign/hq" ] || fail "foreign folder: nothing may be written"
"$cli" generate "$topo" --secrets "$secrets" -o "$tmp/foreign" --force 2>/dev/null || fail "--force"
[ -e "$tmp/foreign/x" ] && [ -e "$tmp/foreign/hq/README.md" ] || fail "--force output"

# A new folder is never seen half-written: a run that fails midway (here: out
# of space, a 64 KiB tmpfs in a private mount namespace) leaves nothing behind.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1; then
  mkdir "$tmp/small"
  rc=0
  unshare --mount --propagation private sh -c '
    mount -t tmpfs -o size=64k routestudio-test "$1" || exit 99
    "$2" generate "$3" --secrets "$4" -o "$1/out" 2>"$5/small.err"; r=$?
    ls -A "$1" >"$5/left"; exit $r' sh "$tmp/small" "$cli" "$topo" "$secrets" "$tmp" || rc=$?
  [ $rc -ne 99 ] || fail "out of space: cannot mount a tmpfs"
  [ $rc -eq 2 ] || fail "out of space: exit $rc, expected 2 ($(cat "$tmp/small.err"))"
  grep -q 'cannot' "$tmp/small.err" || fail "out of space: message says what failed"
  [ ! -s "$tmp/left" ] || fail "out of space: left behind: $(cat "$tmp/left")"
elif [ -n "${ROUTESTUDIO_CI:-}" ]; then
  fail "the out-of-space case needs root (unshare --mount)"
fi

# Validation errors: findings printed, exit 1, nothing written.
rc=0; "$cli" generate "$data/invalid/overlap.topology.json" --secrets "$secrets" -o "$tmp/bad" >"$tmp/out.txt" 2>/dev/null || rc=$?
[ $rc -eq 1 ] || fail "invalid topology: exit $rc, expected 1"
grep -q 'error' "$tmp/out.txt" || fail "invalid topology: findings printed"
[ ! -e "$tmp/bad" ] || fail "invalid topology: nothing may be written"
echo "cli generate: ok"
