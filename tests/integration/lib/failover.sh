# Steps the failover tests share (bash, sourced after harness.sh and
# strongswan.sh): the time the generated files give a dead path, the second
# uplink, a continuous ping with its outage, and the cut in the router.
# shellcheck shell=bash

# until_wall SECONDS CMD... : CMD succeeds before SECONDS of wall time have
# passed (poll counts tries, and under TCG one try of several `ip` calls takes
# seconds).
until_wall() {
    local end=$(($(date +%s) + $1))
    shift
    while [ "$(date +%s)" -le "$end" ]; do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    return 1
}

# failover_bound ETC : prints the seconds within which the box of that
# generated /etc gives a dead path up (docs/failover.md): dead peer detection
# plus charon's retransmissions, read from its generated files.
failover_bound() {
    local etc=$1 conf dpd tries rto base
    conf="$etc/strongswan.d/routestudio-failover.conf"
    [ -f "$conf" ] || { log "no generated $conf"; return 1; }
    dpd=$(sed -nE 's/^[[:space:]]*dpd_delay[[:space:]]*=[[:space:]]*([0-9]+)s$/\1/p' \
        "$etc/swanctl/conf.d/routestudio.conf" | sort -n | tail -n 1)
    tries=$(sed -nE 's/^[[:space:]]*retransmit_tries = ([0-9]+)$/\1/p' "$conf")
    rto=$(sed -nE 's/^[[:space:]]*retransmit_timeout = ([0-9.]+)$/\1/p' "$conf")
    base=$(sed -nE 's/^[[:space:]]*retransmit_base = ([0-9.]+)$/\1/p' "$conf")
    [ -n "$dpd" ] && [ -n "$tries" ] && [ -n "$rto" ] && [ -n "$base" ] \
        || { log "cannot read the failover timing from $etc"; return 1; }
    log "generated timing ($etc): dpd_delay ${dpd}s, retransmit_tries $tries, timeout $rto, base $base"
    awk -v d="$dpd" -v n="$tries" -v t="$rto" -v b="$base" \
        'BEGIN { s = d; for (i = 0; i <= n; i++) s += t * b ^ i; printf "%.1f", s }'
}

# second_uplink NS PRIMARY SECOND : the box's second public address on its
# WAN, routed by the router the way its first one is.
second_uplink() {
    ip -n "$1" addr add "$3/32" dev wan0 || return 1
    ip -n "$IT_INET" route add "$3/32" \
        dev "$(ip -n "$IT_INET" -o route show "$2/32" | awk '{ print $3 }')"
}

# cut_uplink ADDRESS / repair_uplink : the router drops everything to and
# from ADDRESS (one rs_cut table at a time).
cut_uplink() {
    ip netns exec "$IT_INET" nft -f - <<NFT
table inet rs_cut {
    chain forward {
        type filter hook forward priority filter; policy accept;
        ip saddr $1 counter drop
        ip daddr $1 counter drop
    }
}
NFT
}
repair_uplink() { ip netns exec "$IT_INET" nft delete table inet rs_cut; }

# ping_start NS TARGET : a ping every 0.2 s with times into $IT_WORK/ping.out.
ping_start() {
    in_ns "$1" ping -D -i 0.2 -W 1 "$2" >"$IT_WORK/ping.out" 2>&1 &
    IT_PIDS+=("$!")
}
replies() { grep -c 'bytes from' "$IT_WORK/ping.out"; }
more_replies() { [ "$(replies)" -gt "$1" ]; }
# replies_resume SECONDS : five more replies arrive within SECONDS.
replies_resume() { until_wall "$1" more_replies $(($(replies) + 5)); }

# outage_since CUT_EPOCH : the longest gap between two replies since the cut.
outage_since() {
    awk -v c="$1" '/bytes from/ { t = substr($1, 2, length($1) - 2) + 0
        if (p && t > c - 1 && t - p > g) g = t - p; p = t } END { printf "%.1f", g }' \
        "$IT_WORK/ping.out"
}
# within_bound OUTAGE BOUND : the outage is real and at most the bound + 5 s.
within_bound() { awk -v o="$1" -v b="$2" 'BEGIN { exit !(o > 0 && o <= b + 5) }'; }
