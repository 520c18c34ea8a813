#!/bin/sh
# Every tr() string in the sources has a translation: runs the real lupdate over
# ui/, app/ and platform/ into copies of the committed .ts files and fails when a
# message comes out unfinished (new or changed in the code, never translated).
#   lupdate-check.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src"/translations/routestudio_*.ts "$tmp"/
"$lupdate" -silent -locations none -no-obsolete "$src/ui" "$src/app" "$src/platform" \
    -ts "$tmp"/routestudio_*.ts >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; exit 1; }
status=0
for ts in "$tmp"/routestudio_*.ts; do
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$n" -gt 0 ]; then
        echo "lupdate-check: $(basename "$ts"): $n message(s) without a translation" \
             "(run the update_translations target and translate them):"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ */    /'
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "lupdate-check: every message of ui/, app/, platform/ is translated"
exit "$status"
