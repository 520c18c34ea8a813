#!/bin/sh
# Starts the real editor under Xvfb on the bundled example and takes a
# screenshot of the whole screen (ImageMagick import). Run through xvfb-run:
#   xvfb-run -a -s '-screen 0 1600x1000x24' screenshot.sh APP OUT.png [ARGS...]
set -eu
app=$1
out=$2
shift 2

"$app" "$@" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# Wait for the main window to be mapped (its title ends in "RouteStudio").
i=0
until xwininfo -root -tree 2>/dev/null | grep -q 'RouteStudio'; do
    i=$((i + 1))
    if [ "$i" -gt 150 ]; then
        echo "screenshot: the editor window did not appear" >&2
        exit 1
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "screenshot: the editor exited early" >&2
        exit 1
    fi
    sleep 0.2
done
sleep 2 # let it paint
rm -f "$out"
import -window root "$out"
kill -0 "$pid" || { echo "screenshot: the editor died" >&2; exit 1; }
kill "$pid"
wait "$pid" 2>/dev/null || true
trap - EXIT
size=$(wc -c < "$out")
if [ "$size" -lt 20000 ]; then
    echo "screenshot: $out is suspiciously small ($size bytes)" >&2
    exit 1
fi
echo "screenshot: saved $out ($size bytes)"
