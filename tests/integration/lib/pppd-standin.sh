#!/bin/sh
# STAND-IN FOR pppd — NOT pppd. This kernel has no PPP (/dev/ppp), so the
# integration tests bind-mount this script over /usr/sbin/pppd inside the
# test's own mount namespace. It does what pppd would do around the generated
# files and nothing of PPP itself:
#   - records its exact argv (one argument per line) in $STANDIN_DIR/argv;
#   - when the argv carries LOCAL:REMOTE (xl2tpd's LNS passes the pool
#     addresses that way), creates a TUN named like pppd's interface (pppN, or
#     `ifname`/`unit`) with LOCAL peer REMOTE, and runs the generated
#     /etc/ppp/ip-up.d/routestudio with pppd's arguments
#     ($1 iface $2 tty $3 speed $4 local $5 remote $6 ipparam) and the
#     PPP_* environment Debian's /etc/ppp/ip-up exports;
#   - without LOCAL:REMOTE (an LAC's pppd learns them by IPCP), waits for
#     the test to write "LOCAL:REMOTE" into $STANDIN_DIR/ipcp (the addresses
#     the LNS side handed out), then does the same;
#   - ipparam, unit and ifname are read from the command line and from the
#     options files given with `file` (as pppd does);
#   - PEERNAME (which pppd exports after the peer authenticated) is taken
#     from $STANDIN_PEERNAME: the stand-in runs no CHAP, the test says who
#     would have authenticated;
#   - on SIGTERM/SIGHUP/SIGINT runs ip-down.d/routestudio the same way,
#     deletes the TUN and exits.
# Exit codes and script output go to $STANDIN_DIR (ip-up.rc, ip-up.log, ...).
STANDIN_DIR=${STANDIN_DIR:-/run/pppd-standin}
mkdir -p "$STANDIN_DIR"
: >"$STANDIN_DIR/argv.tmp"
for a in "$@"; do printf '%s\n' "$a" >>"$STANDIN_DIR/argv.tmp"; done
mv "$STANDIN_DIR/argv.tmp" "$STANDIN_DIR/argv"

local_ip="" remote_ip="" ipparam="" unit="" ifname="" prev=""
# Options files first, the command line after (it wins, as in pppd).
for a in "$@"; do
    if [ "$prev" = file ] && [ -r "$a" ]; then
        while read -r key value _; do
            case "$key" in
            ipparam) ipparam=$value ;;
            unit) unit=$value ;;
            ifname) ifname=$value ;;
            esac
        done <"$a"
    fi
    prev=$a
done
prev=""
for a in "$@"; do
    case "$prev" in
    ipparam) ipparam=$a ;;
    unit) unit=$a ;;
    ifname) ifname=$a ;;
    esac
    case "$a" in
    [0-9]*.*:[0-9]*.*) local_ip=${a%%:*} remote_ip=${a#*:} ;;
    esac
    prev=$a
done
tty=$(tty 2>/dev/null) || tty=""
speed=0

if [ -z "$local_ip" ] || [ -z "$remote_ip" ]; then
    # An LAC's pppd: the addresses come "by IPCP", i.e. from the test.
    trap 'exit 0' TERM HUP INT
    while [ ! -s "$STANDIN_DIR/ipcp" ]; do sleep 0.1 & wait $!; done
    pair=$(cat "$STANDIN_DIR/ipcp")
    local_ip=${pair%%:*} remote_ip=${pair#*:}
fi

if [ -z "$ifname" ]; then
    if [ -n "$unit" ]; then
        ifname="ppp$unit"
    else
        n=0
        while ip link show "ppp$n" >/dev/null 2>&1; do n=$((n + 1)); done
        ifname="ppp$n"
    fi
fi
ip tuntap add dev "$ifname" mode tun || { echo "stand-in: cannot create $ifname" >&2; exit 1; }
ip addr add "$local_ip" peer "$remote_ip/32" dev "$ifname"
ip link set "$ifname" up
printf '%s\n' "$ifname" >"$STANDIN_DIR/iface"

run_script() { # run_script up|down
    script=/etc/ppp/ip-$1.d/routestudio
    if [ ! -e "$script" ]; then
        echo "missing" >"$STANDIN_DIR/ip-$1.rc"
        return
    fi
    rc=0
    env -i PATH=/usr/local/sbin:/usr/sbin:/sbin:/usr/local/bin:/usr/bin:/bin \
        PPP_IFACE="$ifname" PPP_TTY="$tty" PPP_SPEED="$speed" PPP_LOCAL="$local_ip" \
        PPP_REMOTE="$remote_ip" PPP_IPPARAM="$ipparam" PPP_TTYNAME="${tty##*/}" \
        PEERNAME="${STANDIN_PEERNAME:-}" \
        "$script" "$ifname" "$tty" "$speed" "$local_ip" "$remote_ip" "$ipparam" \
        >"$STANDIN_DIR/ip-$1.log" 2>&1 || rc=$?
    echo "$rc" >"$STANDIN_DIR/ip-$1.rc"
}

stop() {
    run_script down
    ip link del "$ifname" 2>/dev/null
    exit 0
}
trap stop TERM HUP INT
run_script up
while :; do sleep 1 & wait $!; done
