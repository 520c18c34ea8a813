#!/usr/bin/env bash
# kernel.sh CACHE: Debian's own kernel for the VM lab, downloaded with
# `apt-get download` and unpacked into CACHE (never installed: the host's /boot,
# /lib/modules and boot loader are untouched), plus an initramfs of our own
# (busybox + the modules that mount the host's root over virtio-9p), and the
# kernel's uncompressed ELF image (vmlinux).
# Prints the kernel release. Idempotent: a complete CACHE/<release> is reused.
set -euo pipefail
cache=$1
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$cache"
cd "$cache"

# The kernel package linux-image-amd64 points at today (e.g. linux-image-6.1.0-57-amd64).
[ -n "$(apt-cache depends linux-image-amd64 2>/dev/null)" ] || apt-get update -qq >&2
pkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -n 1 || true)
[ -n "$pkg" ] || { echo "kernel.sh: apt-cache knows no linux-image-amd64 (run apt-get update)" >&2; exit 1; }
release=${pkg#linux-image-}
dir=$cache/$release
if [ ! -f "$dir/ready" ]; then
    rm -rf "$dir" && mkdir -p "$dir/deb"
    echo "kernel.sh: downloading $pkg and busybox-static (apt-get download, not installed)" >&2
    # apt-get download writes into the current folder; _apt cannot when it is root's.
    (cd "$dir/deb" && apt-get download -o APT::Sandbox::User=root "$pkg" busybox-static >&2)
    dpkg-deb -x "$dir"/deb/linux-image-*.deb "$dir/root"
    dpkg-deb -x "$dir"/deb/busybox-static_*.deb "$dir/busybox"
    depmod -b "$dir/root" "$release"
    # The uncompressed ELF image boots through its PVH entry: no real-mode setup
    # and no in-guest decompression (tens of seconds under TCG).
    img=$dir/root/boot/vmlinuz-$release
    off=$(LC_ALL=C grep -abo -m 1 $'\xfd7zXZ\x00' "$img" | head -n 1 | cut -d: -f1 || true)
    [ -n "$off" ] || { echo "kernel.sh: $img is not an xz-compressed bzImage" >&2; exit 1; }
    { tail -c +$((off + 1)) "$img" || true; } | { xz -dc 2>/dev/null || true; } >"$dir/vmlinux"
    file "$dir/vmlinux" | grep -q 'ELF 64-bit' || { echo "kernel.sh: no ELF kernel in $img" >&2; exit 1; }
    "$here/initramfs.sh" "$dir/root" "$release" "$dir/busybox/bin/busybox" "$here/stage1.sh" "$dir/initrd.img"
    rm -rf "$dir/deb"
    touch "$dir/ready"
fi
printf '%s\n' "$release"
