#!/bin/sh
# Builds the .deb with CPack, checks it with lintian (no errors), unpacks it into a
# scratch root with dpkg -x and runs the CLI from there.
set -eu
cpack=$1 config=$2 out=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
"$cpack" --config "$config" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; fail "cpack"; }
deb=$(ls "$out"/routestudio_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no .deb produced"
echo "built $deb"
dpkg-deb --field "$deb" Package Version Depends
# The SVG plugins (iconengines/imageformats) are not linked: they must be a Depends.
dpkg-deb --field "$deb" Depends | grep -q 'libqt6svg6' || fail "Depends lacks libqt6svg6 (SVG icons)"
contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/routestudio ./usr/bin/routestudio-cli ./usr/bin/routestudio-connect \
         ./usr/share/applications/org.routestudio.RouteStudio.desktop \
         ./usr/share/applications/org.routestudio.Connect.desktop \
         ./usr/share/man/man1/routestudio-connect.1.gz \
         ./usr/share/metainfo/org.routestudio.RouteStudio.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/routestudio.svg \
         ./usr/share/icons/hicolor/48x48/apps/routestudio.png \
         ./usr/share/man/man1/routestudio.1.gz ./usr/share/man/man1/routestudio-cli.1.gz \
         ./usr/share/bash-completion/completions/routestudio-cli \
         ./usr/share/doc/routestudio/copyright; do
  echo "$contents" | grep -q " $f\$" || fail "package lacks $f"
done
# lintian: no errors (warnings are reported, not fatal).
lintian --tag-display-limit 0 "$deb" >"$out/lintian.txt" 2>&1 || true
cat "$out/lintian.txt"
if grep -q '^E: ' "$out/lintian.txt"; then fail "lintian reports errors"; fi
root="$out/root"
dpkg -x "$deb" "$root"
version=$(LD_LIBRARY_PATH= "$root/usr/bin/routestudio-cli" --version)
echo "$version"
echo "$version" | grep -q '^routestudio-cli [0-9]' || fail "routestudio-cli --version from the unpacked package"
echo "deb check: ok"
