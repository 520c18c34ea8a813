# charon per namespace (bash, sourced after harness.sh).
#
# The lab's strongswan.conf is test infrastructure: it loads the userspace ESP
# (kernel-libipsec: this kernel has no ESP modules), logs to the test's work
# folder and, for the site-to-site test, does not install routes itself, so the
# only routes into the tunnel are the ones the generated route script adds.
# What is proven is the generated swanctl.conf, loaded as it is.
# shellcheck shell=bash

CHARON=${CHARON:-/usr/lib/ipsec/charon}
# IT_ESP=kernel (the VM lab, tests/vm/): ESP in the kernel (XFRM, kernel-netlink),
# as production runs it; the default, libipsec, is this host's userspace ESP.
IT_ESP=${IT_ESP:-libipsec}

# charon_setup NAME [INSTALL_ROUTES [EXTRA_PLUGINS]] : the lab layer $IT_WORK/NAME/etc with
# strongswan.conf and swanctl/swanctl.conf (include conf.d/*.conf). The
# generated files come from the site's etc folder, laid over it by charon_start.
charon_setup() {
    local name=$1 routes=${2:-no} extra=${3:-} d
    local etc="$IT_WORK/$name/etc"
    mkdir -p "$etc/swanctl/conf.d"
    for d in bliss ecdsa pkcs12 pkcs8 private pubkey rsa x509 x509aa x509ac x509ca x509crl x509ocsp; do
        mkdir -p "$etc/swanctl/$d"
    done
    local esp="kernel-libipsec" what="userspace ESP" tries=2 rto=1.0
    # The VM lab may run under software emulation (TCG): a slower peer, not a lost packet.
    [ "$IT_ESP" = kernel ] && esp="" what="kernel ESP (XFRM)" tries=5 rto=4.0
    cat >"$etc/strongswan.conf" <<EOF
# RouteStudio integration test lab (not generated): $what, log to file.
charon {
    load_modular = no
    load = random nonce aes sha1 sha2 hmac pem pkcs1 x509 revocation curve25519 gmp kdf $esp kernel-netlink socket-default vici updown $extra
    install_routes = $routes
    retransmit_tries = $tries
    retransmit_timeout = $rto
    filelog {
        file {
            path = $IT_WORK/$name/charon.log
            time_format = %T
            default = 1
            ike = 2
            cfg = 2
            flush_line = yes
        }
    }
}
swanctl {
    load = pem pkcs1 x509 revocation constraints pubkey openssl random
}
# Generated charon settings (a failover site's retransmission timing), after
# the lab's, as Debian's /etc/strongswan.conf includes strongswan.d/*.conf.
include /etc/strongswan.d/routestudio-*.conf
EOF
    printf 'include conf.d/*.conf\n' >"$etc/swanctl/swanctl.conf"
}

# charon_start VAR NS NAME [SITE_ETC] : charon with a private /run and /etc =
# lab layer + SITE_ETC (the generated files) + host /etc; waits for its vici
# socket. VAR = the PID.
charon_start() {
    local _cs_pid _cs_layers="$IT_WORK/$3/etc${4:+:$4}"
    start_private _cs_pid "$2" "$IT_WORK/$3/charon.stderr.log" "$_cs_layers" 'exec "$0"' "$CHARON"
    wait_for 10 "charon in $2 ($3) opens its vici socket" \
        in_daemon "$_cs_pid" test -S /run/charon.vici
    printf -v "$1" '%s' "$_cs_pid"
}

# swanctl_load PID OUTFILE : swanctl --load-all; fails the test on any error
# text (swanctl exits 0 on syntax errors, so the output is what counts).
# LOADED = the number of loaded connections.
swanctl_load() {
    local pid=$1 out=$2 rc=0
    in_daemon "$pid" swanctl --load-all --noprompt >"$out" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        fail "swanctl --load-all exited $rc: $(tr '\n' ' ' <"$out")"
    fi
    if grep -Eiq 'syntax error|invalid|unknown|failed|discarded|not recognized|unexpected|error' "$out"; then
        fail "swanctl --load-all reported errors: $(tr '\n' ' ' <"$out")"
    fi
    local n
    n=$(sed -nE 's/^successfully loaded ([0-9]+) connections, 0 unloaded$/\1/p' "$out")
    grep -qx 'no connections found, 0 unloaded' "$out" && n=0
    [ -n "$n" ] || fail "swanctl --load-all did not report loaded connections: $(tr '\n' ' ' <"$out")"
    LOADED=$n
}

# list_children PID : "conn child mode remote-addrs" lines from --list-conns.
list_children() {
    in_daemon "$1" swanctl --list-conns | awk '
        /^[^ ].*: IKEv[12]/ { conn = $1; sub(/:$/, "", conn); remote = ""; next }
        /^  remote: / && conn != "" { remote = $2; next }
        /^  [^ ].*: (TUNNEL|TRANSPORT|PASS|DROP)/ {
            child = $1; sub(/:$/, "", child); mode = $2; sub(/,$/, "", mode)
            print conn, child, mode, remote
        }'
}

# child_packets PID CHILD DIRECTION(in|out) : packets counted on the CHILD_SA.
child_packets() {
    in_daemon "$1" swanctl --list-sas --child "$2" | awk -v dir="$3" '
        $1 == dir && /packets/ {
            for (i = 1; i <= NF; i++) if ($i ~ /^packets/) { n += $(i - 1) }
        }
        END { print n + 0 }'
}
