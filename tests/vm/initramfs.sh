#!/usr/bin/env bash
# initramfs.sh ROOT RELEASE BUSYBOX STAGE1 OUT: a tiny initramfs (newc cpio, gzip)
# with a static busybox, the stage-1 init and the modules (with their
# dependencies, from modules.dep) that reach the host's root: virtio-pci, 9p.
set -euo pipefail
root=$1 release=$2 busybox=$3 stage1=$4 out=$5
mods=$root/lib/modules/$release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"/{bin,dev,proc,sys,newroot,modules}
cp "$busybox" "$tmp/bin/busybox"
for a in sh mount mkdir insmod switch_root echo cat poweroff sleep; do ln -s busybox "$tmp/bin/$a"; done
cp "$stage1" "$tmp/init" && chmod 755 "$tmp/init"
# Each wanted module after its dependencies, in the order insmod needs.
order=()
add() {
    local rel=$1 dep
    for dep in $(sed -n "s|^$rel: *||p" "$mods/modules.dep"); do add "$dep"; done
    case " ${order[*]:-} " in *" $rel "*) ;; *) order+=("$rel") ;; esac
}
for m in virtio_pci 9pnet_virtio 9p; do
    add "$(grep -o "^[^:]*/$m\.ko" "$mods/modules.dep")"
done
for rel in "${order[@]}"; do
    cp "$mods/$rel" "$tmp/modules/"
    basename "$rel" >>"$tmp/modules/order"
done
(cd "$tmp" && find . -print0 | cpio --null -o -H newc --quiet | gzip -1) >"$out"
