#!/usr/bin/env bash
# run-vm.sh [-t SECONDS] CACHE WORK SCRIPT [ARGS...]: boot Debian's kernel (kernel.sh) under
# qemu with the host's root read-only over virtio-9p as the guest's root, no
# network device (-nic none), and run SCRIPT (bash, on the host's root) inside
# as root with ARGS, WORK (read-write, 9p) as its folder and the ROUTESTUDIO_*
# and IT_* variables of this environment. Console output goes to
# WORK/vm-console.log and standard output; exit status is SCRIPT's.
# KVM when /dev/kvm is usable, else TCG (much slower, said so). A guest that
# has not finished after SECONDS (default 300) is killed and reported (124).
set -euo pipefail
timeout=300
[ "${1:-}" = -t ] && { timeout=$2; shift 2; }
cache=$1 work=$(cd "$2" && pwd) script=$(realpath "$3")
shift 3
here=$(cd "$(dirname "$0")" && pwd)
release=$("$here/kernel.sh" "$cache")
kdir=$cache/$release
qemu=$(command -v qemu-system-x86_64) || { echo "run-vm: qemu-system-x86_64 is missing (Debian qemu-system-x86)" >&2; exit 1; }
# KVM runs a stock kernel only with hardware virtualisation (vmx/svm). Some
# hosts offer /dev/kvm through PVM (kvm_pvm), which runs only PVM guest
# kernels: Debian's kernel hangs there, so those hosts use TCG too.
why=
if [ ! -r /dev/kvm ] || [ ! -w /dev/kvm ]; then why="/dev/kvm is not usable"
elif [ -d /sys/module/kvm_pvm ]; then why="/dev/kvm is PVM (kvm_pvm), which boots only PVM guest kernels"
elif ! grep -qwE 'vmx|svm' /proc/cpuinfo; then why="the CPU offers no vmx/svm"
fi
if [ -z "$why" ] && [ -z "${RS_VM_TCG:-}" ]; then
    accel=(-accel kvm -cpu host)
else
    accel=(-accel tcg,thread=multi -cpu max)
    echo "run-vm: ${why:-RS_VM_TCG is set}: using TCG (software emulation, several times slower than KVM)" >&2
    timeout=$((timeout * 3))
fi
rm -f "$work/vm-status"
# What the guest's init hands the script: its arguments and our variables.
{
    declare -p "${!ROUTESTUDIO_@}" "${!IT_@}" 2>/dev/null | sed 's/^declare -[^ ]* /export /'
    printf 'set -- '; printf '%q ' "$@"; printf '\n'
} >"$work/vm-env"
console=$work/vm-console.log
start=$(date +%s.%N)
set +e
timeout --foreground -k 5 "$timeout" "$qemu" "${accel[@]}" -m 2048 -smp 2 \
    -nographic -no-reboot -nodefaults -serial stdio -nic none \
    -kernel "$kdir/vmlinux" -initrd "$kdir/initrd.img" \
    -append "console=ttyS0 panic=-1 ${RS_VM_KERNEL_ARGS:-quiet loglevel=4} rs.init=$here/guest-init.sh rs.release=$release rs.modules=$kdir/root rs.script=$script rs.work=$work" \
    -fsdev local,id=hostroot,path=/,security_model=passthrough,readonly=on,multidevs=remap \
    -device virtio-9p-pci,fsdev=hostroot,mount_tag=hostroot \
    -fsdev local,id=work,path="$work",security_model=passthrough,multidevs=remap \
    -device virtio-9p-pci,fsdev=work,mount_tag=work \
    </dev/null 2>&1 | tee "$console"
qrc=${PIPESTATUS[0]}
set -e
secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo '?')
if [ "$qrc" -eq 124 ] || [ "$qrc" -eq 137 ]; then
    echo "run-vm: the guest did not finish within ${timeout} s and was killed (console: $console)" >&2
    exit 124
fi
if [ ! -f "$work/vm-status" ]; then
    echo "run-vm: the guest stopped without an exit status (qemu exit $qrc; console: $console)" >&2
    exit 125
fi
rc=$(cat "$work/vm-status")
echo "run-vm: $(basename "$script") exited $rc; VM wall time ${secs} s (${accel[1]})" >&2
exit "$rc"
