#!/bin/sh
# Stage 1 (busybox, in the initramfs): load virtio-pci and 9p, mount the host's
# root read-only, hand over to the stage-2 init named on the kernel command line
# (rs.init=PATH, a script on the host's root).
mount -t proc proc /proc
mount -t devtmpfs dev /dev
for m in $(cat /modules/order); do insmod "/modules/$m" || echo "stage1: insmod $m failed"; done
init=$(sed -n 's/.*rs\.init=\([^ ]*\).*/\1/p' /proc/cmdline)
if ! mount -t 9p -o trans=virtio,version=9p2000.L,ro,cache=loose,msize=262144 hostroot /newroot; then
    echo "stage1: cannot mount the host root over 9p"; poweroff -f
fi
umount /proc
mount --move /dev /newroot/dev 2>/dev/null || umount /dev
exec switch_root /newroot "$init"
