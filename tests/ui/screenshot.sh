#!/bin/sh
# Starts a real RouteStudio window under Xvfb and takes a screenshot of that
# window (ImageMagick import). Run through xvfb-run:
#   xvfb-run -a -s '-screen 0 1600x1000x24' screenshot.sh APP OUT.png [ARGS...]
# SCREENSHOT_TITLE (default "RouteStudio") is the window title to wait for.
set -eu
app=$1
out=$2
shift 2
title=${SCREENSHOT_TITLE:-RouteStudio}

"$app" "$@" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# Wait for the window to be mapped (its title contains $title).
i=0
until xwininfo -root -tree 2>/dev/null | grep -F -- "$title" | grep -qF '": ("'; do
    i=$((i + 1))
    if [ "$i" -gt 150 ]; then
        echo "screenshot: no window titled '$title' appeared" >&2
        exit 1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "screenshot: $app exited early" >&2
        exit 1
    fi
    sleep 0.2
done
sleep 2 # let it paint
rm -f "$out"
# The top-level window's id is the first field of its line in the tree; Qt's
# helper windows (1x1, no WM_CLASS) can carry the application name too.
window=$(xwininfo -root -tree | grep -F -- "$title" | grep -F '": ("' | head -n 1 | awk '{print $1}')
[ -n "$window" ] || { echo "screenshot: no top-level window titled '$title'" >&2; exit 1; }
import -window "$window" "$out"
kill -0 "$pid" || { echo "screenshot: $app died" >&2; exit 1; }
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
size=$(wc -c < "$out")
if [ "$size" -lt 20000 ]; then
    echo "screenshot: $out is suspiciously small ($size bytes)" >&2
    exit 1
fi
echo "screenshot: saved $out ($size bytes)"
