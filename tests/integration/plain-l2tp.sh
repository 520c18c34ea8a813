#!/usr/bin/env bash
# Proves, for every generated linux-strongswan site, with routestudio.nft and
# (in other namespaces) iptables.rules loaded as generated: a plain, not
# IPsec-protected L2TP datagram is dropped even on an ESTABLISHED conntrack
# flow. The site sends one datagram from UDP 1701 to a peer's UDP 1701 (so
# conntrack has the flow), the peer answers from 1701 in plaintext: the
# answer must not reach the site's socket, and the ruleset's UDP 1701 drop
# counter must count it. A probe table of the test's own (inet rsprobe, no
# verdicts, before the filter hook) counts that the answer arrived as
# ESTABLISHED, so the test proves the conntrack case and not a NEW datagram.
# Usage: plain-l2tp.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
require_tools jq nft iptables-restore iptables python3 ss

SITE_ADDR=198.51.100.1 PEER_ADDR=198.51.100.2

# The site end: send from 1701 to the peer (three times, one flow: a loaded
# machine may lose the first to ARP), then wait 1 s for its answer.
SITE_PY='import socket,sys,time
s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)
s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)
s.bind(("0.0.0.0",1701)); s.settimeout(1)
for _ in range(3):
    s.sendto(b"site first",(sys.argv[1],1701)); time.sleep(0.2)
try:
    s.recvfrom(2048); print("delivered")
except socket.timeout:
    print("not delivered")'
# The peer end: wait for the site's datagram, answer it once in plaintext.
PEER_PY='import socket
s=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)
s.bind(("0.0.0.0",1701)); s.settimeout(30)
d,a=s.recvfrom(2048)
s.sendto(b"plain l2tp answer",a)'

PROBE='table inet rsprobe {
    chain input {
        type filter hook input priority -10; policy accept;
        udp dport 1701 ct state established counter comment "established plain l2tp"
    }
}'

# pair VAR_SITE VAR_PEER TAG : two namespaces joined by a veth.
pair() {
    local _s _p
    ns_add _s "$3-site"
    ns_add _p "$3-peer"
    veth "$_s" eth0 "$_p" eth0
    ip -n "$_s" addr add "$SITE_ADDR/24" dev eth0
    ip -n "$_p" addr add "$PEER_ADDR/24" dev eth0
    printf -v "$1" '%s' "$_s"
    printf -v "$2" '%s' "$_p"
}

# exchange SITE_NS PEER_NS LOG : the two datagrams; prints the site's result.
exchange() {
    in_ns "$1" nft -f - <<<"$PROBE" || { echo "probe table not loaded"; return; }
    in_ns "$2" python3 -c "$PEER_PY" >"$3" 2>&1 &
    local peer=$!
    IT_PIDS+=("$peer")
    poll 3 sh -c 'ip netns exec "$0" ss -Hlun "sport = :1701" | grep -q .' "$2" \
        || { echo "peer never listened"; return; }
    in_ns "$1" python3 -c "$SITE_PY" "$PEER_ADDR" 2>>"$3"
    wait "$peer" 2>/dev/null
}

# established NS : how many plain 1701 datagrams the probe saw as ESTABLISHED.
established() {
    in_ns "$1" nft list table inet rsprobe 2>/dev/null | sed -n 's/.*counter packets \([0-9]*\) .*/\1/p'
}

sites=$(topo '.sites[] | select(.platform == "linux-strongswan") | .id')
[ -n "$sites" ] || fail "no linux-strongswan site in $TOPOLOGY"
for site in $sites; do
    etc=$(site_etc "$site")
    mkdir -p "$IT_WORK/$site"

    pair s p "${site:0:6}-n"
    if out=$(in_ns "$s" nft -f "$etc/nftables.d/routestudio.nft" 2>&1); then
        got=$(exchange "$s" "$p" "$IT_WORK/$site/nft.log")
        est=$(established "$s")
        drops=$(in_ns "$s" nft list chain inet routestudio input \
            | awk '/udp dport 1701/ && / drop/ { for (i = 1; i < NF; i++) if ($i == "packets") n += $(i + 1) }
                   END { print n + 0 }')
        [ "${est:-0}" -ge 1 ] || check_failed "$site: nft: the plain answer did not arrive as ESTABLISHED (probe: ${est:-none}; $got)"
        [ "$got" = "not delivered" ] || check_failed "$site: nft: a plain L2TP datagram on an established flow was $got"
        [ "$drops" -ge 1 ] || check_failed "$site: nft: the UDP 1701 drop rule counted $drops packets"
        [ "$got" = "not delivered" ] && [ "$drops" -ge 1 ] \
            && pass "$site: routestudio.nft drops plain L2TP on an established flow ($drops counted)"
    else
        check_failed "$site: nft -f routestudio.nft: $out"
    fi

    pair s p "${site:0:6}-i"
    if out=$(in_ns "$s" iptables-restore "$etc/routestudio/iptables.rules" 2>&1); then
        got=$(exchange "$s" "$p" "$IT_WORK/$site/iptables.log")
        est=$(established "$s")
        drops=$(in_ns "$s" iptables -w -L INPUT -v -n -x \
            | awk '$3 == "DROP" && /udp dpt:1701/ { n += $1 } END { print n + 0 }')
        [ "${est:-0}" -ge 1 ] || check_failed "$site: iptables: the plain answer did not arrive as ESTABLISHED (probe: ${est:-none}; $got)"
        [ "$got" = "not delivered" ] || check_failed "$site: iptables: a plain L2TP datagram on an established flow was $got"
        [ "$drops" -ge 1 ] || check_failed "$site: iptables: the UDP 1701 DROP rule counted $drops packets"
        [ "$got" = "not delivered" ] && [ "$drops" -ge 1 ] \
            && pass "$site: iptables.rules drops plain L2TP on an established flow ($drops counted)"
    else
        check_failed "$site: iptables-restore iptables.rules: $out"
    fi
done
exit "$IT_FAILED"
