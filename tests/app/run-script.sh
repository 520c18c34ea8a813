#!/bin/sh
# scripts/run builds only the editor and the CLI, in the build folder it is
# given (here: the one ctest runs from), and prints the headless main job.
# It built the whole dev tree (every test and benchmark) before the first window.
set -eu
root=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; cat "$tmp/err" >&2; exit 1; }
touch "$build/.run-script-marker"
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY ROUTESTUDIO_BUILD_DIR="$build" "$root/scripts/run" \
    >"$tmp/out" 2>"$tmp/err" || rc=$?
[ $rc -eq 0 ] || fail "scripts/run: exit $rc"
grep -q '^== Route table ==$' "$tmp/out" || fail "no route table: $(cat "$tmp/out")"
grep -q '10.20.0.0/16' "$tmp/out" || fail "route table lacks 10.20.0.0/16"
grep -q '^== MTU and MSS ==$' "$tmp/out" || fail "no MTU section"
[ ! -e "$root/build/dev/build.ninja" ] || [ "$root/build/dev/build.ninja" -ot "$build/.run-script-marker" ] \
    || fail "scripts/run configured build/dev although it was given $build"
if grep -q 'tst_\|bench-' "$tmp/err"; then fail "scripts/run built tests or benchmarks"; fi
echo "run script: ok"
