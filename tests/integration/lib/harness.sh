# Shared helpers for the real-daemon integration tests (bash, sourced).
#
# Every test creates its own network namespaces with names unique to this run
# (rsit<PID>-<role>), creates its veth pairs inside them (never in the host's
# namespace), gives every daemon a private /run (unshare -m + tmpfs) and its
# own /etc via /etc/netns/<ns>/, and removes all of it again from an EXIT trap:
# processes are stopped by the PIDs we recorded, namespaces and /etc/netns
# folders by the names we created. Traffic only flows between namespaces the
# test created.
# shellcheck shell=bash

set -uo pipefail

IT_NAME=${IT_NAME:-$(basename "$0" .sh)}
IT_PREFIX="rsit$$"
IT_WORK=$(mktemp -d "${TMPDIR:-/tmp}/routestudio-it.XXXXXX")
IT_PIDS=()
IT_NAMESPACES=()
IT_FAILED=0
IT_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IT_SKIP=77

log() { printf '%s: %s\n' "$IT_NAME" "$*" >&2; }

fail() {
    IT_FAILED=1
    printf '%s: FAIL: %s\n' "$IT_NAME" "$*" >&2
    exit 1
}

# A failed assertion that lets the test go on, so one run reports them all.
check_failed() {
    IT_FAILED=1
    printf '%s: FAIL: %s\n' "$IT_NAME" "$*" >&2
}

pass() { printf '%s: ok: %s\n' "$IT_NAME" "$*" >&2; }

# Cannot run here: fails in CI (ROUTESTUDIO_CI=1), skips loudly elsewhere.
cannot_run() {
    if [ "${ROUTESTUDIO_CI:-0}" = 1 ]; then
        printf '%s: FAIL (CI): cannot run: %s\n' "$IT_NAME" "$*" >&2
        exit 1
    fi
    printf '\n*** %s: SKIPPED: %s (set ROUTESTUDIO_CI=1 to make this a failure) ***\n\n' \
        "$IT_NAME" "$*" >&2
    exit "$IT_SKIP"
}

# require_tools TOOL... : root, network namespaces and every named program.
require_tools() {
    [ "$(id -u)" -eq 0 ] || cannot_run "needs root for network namespaces (run scripts/test as root)"
    local t
    for t in ip unshare nsenter mount "$@"; do
        command -v "$t" >/dev/null 2>&1 || [ -x "$t" ] \
            || cannot_run "program '$t' is missing (scripts/test installs the Debian packages)"
    done
}

# Stop what we started (by PID), delete our namespaces and /etc/netns folders.
it_cleanup() {
    local rc=$?
    local pid ns i
    for ((i = ${#IT_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${IT_PIDS[$i]}
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${IT_PIDS[@]}"; do
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    # Anything still running inside our namespaces (a daemon's own children,
    # e.g. the charon that starter forks) is ours too: stop it by PID.
    for ns in "${IT_NAMESPACES[@]}"; do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
    done
    for ns in "${IT_NAMESPACES[@]}"; do
        ip netns del "$ns" 2>/dev/null
    done
    if [ "$rc" -ne 0 ] && [ "$rc" -ne "$IT_SKIP" ] || [ "$IT_FAILED" -ne 0 ]; then
        it_dump_logs
        [ "$rc" -eq 0 ] && rc=1
    fi
    if [ -n "${IT_KEEP:-}" ]; then
        log "work folder kept: $IT_WORK"
    else
        rm -rf "$IT_WORK"
    fi
    exit "$rc"
}
trap it_cleanup EXIT
trap 'exit 130' INT TERM

# A test killed with SIGKILL (a ctest timeout) cannot clean up: the next run
# removes namespaces of this scheme whose owning test process is gone,
# stopping what still runs inside them by PID.
it_sweep_stale() {
    local ns owner pid
    for ns in $(ip netns list 2>/dev/null | awk '{ print $1 }' | grep -E '^rsit[0-9]+-' || true); do
        owner=${ns#rsit}
        owner=${owner%%-*}
        kill -0 "$owner" 2>/dev/null && continue
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
        ip netns del "$ns" 2>/dev/null && log "removed stale namespace $ns (its test $owner is gone)"
    done
}
[ "$(id -u)" -eq 0 ] && it_sweep_stale

it_dump_logs() {
    local f
    for f in "$IT_WORK"/*.log "$IT_WORK"/*/*.log; do
        [ -f "$f" ] || continue
        printf '\n----- %s (last 40 lines) -----\n' "${f#"$IT_WORK"/}" >&2
        tail -n 40 "$f" >&2
    done
}

# Functions that record PIDs or namespaces must not run in $(...) (a subshell
# would lose the record): they store their result in the variable named first.

# ns_add VAR ROLE : creates namespace rsit<PID>-ROLE with lo up; VAR = its name.
ns_add() {
    local _ns_name="$IT_PREFIX-$2"
    ip netns add "$_ns_name" || cannot_run "cannot create network namespace $_ns_name"
    IT_NAMESPACES+=("$_ns_name")
    ip -n "$_ns_name" link set lo up
    printf -v "$1" '%s' "$_ns_name"
}

# veth NS1 IF1 NS2 IF2 : a veth pair created directly inside the namespaces.
veth() {
    ip -n "$1" link add "$2" type veth peer name "$4" netns "$3" \
        || fail "veth $1/$2 <-> $3/$4"
    ip -n "$1" link set "$2" up
    ip -n "$3" link set "$4" up
}

# in_ns NS CMD... : run a command in the namespace.
in_ns() {
    local ns=$1
    shift
    ip netns exec "$ns" "$@"
}

# start_private VAR NS LOGFILE LAYERS SCRIPT [ARGS...]: runs `sh -c SCRIPT` in
# NS with a private mount namespace whose /run is an empty tmpfs and whose
# /etc is a read-only overlay: the folders in LAYERS (colon-separated, first
# wins) over the host's /etc, as if the generated files were installed there.
# SCRIPT ends with `exec daemon` so the recorded PID is the daemon's. VAR = PID.
start_private() {
    local _sp_var=$1 _sp_ns=$2 _sp_log=$3 _sp_layers=$4 _sp_script=$5
    shift 5
    if [ -f "$IT_WORK/hosts" ]; then
        mkdir -p "$IT_WORK/hosts-layer"
        cp "$IT_WORK/hosts" "$IT_WORK/hosts-layer/hosts"
        _sp_layers="$IT_WORK/hosts-layer${_sp_layers:+:$_sp_layers}"
    fi
    IT_LAYERS=$_sp_layers ip netns exec "$_sp_ns" unshare -m --propagation private \
        sh -c 'mount -t tmpfs -o mode=0755 tmpfs /run && mkdir -p /run/lock &&
               if [ -n "$IT_LAYERS" ]; then mount -t overlay overlay -o "lowerdir=$IT_LAYERS:/etc" /etc; fi &&
               '"$_sp_script" \
        "$@" >"$_sp_log" 2>&1 </dev/null &
    IT_PIDS+=("$!")
    printf -v "$_sp_var" '%s' "$!"
}

# stop_pid PID : TERM, up to 3 s to exit, then KILL.
stop_pid() {
    kill -TERM "$1" 2>/dev/null
    poll 3 sh -c '! kill -0 "$0"' "$1" || kill -KILL "$1" 2>/dev/null
    wait "$1" 2>/dev/null
}

# in_daemon PID CMD... : run CMD in the daemon's network and mount namespaces.
in_daemon() {
    local pid=$1
    shift
    nsenter -t "$pid" -n -m "$@"
}

# poll SECONDS CMD... : polls CMD every 0.1 s; status 1 when it never succeeded.
poll() {
    local tries=$(($1 * 10))
    shift
    while [ "$tries" -gt 0 ]; do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
        tries=$((tries - 1))
    done
    return 1
}

# wait_for SECONDS DESCRIPTION CMD... : poll, and fail the test on a timeout.
wait_for() {
    local secs=$1 what=$2
    shift 2
    poll "$secs" "$@" || fail "timed out after ${secs}s waiting for: $what"
}

# grep_log FILE REGEX : true when REGEX (extended) occurs in FILE.
grep_log() { grep -Eq -- "$2" "$1" 2>/dev/null; }

# The bundle folder of one site: BUNDLE/<site>/etc/...
site_etc() { printf '%s/%s/etc\n' "$BUNDLE" "$1"; }

# jq over the topology / secrets.
topo() { jq -r "$@" "$TOPOLOGY"; }
secret_psk() { jq -r --arg n "$1" '.psk[$n]' "$SECRETS"; }
secret_user() { jq -r --arg n "$1" '.users[$n]' "$SECRETS"; }

# ipsec_links : LINKS = "LINK FROM TO" lines, one per ipsec link between two
# linux-strongswan sites (cannot run without one); SITES = their ends, sorted.
ipsec_links() {
    LINKS=$(topo '[.sites[] | select(.platform == "linux-strongswan") | .id] as $l | .links[]
                  | select(.transport == "ipsec") | select((.from | IN($l[])) and (.to | IN($l[])))
                  | "\(.id) \(.from) \(.to)"')
    [ -n "$LINKS" ] || cannot_run "no ipsec link between two linux-strongswan sites in $TOPOLOGY"
    SITES=$(printf '%s\n' "$LINKS" | awk '{ print $2; print $3 }' | sort -u)
}

# ---- addresses and the test's own "internet" ----

# ip_int ADDRESS : the IPv4 address as one number.
ip_int() {
    local o1 o2 o3 o4
    IFS=. read -r o1 o2 o3 o4 <<<"$1"
    echo $((o1 << 24 | o2 << 16 | o3 << 8 | o4))
}

# ip_add PREFIX N : the address N above the network address of PREFIX.
ip_add() {
    local v=$(($(ip_int "${1%/*}") + $2))
    printf '%d.%d.%d.%d\n' $((v >> 24 & 255)) $((v >> 16 & 255)) $((v >> 8 & 255)) $((v & 255))
}

# ip_last PREFIX : the last host address of PREFIX (broadcast - 1).
ip_last() {
    local len=${1#*/}
    ip_add "$1" $(((1 << (32 - len)) - 2))
}

# in_pool ADDRESS PREFIX : true when ADDRESS lies inside PREFIX.
in_pool() {
    local len=${2#*/}
    [ $(($(ip_int "$1") >> (32 - len))) -eq $(($(ip_int "${2%/*}") >> (32 - len))) ]
}

is_ipv4() { [[ $1 =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]]; }

IT_INET=""
IT_WAN_COUNT=0
# inet_attach NS ADDRESS : NS gets ADDRESS/32 on wan0, reachable from every
# other attached namespace through one router namespace (IT_INET). A DNS name
# gets an address of 203.0.113.200-254 and a line in the hosts file every
# daemon started later sees as /etc/hosts. IT_ADDR = the address.
IT_DNS_COUNT=0
inet_attach() {
    local ns=$1 addr=$2 side
    if ! is_ipv4 "$addr"; then
        [ -f "$IT_WORK/hosts" ] || printf '127.0.0.1 localhost\n::1 localhost\n' >"$IT_WORK/hosts"
        IT_DNS_COUNT=$((IT_DNS_COUNT + 1))
        printf '203.0.113.%d %s\n' $((199 + IT_DNS_COUNT)) "$addr" >>"$IT_WORK/hosts"
        addr="203.0.113.$((199 + IT_DNS_COUNT))"
    fi
    IT_ADDR=$addr
    if [ -z "$IT_INET" ]; then
        ns_add IT_INET inet
        in_ns "$IT_INET" sysctl -qw net.ipv4.ip_forward=1
    fi
    IT_WAN_COUNT=$((IT_WAN_COUNT + 1))
    side="w$IT_WAN_COUNT"
    veth "$IT_INET" "$side" "$ns" wan0
    # The router's own address on every wire: outside 169.254.0.0/16, where
    # the generated transit addresses of probed failover links live.
    ip -n "$IT_INET" addr add 100.64.255.254/32 dev "$side"
    ip -n "$IT_INET" route add "$addr/32" dev "$side"
    ip -n "$ns" addr add "$addr/32" dev wan0
    ip -n "$ns" route add default via 100.64.255.254 dev wan0 onlink
}

# lan_host VAR SITE_NS IFNAME PREFIX ROLE : a host namespace on a LAN of the
# site: the site gets PREFIX+1, the host PREFIX+2 (default route via the site).
lan_host() {
    local _lh_var=$1 site_ns=$2 ifname=$3 prefix=$4 role=$5 _lh_ns len=${4#*/}
    ns_add _lh_ns "$role"
    veth "$site_ns" "$ifname" "$_lh_ns" eth0
    ip -n "$site_ns" addr add "$(ip_add "$prefix" 1)/$len" dev "$ifname"
    ip -n "$_lh_ns" addr add "$(ip_add "$prefix" 2)/$len" dev eth0
    ip -n "$_lh_ns" route add default via "$(ip_add "$prefix" 1)"
    printf -v "$_lh_var" '%s' "$_lh_ns"
}

# ---- known failures (tests/integration/known-failures.txt) ----
# A line "TOPOLOGY TEST KEY  reason..." marks one check as failing today for a
# reason written down in docs/integration-tests.md. outcome() reports such a
# check as KNOWN FAILURE instead of failing the test, and fails the test when
# a listed check passes (the entry must then go).
IT_KNOWN_FILE=${IT_KNOWN_FILE:-$IT_LIB/../known-failures.txt}
IT_TOPO_NAME=""
is_known() {
    [ -f "$IT_KNOWN_FILE" ] || return 1
    awk -v t="$IT_TOPO_NAME" -v n="$IT_NAME" -v k="$1" \
        '!/^#/ && $1 == t && $2 == n && $3 == k { f = 1 } END { exit !f }' "$IT_KNOWN_FILE"
}
# outcome KEY PASSED(0|1) MESSAGE
outcome() {
    local key=$1 ok=$2 msg=$3
    if [ "$ok" -eq 0 ]; then
        if is_known "$key"; then
            check_failed "$msg -- but '$IT_TOPO_NAME $IT_NAME $key' is listed in known-failures.txt: remove it"
        else
            pass "$msg"
        fi
    elif is_known "$key"; then
        printf '%s: KNOWN FAILURE (docs/integration-tests.md): %s\n' "$IT_NAME" "$msg" >&2
    else
        check_failed "$msg"
    fi
}
