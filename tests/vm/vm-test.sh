#!/usr/bin/env bash
# vm-test.sh NAME ARGS...: runs guest/NAME.sh ARGS... inside the VM lab
# (run-vm.sh: Debian's kernel under qemu, the host's root read-only), then, if
# it exists, guest/NAME.host.sh WORK on the host over what the guest left in
# its work folder (a capture, say). Kernel cache: RS_VM_CACHE (default: next to
# the work folders, RS_VM_WORKROOT, default /var/tmp/routestudio-vm).
# Exit status: the guest test's, else the host check's. 77 = cannot run here
# (a failure when ROUTESTUDIO_CI=1).
set -uo pipefail
name=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
root=${RS_VM_WORKROOT:-/var/tmp/routestudio-vm}
cache=${RS_VM_CACHE:-$root/cache}
cannot_run() {
    if [ "${ROUTESTUDIO_CI:-0}" = 1 ]; then echo "vm/$name: FAIL (CI): cannot run: $*" >&2; exit 1; fi
    echo "*** vm/$name: SKIPPED: $* (set ROUTESTUDIO_CI=1 to make this a failure) ***" >&2
    exit 77
}
[ "$(id -u)" -eq 0 ] || cannot_run "needs root (the guest's 9p root shows the host's file owners only to root)"
for t in qemu-system-x86_64 apt-get dpkg-deb cpio xz kmod file; do
    command -v "$t" >/dev/null 2>&1 || cannot_run "program '$t' is missing (scripts/test installs the Debian packages)"
done
mkdir -p "$root" "$cache"
work=$(mktemp -d "$root/$name.XXXXXX")
"$here/run-vm.sh" -t "${RS_VM_TIMEOUT:-240}" "$cache" "$work" "$here/guest/$name.sh" "$@"
rc=$?
if [ "$rc" -eq 0 ] && [ -x "$here/guest/$name.host.sh" ]; then
    "$here/guest/$name.host.sh" "$work"
    rc=$?
fi
if [ "$rc" -eq 0 ] && [ -z "${IT_KEEP:-}" ]; then rm -rf "$work"; else echo "vm/$name: work folder kept: $work" >&2; fi
exit "$rc"
