#!/usr/bin/env bash
# Proves: real dnsmasq started with each Linux hub's generated drop-in
# (etc/dnsmasq.d/routestudio.conf laid over /etc, read the way Debian's unit
# reads it: -7 /etc/dnsmasq.d) answers a real client's DHCPINFORM on a ppp*
# interface with exactly its profile's answer: options 121 and 249 carry the
# bytes `routestudio-cli routes --push` prints, which decode to the profile's
# routes in the route table via the hub's PPP address; option 6 the hub's DNS
# servers; no address (yiaddr 0.0.0.0), no lease time, router or netmask.
# The client is dhcpcd (Debian's dhcpcd-base) in inform mode, a real RFC 3442
# client: it ends with exactly the profile's routes in its table (removed after).
# Each profile's first user plays its client from its fixed chap-secrets address,
# so two profiles with different routes get different answers by address.
# The same INFORM from the hub's LAN gets no answer, a DHCPDISCOVER on ppp* gets
# no offer, and dnsmasq's lease file stays empty.
# STAND-IN (this kernel has no PPP): the hub's PPP link is a veth named ppp<N>
# with the point-to-point addresses pppd would set (hub local address, peer =
# the client's fixed address). On the client end (a veth named ppp0) the test
# sets the address as /32 plus a host route to the hub instead of a peer
# address: dhcpcd rewrites a non-PPP interface's address and would drop a peer
# route with it. dhcpcd runs with its hooks replaced by a recorder (-c) and a
# read-only /etc, so it changes nothing outside the namespaces.
# Usage: route-push.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
source "$(dirname "$0")/lib/harness.sh"
require_tools jq dnsmasq dhcpcd tshark timeout "$CLI"
"$CLI" routes --push --json "$TOPOLOGY" >"$IT_WORK/push.json" || fail "routestudio-cli routes --push failed"
"$CLI" routes --json "$TOPOLOGY" >"$IT_WORK/routes.json" || fail "routestudio-cli routes failed"

hubs=$(jq -r '.[] | select(.answers) | .hub' "$IT_WORK/push.json")
[ -n "$hubs" ] || cannot_run "no hub in $TOPOLOGY answers DHCPINFORM"

# The recorder dhcpcd runs instead of dhcpcd-run-hooks: the options it decoded.
# dhcpcd gives its script a clean environment: the output file is written in.
HOOK="$IT_WORK/dhcpcd-hook" HOOK_OUT="$IT_WORK/hook.out"
printf '#!/bin/sh\nenv | grep -E "^(reason|interface|new_[a-z_]+)=" | sort >>"%s.$reason"\n' "$HOOK_OUT" >"$HOOK"
chmod 755 "$HOOK"
mkdir -p "$IT_WORK/ro-etc"
printf 'option classless_static_routes, ms_classless_static_routes, domain_name_servers, domain_name\n' \
    >"$IT_WORK/dhcpcd.conf"

# dhcpcd NS LOG SECONDS ARGS... : dhcpcd in NS, stopped after SECONDS if still running, with a private /run and lease folder, read-only /etc.
# (the empty layer makes /etc a read-only overlay: dhcpcd cannot change the host's files)
dhcpcd_in() {
    local ns=$1 log=$2 secs=$3 pid
    shift 3
    rm -f "$HOOK_OUT".*
    start_private pid "$ns" "$log" "$IT_WORK/ro-etc" \
        'mkdir -p /var/lib/dhcpcd && mount -t tmpfs tmpfs /var/lib/dhcpcd &&
         conf=$0 hook=$1 secs=$2 && shift 2 &&
         exec timeout "$secs" dhcpcd -f "$conf" -c "$hook" -B -1 -d -4 "$@"' \
        "$IT_WORK/dhcpcd.conf" "$HOOK" "$secs" "$@"
    wait "$pid" 2>/dev/null
}

# hex of option 121 -> "prefix via router" lines (RFC 3442 decoded here, independently)
decode_routes() {
    local hex=$1 out="" len n i dst gw
    while [ -n "$hex" ]; do
        len=$((16#${hex:0:2}))
        n=$(((len + 7) / 8))
        dst=""
        for ((i = 0; i < 4; i++)); do
            if [ "$i" -lt "$n" ]; then dst+=$((16#${hex:$((2 + 2 * i)):2})); else dst+=0; fi
            [ "$i" -lt 3 ] && dst+=.
        done
        gw=""
        for ((i = 0; i < 4; i++)); do
            gw+=$((16#${hex:$((2 + 2 * n + 2 * i)):2}))
            [ "$i" -lt 3 ] && gw+=.
        done
        out+="$dst/$len via $gw"$'\n'
        hex=${hex:$((2 + 2 * n + 8))}
    done
    printf '%s' "$out"
}

hexaddrs() { local a out=""; for a in "$@"; do IFS=. read -r o1 o2 o3 o4 <<<"$a"; out+=$(printf '%02x%02x%02x%02x' "$o1" "$o2" "$o3" "$o4"); done; printf '%s' "$out"; }

answers=0
for hub in $hubs; do
    etc=$(site_etc "$hub")
    conf="$etc/dnsmasq.d/routestudio.conf"
    [ -f "$conf" ] || { check_failed "$hub: $conf is missing"; continue; }
    [ "$(stat -c %a "$conf")" = 644 ] || check_failed "$hub: $conf has mode $(stat -c %a "$conf"), dnsmasq expects 0644"
    router=$(jq -r --arg h "$hub" '.[] | select(.hub == $h) | .router' "$IT_WORK/push.json")
    ns_add hns "$hub"
    # The hub's LAN (first LAN, first host) with a host on it that asks too.
    lan=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .lans[0] // "192.168.77.0/24"')
    ns_add lanns "$hub-lan"
    veth "$hns" lan0 "$lanns" eth0
    lanaddr=$(ip_add "${lan%/*}" 2) hubaddr=$(ip_add "${lan%/*}" 1)
    ip -n "$hns" addr add "$hubaddr/${lan#*/}" dev lan0
    ip -n "$lanns" addr add "$lanaddr/${lan#*/}" dev eth0

    # One client per profile with users: its first user's fixed address.
    clients=()
    np=$(jq --arg h "$hub" '.[] | select(.hub == $h) | .profiles | length' "$IT_WORK/push.json")
    for ((i = 0; i < np; i++)); do
        prof=$(jq -r --arg h "$hub" --argjson i "$i" '.[] | select(.hub == $h) | .profiles[$i]' "$IT_WORK/push.json")
        addr=$(jq -r '.users[0].address // empty' <<<"$prof")
        [ -n "$addr" ] || continue
        ns_add cns "$hub-c$i"
        veth "$hns" "ppp$i" "$cns" ppp0
        ip -n "$hns" addr add "$router" peer "$addr/32" dev "ppp$i"
        ip -n "$cns" addr add "$addr/32" broadcast "$addr" dev ppp0
        ip -n "$cns" route add "$router/32" dev ppp0 scope link src "$addr"
        clients+=("$i|$cns|$addr")
    done
    [ ${#clients[@]} -gt 0 ] || { check_failed "$hub: answers, but no profile has a user"; continue; }

    # The generated firewall, loaded as on the box: its DHCP rule must count the
    # INFORMs on ppp* and nothing from the LAN.
    in_ns "$hns" nft -f "$etc/nftables.d/routestudio.nft" || check_failed "$hub: nft -f routestudio.nft failed"
    dhcp_count() {
        in_ns "$hns" nft -a list chain inet routestudio input | grep 'DHCPINFORM from PPP clients' \
            | sed -nE 's/.*counter packets ([0-9]+).*/\1/p'
    }
    [ -n "$(dhcp_count)" ] || check_failed "$hub: the nftables ruleset has no DHCP rule for ppp*"
    # dnsmasq as Debian's systemd-helper starts it: main config plus the drop-in folder.
    start_private dpid "$hns" "$IT_WORK/$hub-dnsmasq.log" "$etc" \
        'exec dnsmasq -k -C /etc/dnsmasq.conf -7 /etc/dnsmasq.d,.dpkg-dist,.dpkg-old,.dpkg-new \
              --log-dhcp --log-facility=- --pid-file=/run/dnsmasq.pid --dhcp-leasefile=/run/dnsmasq.leases'
    wait_for 5 "$hub: dnsmasq started" grep_log "$IT_WORK/$hub-dnsmasq.log" 'started, version'
    grep_log "$IT_WORK/$hub-dnsmasq.log" 'DNS disabled' || check_failed "$hub: dnsmasq serves DNS (port=0 missing)"

    for c in "${clients[@]}"; do
        IFS='|' read -r i cns addr <<<"$c"
        prof=$(jq -r --arg h "$hub" --argjson i "$i" '.[] | select(.hub == $h) | .profiles[$i]' "$IT_WORK/push.json")
        pid_=$(jq -r '.profile' <<<"$prof")
        want121=$(jq -r '.option121' <<<"$prof")
        wantdns=$(hexaddrs $(jq -r '.dns[]' <<<"$prof"))
        # The profile's routes from the route table, via the hub's PPP address.
        wantroutes=""
        if [ -n "$want121" ]; then
            wantroutes=$(jq -r --arg p "$pid_" --arg r "$router" \
                '.[] | select(.box == $p) | "\(.destination) via \($r)"' "$IT_WORK/routes.json")
        fi
        pcap="$IT_WORK/$hub-$pid_.pcap"
        start_private tpid "$cns" "$IT_WORK/$hub-$pid_-tshark.log" "$IT_WORK/ro-etc" \
            'exec tshark -i ppp0 -f "udp port 67 or udp port 68" -w "$0"' "$pcap"
        wait_for 10 "$hub/$pid_: capture running" grep_log "$IT_WORK/$hub-$pid_-tshark.log" 'Capturing on'
        dhcpcd_in "$cns" "$IT_WORK/$hub-$pid_-dhcpcd.log" 15 -t 10 -s "$addr/32" ppp0
        sleep 1
        stop_pid "$tpid"
        ack=$(tshark -r "$pcap" -Y 'dhcp.option.dhcp == 5' -T fields -E separator='|' \
            -e ip.src -e dhcp.ip.your -e dhcp.option.type -e dhcp.option.value 2>/dev/null | head -n 1)
        [ -n "$ack" ] || { check_failed "$hub/$pid_: no DHCPACK to the INFORM from $addr"; continue; }
        IFS='|' read -r src yiaddr types values <<<"$ack"
        IFS=, read -ra T <<<"$types"
        IFS=, read -ra V <<<"$values"
        declare -A opt=()
        for ((k = 0; k < ${#T[@]}; k++)); do opt[${T[$k]}]=${V[$k]:-}; done
        [ "$src" = "$router" ] || check_failed "$hub/$pid_: the answer came from $src, not the hub's PPP address $router"
        [ "$yiaddr" = 0.0.0.0 ] || check_failed "$hub/$pid_: the ACK hands out address $yiaddr"
        for o in 1 3 28 51; do
            [ -z "${opt[$o]+set}" ] || check_failed "$hub/$pid_: the ACK carries option $o"
        done
        [ "${opt[121]:-}" = "$want121" ] \
            || check_failed "$hub/$pid_: option 121 is '${opt[121]:-}', routes --push says '$want121'"
        [ "${opt[249]:-}" = "$want121" ] \
            || check_failed "$hub/$pid_: option 249 is '${opt[249]:-}', routes --push says '$want121'"
        got=$(decode_routes "${opt[121]:-}")
        [ "$(sort <<<"$got")" = "$(sort <<<"$wantroutes" | sed '/^$/d')" ] \
            || check_failed "$hub/$pid_: option 121 decodes to [$(tr '\n' ';' <<<"$got")], the profile routes [$(tr '\n' ';' <<<"$wantroutes")]"
        [ "${opt[6]:-}" = "$wantdns" ] || check_failed "$hub/$pid_: option 6 is '${opt[6]:-}', expected '$wantdns'"
        # The real client installed exactly these routes, and nothing else.
        installed=$(ip -n "$cns" -4 route show proto dhcp | awk '{ print $1 " via " $3 }' | sort)
        [ "$installed" = "$(sort <<<"$wantroutes" | sed '/^$/d')" ] \
            || check_failed "$hub/$pid_: dhcpcd installed [$(tr '\n' ';' <<<"$installed")], expected [$(tr '\n' ';' <<<"$wantroutes")]"
        grep -qs "new_classless_static_routes" "$HOOK_OUT.INFORM" || [ -z "$want121" ] \
            || check_failed "$hub/$pid_: dhcpcd's INFORM hook saw no classless static routes"
        ip -n "$cns" route flush proto dhcp
        answers=$((answers + 1))
        pass "$hub/$pid_: INFORM from $addr answered: 121=249=${want121:-none}; dhcpcd routes [$(tr '\n' ';' <<<"$installed")]"
        unset opt
    done

    # Two profiles with routes: their answers differ (they are picked by address).
    n121=$(jq -r --arg h "$hub" '[.[] | select(.hub == $h) | .profiles[] | select(.users | length > 0) | .option121] | unique | length' "$IT_WORK/push.json")
    [ "$n121" -ge 1 ] && pass "$hub: $n121 distinct option-121 answer(s) across ${#clients[@]} profile(s)"

    before=$(dhcp_count)
    [ "${before:-0}" -ge ${#clients[@]} ] \
        || check_failed "$hub: the ruleset's DHCP rule counted ${before:-0} packet(s) for ${#clients[@]} INFORM(s)"
    # Never on the LAN: the same INFORM from the LAN host gets nothing.
    dhcpcd_in "$lanns" "$IT_WORK/$hub-lan-dhcpcd.log" 6 -t 5 -s "$lanaddr/${lan#*/}" eth0
    grep_log "$IT_WORK/$hub-lan-dhcpcd.log" 'sending INFORM' || check_failed "$hub: the LAN host sent no INFORM"
    [ ! -s "$HOOK_OUT.INFORM" ] && ! grep_log "$IT_WORK/$hub-lan-dhcpcd.log" 'received approval' \
        || check_failed "$hub: the LAN host's DHCPINFORM was answered"
    # dnsmasq did not even look at it (with lan0 among its interfaces it logs
    # "no address range available for DHCP request via lan0").
    grep_log "$IT_WORK/$hub-dnsmasq.log" 'lan0' && check_failed "$hub: dnsmasq handled DHCP on lan0"
    [ "$(dhcp_count)" = "$before" ] || check_failed "$hub: the ppp* DHCP rule counted the LAN host's INFORM"
    # No lease ever: a DHCPDISCOVER on ppp* gets no offer.
    IFS='|' read -r i cns addr <<<"${clients[0]}"
    dhcpcd_in "$cns" "$IT_WORK/$hub-discover-dhcpcd.log" 6 -t 5 --noipv4ll ppp0
    grep_log "$IT_WORK/$hub-discover-dhcpcd.log" 'sending DISCOVER' || check_failed "$hub: the client sent no DISCOVER"
    grep_log "$IT_WORK/$hub-discover-dhcpcd.log" 'offered' && check_failed "$hub: a DHCPDISCOVER on ppp* got an offer"
    grep_log "$IT_WORK/$hub-dnsmasq.log" 'DHCPDISCOVER\(ppp[0-9]+\).* ignored' \
        || check_failed "$hub: dnsmasq did not log the DISCOVER as ignored"
    leases=$(in_daemon "$dpid" cat /run/dnsmasq.leases 2>/dev/null)
    [ -z "$leases" ] || check_failed "$hub: dnsmasq recorded leases: $leases"
    after_lan=$(dhcp_count)
    [ "$after_lan" -gt "$before" ] || check_failed "$hub: the DHCP rule did not count the DISCOVER on ppp*"
    pass "$hub: no answer on the LAN (lan0), no offer to a DISCOVER on ppp*, no lease; nft DHCP rule counted ${before} INFORM packet(s) on ppp*"
    stop_pid "$dpid"
done
[ "$answers" -gt 0 ] || fail "no DHCPINFORM was answered"
exit "$IT_FAILED"
