#!/bin/sh
# The Connect window's tray icon in a real system tray: under Xvfb, trayer
# (an XEmbed tray, the freedesktop system tray protocol Qt's xcb tray uses)
# owns _NET_SYSTEM_TRAY_S0; routestudio-connect must dock its icon there and
# paint it. Run through xvfb-run:
#   xvfb-run -a -s '-screen 0 1600x1000x24' tray.sh CONNECT-APP OUT.png [ARGS...]
set -eu
app=$1
out=$2
shift 2

trayer --edge top --align right --widthtype pixel --width 200 --height 32 \
    --transparent false --tint 0xffffff &
tray=$!
pid=
trap 'kill $pid "$tray" 2>/dev/null || true' EXIT
i=0
until xwininfo -root -tree 2>/dev/null | grep -qF '("panel" "trayer")'; do
    i=$((i + 1))
    [ "$i" -le 50 ] || { echo "tray: trayer did not map its panel" >&2; exit 1; }
    sleep 0.2
done

"$app" "$@" &
pid=$!
# The icon is a routestudio-connect window reparented into trayer's panel:
# in the tree it is indented below the panel's line.
docked() {
    xwininfo -root -tree | awk '
        /\("panel" "trayer"\)/ { depth = match($0, /[^ ]/); inpanel = 1; next }
        inpanel && match($0, /[^ ]/) <= depth { inpanel = 0 }
        inpanel && /\("routestudio-connect"/ { print $1; exit }'
}
i=0
icon=
until [ -n "$icon" ]; do
    i=$((i + 1))
    [ "$i" -le 75 ] || { echo "tray: no routestudio-connect icon docked in the tray" >&2; exit 1; }
    kill -0 "$pid" 2>/dev/null || { echo "tray: $app exited early" >&2; exit 1; }
    sleep 0.2
    icon=$(docked)
done
sleep 1 # let it paint
rm -f "$out"
import -window "$icon" "$out"
# A painted icon has many colours; an empty socket is one flat colour.
colours=$(identify -format '%k' "$out")
size=$(identify -format '%wx%h' "$out")
[ "$colours" -ge 8 ] || { echo "tray: the docked icon ($size) is not painted ($colours colours)" >&2; exit 1; }
echo "tray: icon docked as window $icon ($size, $colours colours), saved $out"
