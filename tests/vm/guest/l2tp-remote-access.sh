#!/usr/bin/env bash
# In the VM lab (a real kernel: ESP, XFRM, PPP, L2TP): L2TP/IPsec remote access
# end to end on the hub's generated files, unchanged. The hub runs charon with
# its swanctl.conf (kernel ESP), its nftables ruleset, xl2tpd with its
# xl2tpd.conf and the REAL pppd with its options.xl2tpd, chap-secrets and
# ip-up/ip-down. A client namespace plays Windows: a charon initiator with
# Windows' default proposals, an xl2tpd LAC and a real pppd that only
# authenticates with MS-CHAPv2. Proves: ESP transport SAs in the kernel, the
# L2TP tunnel and call, MS-CHAPv2 success against chap-secrets, the client's
# address from the pool, ppp0 on both sides, a ping across to a host on the
# hub's LAN, Connect's own DHCPINFORM over the real PPP link answered by the
# hub's generated dnsmasq with the profile's routes (route push), the hub's
# nftables counting L2TP only under IPsec, the wire
# carrying only IKE and ESP (checked on the host from wire.pcap), and on
# hangup the call gone on both sides.
# Usage (inside the VM, see tests/vm/vm-test.sh): l2tp-remote-access.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
IT_ESP=kernel
source "$(dirname "$0")/../../integration/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
require_tools jq swanctl xl2tpd xl2tpd-control /usr/sbin/pppd nft base64 dumpcap "$CHARON"
for m in esp4 xfrm_user xfrm4_tunnel l2tp_ppp pppox ppp_generic ppp_async ppp_synctty nf_tables; do
    modprobe "$m" 2>/dev/null || log "module $m not loaded (built in?)"
done

hub=$(topo '[.sites[] | select(.platform == "linux-strongswan" and .remoteAccess != null)][0].id // empty')
[ -n "$hub" ] || cannot_run "no linux-strongswan hub with remoteAccess in $TOPOLOGY"
etc=$(site_etc "$hub")
profile=$(topo --arg h "$hub" '[.profiles[] | select(.hub == $h)][0].id')
# The profile's last user: with route push its fixed chap-secrets address is not
# the first one xl2tpd proposes, so the address check below tells them apart.
user=$(topo --arg p "$profile" '.profiles[] | select(.id == $p) | .users[-1]')
psk=$(secret_psk "$(topo --arg p "$profile" '.profiles[] | select(.id == $p) | .secret')")
password=$(secret_user "$user")
pool=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .remoteAccess.pool')
localaddr=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .remoteAccess.localAddress')
lan=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .lans[0]')

# The hub, a host on its first LAN, and the client on the test's internet.
ns_add hns "$hub"
inet_attach "$hns" "$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .publicAddress')"
haddr=$IT_ADDR
lan_host lanns "$hns" lan0 "$lan" "$hub-lan"
ns_add cns client
inet_attach "$cns" 192.0.2.101
caddr=$IT_ADDR
cwire=w$IT_WAN_COUNT
in_ns "$hns" sysctl -qp "$etc/sysctl.d/60-routestudio.conf" >/dev/null \
    || fail "$hub: the generated sysctl file does not load"
in_ns "$hns" nft -f "$etc/nftables.d/routestudio.nft" || fail "$hub: the generated nftables ruleset does not load"
# Only what crosses the client's wire, for the host to check (wire.pcap).
in_ns "$IT_INET" dumpcap -q -i "$cwire" -w "$PWD/wire.pcap" >"$IT_WORK/dumpcap.log" 2>&1 &
IT_PIDS+=("$!")

charon_setup "$hub"
charon_start hpid "$hns" "$hub" "$etc"
swanctl_load "$hpid" "$IT_WORK/$hub/load.log"
mkdir -p "$IT_WORK/$hub/syslog"
start_private xpid "$hns" "$IT_WORK/$hub/xl2tpd.log" "$etc" \
    'mkdir -p /run/xl2tpd && exec xl2tpd -D -c /etc/xl2tpd/xl2tpd.conf -p /run/xl2tpd.pid -C /run/xl2tpd/l2tp-control'
wait_for 10 "$hub: xl2tpd listens on UDP 1701" \
    sh -c 'ip netns exec "$0" ss -Hlun "sport = :1701" | grep -q .' "$hns"

# The client: Windows' default proposals (docs/clients.md), L2TP in transport mode.
charon_setup client
cetc=$IT_WORK/client/etc
cat >"$cetc/swanctl/conf.d/client.conf" <<CONF
connections {
    l2tp {
        version = 1
        local_addrs = $caddr
        remote_addrs = $haddr
        proposals = aes256-sha1-modp1024,aes128-sha1-modp1024
        local { auth = psk
                id = $caddr }
        remote { auth = psk }
        children {
            l2tp {
                mode = transport
                local_ts = dynamic[udp/1701]
                remote_ts = dynamic[udp/1701]
                esp_proposals = aes256-sha1,aes128-sha1
            }
        }
    }
}
secrets { ike-l2tp { secret = 0s$(printf '%s' "$psk" | base64 -w0) } }
CONF
mkdir -p "$cetc/xl2tpd" "$cetc/ppp"
cat >"$cetc/xl2tpd/xl2tpd.conf" <<CONF
[lac hub]
lns = $haddr
pppoptfile = /etc/ppp/options.client
length bit = yes
CONF
cat >"$cetc/ppp/options.client" <<CONF
name $user
remotename $hub
noauth
refuse-pap
refuse-chap
refuse-mschap
refuse-eap
noipdefault
nodefaultroute
noccp
debug
logfile $IT_WORK/client/pppd.log
CONF
printf '"%s" "%s" "%s" *\n' "$user" "$hub" "$password" >"$cetc/ppp/chap-secrets"
chmod 600 "$cetc/ppp/chap-secrets" "$cetc/swanctl/conf.d/client.conf"
charon_start cpid "$cns" client
swanctl_load "$cpid" "$IT_WORK/client/load.log"
in_daemon "$cpid" swanctl --initiate --child l2tp --timeout 30 >"$IT_WORK/client/initiate.log" 2>&1 \
    || fail "client: IKEv1 + Quick Mode with $hub failed: $(tail -n 5 "$IT_WORK/client/initiate.log" | tr '\n' ' ')"
for side in "$hns" "$cns"; do
    st=$(ip -n "$side" xfrm state)
    grep -q 'proto esp .* mode transport' <<<"$(tr '\n' ' ' <<<"$st")" \
        || fail "${side#"$IT_PREFIX"-}: no ESP transport SA in the kernel: $st"
done
pass "ESP transport SAs in the kernel on both sides ($(ip -n "$cns" xfrm state | grep -c '^src') on the client)"

start_private lpid "$cns" "$IT_WORK/client/xl2tpd.log" "$cetc" \
    'mkdir -p /run/xl2tpd && exec xl2tpd -D -c /etc/xl2tpd/xl2tpd.conf -p /run/xl2tpd.pid -C /run/xl2tpd/l2tp-control'
wait_for 10 "client: xl2tpd control socket" in_daemon "$lpid" test -p /run/xl2tpd/l2tp-control
in_daemon "$lpid" xl2tpd-control -c /run/xl2tpd/l2tp-control connect-lac hub >"$IT_WORK/client/connect.log" 2>&1
wait_for 30 "client: ppp0 up with an address" sh -c 'ip -n "$0" -4 addr show dev ppp0 | grep -q "inet "' "$cns"
wait_for 10 "$hub: its ppp interface up" sh -c 'ip -n "$0" -4 -o addr show | grep -q "ppp.*inet $1 peer"' "$hns" "$localaddr"
clog=$IT_WORK/client/pppd.log
grep -q 'CHAP authentication succeeded' "$clog" || fail "client: no CHAP success in $(tail -n 20 "$clog" | tr '\n' ' ')"
grep -Eq 'CHAP Challenge id=0x[0-9a-f]+ <[0-9a-f]{32}>' "$clog" \
    || fail "client: the hub's challenge is not MS-CHAPv2's 16 bytes"
pass "client: MS-CHAPv2 authentication as $user succeeded (the client refuses PAP, CHAP-MD5, MS-CHAPv1, EAP)"
caddr_ppp=$(ip -n "$cns" -4 -o addr show dev ppp0 | sed -nE 's/.* inet ([0-9.]+) peer ([0-9.]+).*/\1/p')
peer_ppp=$(ip -n "$cns" -4 -o addr show dev ppp0 | sed -nE 's/.* inet ([0-9.]+) peer ([0-9.]+).*/\2/p')
in_pool "$caddr_ppp" "$pool" && [ "$caddr_ppp" != "$localaddr" ] || fail "client: ppp0 address $caddr_ppp is not from the pool $pool"
[ "$peer_ppp" = "$localaddr" ] || fail "client: the hub's PPP address is $peer_ppp, not $localaddr"
# Route push (docs/route-push.md): the real pppd gives the user the fixed address
# of the generated chap-secrets instead of the one xl2tpd proposes.
fixed=$(awk -v u="\"$user\"" '$1 == u { print $4 }' "$etc/ppp/chap-secrets")
if [ -n "$fixed" ] && [ "$fixed" != "*" ]; then
    [ "$caddr_ppp" = "$fixed" ] || fail "client: ppp0 address $caddr_ppp, not $user's fixed chap-secrets address $fixed"
    pass "client: pppd gave $user the fixed address $fixed of chap-secrets (route push tells profiles apart by it)"
fi
pass "client: ppp0 $caddr_ppp peer $peer_ppp (pool $pool)"

# Route push over the real PPP link (docs/route-push.md): the hub's dnsmasq,
# started as Debian's unit starts it with the generated drop-in, answers the
# DHCPINFORM that routestudio-helper inform (what the Connect window runs)
# sends on ppp0, with option 121 = the bytes `routes --push` prints.
if [ -f "$etc/dnsmasq.d/routestudio.conf" ]; then
    helper=${ROUTESTUDIO_HELPER:-}
    [ -x "$helper" ] || fail "ROUTESTUDIO_HELPER does not name routestudio-helper"
    "${ROUTESTUDIO_CLI:?}" routes --push --json "$TOPOLOGY" >"$IT_WORK/push.json" || fail "routes --push failed"
    want=$(jq -r --arg h "$hub" --arg p "$profile" \
        '.[] | select(.hub == $h) | .profiles[] | select(.profile == $p) | .option121' "$IT_WORK/push.json")
    [ -n "$want" ] || fail "$hub: routes --push gives profile $profile no option 121"
    start_private dpid "$hns" "$IT_WORK/$hub/dnsmasq.log" "$etc" \
        'exec dnsmasq -k -C /etc/dnsmasq.conf -7 /etc/dnsmasq.d,.dpkg-dist,.dpkg-old,.dpkg-new \
              --log-dhcp --log-facility=- --pid-file=/run/dnsmasq.pid --dhcp-leasefile=/run/dnsmasq.leases'
    wait_for 5 "$hub: dnsmasq started" grep_log "$IT_WORK/$hub/dnsmasq.log" 'started, version'
    reply=$(in_ns "$cns" "$helper" inform --interface ppp0 2>"$IT_WORK/client/inform.err") \
        || fail "client: routestudio-helper inform on ppp0: $(tr '\n' ' ' <"$IT_WORK/client/inform.err")"
    hex=${reply#reply }
    len=$(printf '%02x' $((${#want} / 2)))
    grep -q "79$len$want" <<<"$hex" \
        || fail "client: the hub's DHCPACK over PPP lacks option 121 = $want: $hex"
    grep_log "$IT_WORK/$hub/dnsmasq.log" "DHCPINFORM\\(ppp" \
        || fail "$hub: dnsmasq did not see the DHCPINFORM on its ppp interface"
    pass "client: DHCPINFORM over the real PPP link answered by $hub's dnsmasq with option 121 = $want"
fi

# The split route the Connect window installs, then a ping to the hub's LAN.
in_ns "$cns" ip route add "$lan" dev ppp0
target=$(ip_add "$lan" 2)
in_ns "$cns" ping -c 3 -W 5 "$target" >"$IT_WORK/ping.log" 2>&1 \
    || fail "client: ping $target over ppp0 failed: $(tr '\n' ' ' <"$IT_WORK/ping.log")"
pass "client: ping $target (a host on $hub's LAN $lan) over L2TP/IPsec"
esp_in=$(ip -n "$hns" -s xfrm state | awk '/^src '"$caddr"' dst/ { f = 1 } f && /packets/ { print $0; exit }')
log "$hub: inbound SA counters: $esp_in"
rules=$(in_ns "$hns" nft -a list ruleset)
grep -E 'udp dport 1701.*meta ipsec exists.*counter packets [1-9]|meta ipsec exists.*udp dport 1701.*counter packets [1-9]' <<<"$rules" >/dev/null \
    || check_failed "$hub: the nftables rule for L2TP under IPsec counted nothing: $(grep 1701 <<<"$rules" | tr '\n' ' ')"

# A plain (unencrypted) L2TP datagram on the established flow (the client's
# address and port 1701, as an attacker on the path would send it, from the
# internet namespace): the hub's firewall must drop it before conntrack's
# established rule can accept it.
drops() {
    in_ns "$hns" nft list chain inet routestudio input \
        | sed -nE '/udp dport 1701/{/ipsec exists/!{/drop/s/.*counter packets ([0-9]+).*/\1/p}}' | head -n 1
}
before=$(drops)
[ -n "$before" ] || fail "$hub: no counted drop rule for plain UDP 1701 in the input chain"
ip -n "$IT_INET" addr add "$caddr/32" dev lo
in_ns "$IT_INET" python3 -c 'import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], 1701))
s.sendto(bytes.fromhex("c8020014000100000000000000000000"), (sys.argv[2], 1701))' "$caddr" "$haddr"
ip -n "$IT_INET" addr del "$caddr/32" dev lo
for _ in $(seq 30); do after=$(drops); [ "$after" -gt "$before" ] && break; sleep 0.1; done
flow=$(in_ns "$hns" cat /proc/net/nf_conntrack 2>/dev/null | grep -c "dport=1701.*ASSURED" || true)
if [ "$after" -gt "$before" ]; then
    pass "$hub: a plain L2TP datagram on the established flow was dropped (drop counter $before -> $after; assured 1701 flows: $flow)"
else
    check_failed "$hub: a plain L2TP datagram on the established flow was not dropped by the firewall (drop counter stays $before)"
fi

# Hangup: both pppds end, both interfaces go.
in_daemon "$lpid" xl2tpd-control -c /run/xl2tpd/l2tp-control disconnect-lac hub >>"$IT_WORK/client/connect.log" 2>&1
wait_for 15 "client: ppp0 gone after hangup" sh -c '! ip -n "$0" link show ppp0 >/dev/null 2>&1' "$cns"
wait_for 15 "$hub: its ppp interface gone" sh -c '! ip -n "$0" -o link show | grep -q ": ppp"' "$hns"
pass "hangup: the call ended, ppp interfaces gone on both sides"
exit "$IT_FAILED"
