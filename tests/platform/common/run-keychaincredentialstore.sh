#!/bin/sh
# Runs TEST (a test binary that uses the OS keychain) against a real Secret Service: a private
# D-Bus session (dbus-run-session) with gnome-keyring-daemon's secrets
# component, its login keyring created and unlocked with a throwaway password
# in a throwaway HOME. Nothing of the user's own keyring or bus is touched.
# Exit 77 (skip) when the tools are missing, unless ROUTESTUDIO_CI=1: scripts/test
# installs them, so in CI a missing tool is a failure.
set -eu
test_binary=$1
shift
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "keychain test: $tool not found (packages dbus, gnome-keyring, libsecret-tools)" >&2
        [ "${ROUTESTUDIO_CI:-}" = 1 ] && exit 1
        exit 77
    fi
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run" XDG_CURRENT_DESKTOP=GNOME
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The daemon exits with the session bus; the test's exit status is the script's.
dbus-run-session -- sh -c '
    printf %s "routestudio-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
        echo "keychain test: gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"' keychain-session "$test_binary" "$@"
