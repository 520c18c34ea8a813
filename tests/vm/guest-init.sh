#!/bin/bash
# Stage 2 (PID 1 in the guest, on the host's root mounted read-only over 9p).
# Makes the writable places tmpfs, puts the guest kernel's modules at
# /lib/modules, mounts the test's work folder (virtio-9p tag "work") at the
# path it has on the host, runs the test script named on the command line
# (rs.script=PATH rs.work=DIR), writes its exit status to DIR/vm-status and
# powers off. Output goes to the serial console (the host's log).
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
cmdline=$(</proc/cmdline 2>/dev/null || true)
mount -t proc proc /proc
cmdline=$(</proc/cmdline)
arg() { local a; for a in $cmdline; do case $a in "$1"=*) printf '%s' "${a#*=}"; return ;; esac; done; }
fail() { echo "guest-init: $*"; echo 125 >"$work/vm-status" 2>/dev/null; sync; echo o >/proc/sysrq-trigger; sleep 5; }
release=$(arg rs.release) script=$(arg rs.script) work=$(arg rs.work) modules=$(arg rs.modules)
mount -t sysfs sys /sys
mountpoint -q /dev || mount -t devtmpfs dev /dev
mkdir -p /dev/pts /dev/shm 2>/dev/null
# What udev would add: bash's process substitution needs /dev/fd.
ln -sf /proc/self/fd /dev/fd
ln -sf /proc/self/fd/0 /dev/stdin
ln -sf /proc/self/fd/1 /dev/stdout
ln -sf /proc/self/fd/2 /dev/stderr
mount -t devpts devpts /dev/pts -o gid=5,mode=620,ptmxmode=666
mount -t tmpfs shm /dev/shm
# A fresh /run (the host's holds its own daemons' sockets); the host's root
# stays reachable at /run/host under the overlays below.
mount -t tmpfs -o mode=0755 tmpfs /run
mkdir -p /run/host && mount --bind / /run/host
modules=/run/host$modules
# The guest kernel's modules are in the unpacked package ($modules/lib/modules),
# not in the host's /lib/modules (another kernel, perhaps none): modprobe -d,
# also for the modules the kernel itself asks for (ip link add ... type xfrm).
cat >/run/modprobe <<MODPROBE
#!/bin/bash
exec -a modprobe /usr/bin/kmod -d '$modules' "\$@"
MODPROBE
chmod 755 /run/modprobe
echo /run/modprobe >/proc/sys/kernel/modprobe
mkdir -p /run/bin && ln -s /run/modprobe /run/bin/modprobe
export PATH=/run/bin:$PATH
modprobe overlay || fail "no overlay module"
# Where the guest writes: a tmpfs overlay on the host's (read-only) folder, so
# host paths stay visible (a bundle under /tmp) and nothing reaches the host.
for d in /etc /tmp /var/tmp /var/lib /var/log /var/cache /var/spool /root /home /srv; do
    [ -d "$d" ] && [ ! -L "$d" ] || continue
    u=/run/overlay$d
    mkdir -p "$u/upper" "$u/work"
    mount -t overlay overlay -o "lowerdir=$d,upperdir=$u/upper,workdir=$u/work" "$d" || fail "cannot overlay $d"
done
chmod 1777 /tmp /var/tmp
mkdir -p "$work" 2>/dev/null; [ -d "$work" ] || fail "no mount point for the work folder $work"
mount -t 9p -o trans=virtio,version=9p2000.L,msize=262144 work "$work" || fail "cannot mount the work folder"
hostname routestudio-vm
ip link set lo up
mount -t debugfs debugfs /sys/kernel/debug 2>/dev/null || true
echo "guest-init: $(uname -r) up after $(cut -d' ' -f1 /proc/uptime) s; running $script"
cd "$work"
# A syslog for daemons that log only there (pppd), from the busybox unpacked
# next to the kernel; shown on the console when the test fails. Test logs stay
# in the guest's /tmp (9p is slow for many small files) and are dumped by the
# test itself on failure.
export RS_VM_BUSYBOX=${modules%/root}/busybox/bin/busybox
"$RS_VM_BUSYBOX" syslogd -n -O /tmp/syslog.log &
ROUTESTUDIO_VM=1 bash -c 'source "$1/vm-env" && exec bash "$0" "$@"' "$script" "$work"
rc=$?
echo "guest-init: $script exited $rc after $(cut -d' ' -f1 /proc/uptime) s"
[ "$rc" -eq 0 ] || { echo "----- syslog (last 60 lines) -----"; tail -n 60 /tmp/syslog.log; }
echo "$rc" >"$work/vm-status"
sync
umount "$work" 2>/dev/null
echo o >/proc/sysrq-trigger
sleep 10
