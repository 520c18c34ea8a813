#!/usr/bin/env bash
# Proves, for every ipsec link between two generated linux-strongswan sites:
# - the generated sysctl file turns on forwarding, and the generated nftables
#   ruleset is loaded on every box (its forward rules must count the pings);
# - real charons (kernel-libipsec, the userspace ESP: this kernel has no ESP
#   modules) bring the IKE_SA and CHILD_SA up with the generated swanctl.conf;
# - the generated updown hook (tunnel-routes.sh, called by charon) installs
#   every route the route table gives the box, on the XFRM interface it names
#   (here a stand-in: kernel-libipsec's TUN renamed to that name). kernel-libipsec also
#   installs routes of its own in table 220; the test removes the rule that
#   consults table 220, so the generated routes are the only way in;
# - a host in each LAN pings a host in every LAN (and the hub's pool address)
#   the route table says it reaches through the tunnel; the CHILD_SA counters rise;
# - `tunnel-routes.sh down` removes the routes (the ping then fails) and
#   `tunnel-routes.sh up` puts them back (the ping works again).
# Usage: site-to-site.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
IT_TOPO_NAME=$(basename "$TOPOLOGY" .topology.json)
require_tools jq swanctl ping sysctl "$CHARON" "$CLI"

"$CLI" routes --json "$TOPOLOGY" >"$IT_WORK/routes.json" || fail "routestudio-cli routes failed"
ipsec_links
# Routes a box gets over its ipsec links (those tunnel-routes.sh owns).
ipsec_routes() {
    jq -r --arg s "$1" '.[] | select(.box == $s and .transport == "ipsec") | .destination' "$IT_WORK/routes.json"
}

declare -A NS PID HOST ADDR POOL TARGET CHILD CHILDREN IFACE TUNDEV
for site in $SITES; do
    ns_add "NS[$site]" "$site"
    inet_attach "${NS[$site]}" "$(topo --arg s "$site" '.sites[] | select(.id == $s) | .publicAddress')"
    ADDR[$site]=$IT_ADDR
    # The XFRM interface the generated route script creates and routes over.
    IFACE[$site]=$(sed -nE "s/^IFACE='([^']+)'$/\1/p" "$(site_etc "$site")/routestudio/tunnel-routes.sh")
    [ -n "${IFACE[$site]}" ] || fail "$site: tunnel-routes.sh names no IFACE"
    i=0
    for lan in $(topo --arg s "$site" '.sites[] | select(.id == $s) | .lans[]'); do
        lan_host "HOST[$lan]" "${NS[$site]}" "lan$i" "$lan" "$site-h$i"
        TARGET[$lan]=$(ip_add "$lan" 2)
        i=$((i + 1))
    done
    # The hub's pool has its localAddress only while a PPP client is
    # connected: the test puts it on lo (as one connected client would), a
    # ping target. kernel-libipsec (unlike kernel XFRM, IT_ESP=kernel in the VM
    # lab) also refuses a CHILD_SA whose local traffic selector holds no local
    # address: there a transit prefix (another site's LAN routed through this
    # box) gets its last host address on lo.
    pooladdr=$(topo --arg s "$site" '.sites[] | select(.id == $s) | .remoteAccess.localAddress // empty')
    pool=$(topo --arg s "$site" '.sites[] | select(.id == $s) | .remoteAccess.pool // empty')
    if [ -n "$pooladdr" ]; then
        ip -n "${NS[$site]}" addr add "$pooladdr/32" dev lo
        TARGET[$pool]=$pooladdr
    fi
    etc=$(site_etc "$site")
    [ "$IT_ESP" = kernel ] || for ts in $(sed -nE 's/^[[:space:]]*local_ts[[:space:]]*=[[:space:]]*//p' "$etc/swanctl/conf.d/routestudio.conf" | tr ',' ' '); do
        [[ $ts =~ ^[0-9.]+/[0-9]+$ ]] || continue
        [ "$ts" = "$pool" ] && continue
        topo --arg s "$site" --arg t "$ts" -e '.sites[] | select(.id == $s) | .lans | index($t)' >/dev/null && continue
        ip -n "${NS[$site]}" addr add "$(ip_last "$ts")/32" dev lo 2>/dev/null
    done
    in_ns "${NS[$site]}" sysctl -q -p "$etc/sysctl.d/60-routestudio.conf" \
        || check_failed "$site: sysctl -p 60-routestudio.conf failed"
    [ "$(in_ns "${NS[$site]}" sysctl -n net.ipv4.ip_forward)" = 1 ] \
        || check_failed "$site: the generated sysctl file does not enable net.ipv4.ip_forward"
    # The generated firewall is loaded on every box: the tunnel must work through it.
    out=$(in_ns "${NS[$site]}" nft -f "$etc/nftables.d/routestudio.nft" 2>&1) \
        || check_failed "$site: nft -f routestudio.nft: $out"
    charon_setup "$site" no
done
for site in $SITES; do
    charon_start "PID[$site]" "${NS[$site]}" "$site" "$(site_etc "$site")"
    # Without this rule the routes kernel-libipsec installs itself (table 220,
    # whatever install_routes says) are inert: only the generated ones count.
    ip -n "${NS[$site]}" rule del pref 220 2>/dev/null || true
    # STAND-IN for the XFRM interface: this kernel has no XFRM ESP (nor XFRM
    # interfaces), so kernel-libipsec's TUN gets the interface's name as an
    # altname before any SA comes up (libipsec installs its own routes on
    # "ipsec0" by name and refuses the SA when it cannot). The generated updown
    # hook then finds the TUN by that name, sets its MTU, brings it up and
    # routes over it. The VM lab (tests/vm/) runs the real XFRM interface.
    TUNDEV[$site]=${IFACE[$site]}
    if [ "$IT_ESP" != kernel ] && [ "${IFACE[$site]}" != ipsec0 ]; then
        ip -n "${NS[$site]}" link property add dev ipsec0 altname "${IFACE[$site]}" ||
            fail "$site: cannot give ipsec0 the altname ${IFACE[$site]}"
        TUNDEV[$site]=ipsec0
        log "$site: kernel-libipsec's TUN is also named ${IFACE[$site]} (stand-in for the XFRM interface)"
    fi
    swanctl_load "${PID[$site]}" "$IT_WORK/$site/load.log"
done

# Bring every link up from its initiating side unless start_action already did.
# An IKEv1 link with several prefixes per side has one CHILD_SA per prefix
# pair (Quick Modes run one after another): every one of them must be
# INSTALLED on both ends before any ping, not just the first.
child_installed() { # child_installed PID CHILD
    nsenter -t "$1" -n -m swanctl --list-sas --child "$2" | grep -q "INSTALLED, TUNNEL"
}
all_installed() { # all_installed PID CHILD...
    local pid=$1 c
    shift
    for c in "$@"; do child_installed "$pid" "$c" || return 1; done
}
while read -r link from to; do
    for s in "$from" "$to"; do
        o=$([ "$s" = "$from" ] && echo "$to" || echo "$from")
        mapfile -t rows < <(list_children "${PID[$s]}" \
            | awk -v a="$(topo --arg p "$o" '.sites[] | select(.id == $p) | .publicAddress')" \
                  '$3 == "TUNNEL" && $4 == a { print $1, $2 }')
        [ ${#rows[@]} -gt 0 ] || fail "$link: $s has no TUNNEL child towards $o"
        read -r conn child <<<"${rows[0]}"
        CHILD[$link/$s]=$child
        CHILDREN[$link/$s]=$(printf '%s\n' "${rows[@]}" | awk '{ print $2 }' | tr '\n' ' ')
        [ "$s" = "$from" ] && fconn=$conn
    done
    # A generated initiator (start_action = start) brings them up by itself;
    # any child still missing after that is initiated by hand.
    # shellcheck disable=SC2086
    if ! poll 3 all_installed "${PID[$from]}" ${CHILDREN[$link/$from]}; then
        for c in ${CHILDREN[$link/$from]}; do
            child_installed "${PID[$from]}" "$c" && continue
            in_daemon "${PID[$from]}" swanctl --initiate --ike "$fconn" --child "$c" --timeout 15 \
                >>"$IT_WORK/$from/initiate-$link.log" 2>&1 \
                || log "$link: swanctl --initiate --child $c on $from: $(tail -n 2 "$IT_WORK/$from/initiate-$link.log" | tr '\n' ' ') (checking the SA anyway)"
        done
    fi
    for s in "$from" "$to"; do
        for c in ${CHILDREN[$link/$s]}; do
            wait_for 10 "$link: CHILD_SA $c installed on $s" child_installed "${PID[$s]}" "$c"
        done
    done
    n=$(wc -w <<<"${CHILDREN[$link/$from]}")
    pass "$link: IKE_SA and all $n CHILD_SA(s) up between $from and $to"
done <<<"$LINKS"


routes_on_tunnel() { # routes_on_tunnel SITE : every expected route is on the tunnel interface
    local d
    for d in $(ipsec_routes "$1"); do
        ip -n "${NS[$1]}" route show exact "$d" | grep -q "dev ${TUNDEV[$1]} " || return 1
    done
}
for site in $SITES; do
    if poll 5 routes_on_tunnel "$site"; then
        pass "$site: the updown hook installed [$(ipsec_routes "$site" | tr '\n' ' ')] on ${IFACE[$site]}"
    else
        check_failed "$site: routes missing on ${IFACE[$site]} after the tunnel came up (updown hook): $(ip -n "${NS[$site]}" route | tr '\n' ';')"
    fi
    # A real kernel (the VM lab): the hook created an XFRM interface with the
    # if_id every generated child carries.
    if [ "$IT_ESP" = kernel ]; then
        ifid=$(sed -nE 's/^[[:space:]]*if_id_out[[:space:]]*=[[:space:]]*//p' "$(site_etc "$site")/swanctl/conf.d/routestudio.conf" | sort -u)
        link=$(ip -n "${NS[$site]}" -d link show dev "${IFACE[$site]}" 2>&1)
        if [ -n "$ifid" ] && grep -q "xfrm if_id $(printf '0x%x' "$ifid") " <<<"$link"; then
            pass "$site: ${IFACE[$site]} is an XFRM interface with if_id $ifid, as the children"
        else
            check_failed "$site: ${IFACE[$site]} is not the XFRM interface of if_id '$ifid': $link"
        fi
    fi
done

# Ping pairs: a LAN host of S to every LAN/pool of another site that S routes.
pairs=()
for s in $SITES; do
    for dest in $(ipsec_routes "$s"); do
        [ -n "${TARGET[$dest]:-}" ] || continue
        for src in $(topo --arg s "$s" '.sites[] | select(.id == $s) | .lans[]'); do
            pairs+=("$s $src $dest")
        done
    done
done
[ ${#pairs[@]} -gt 0 ] || fail "the route table gives no site a route to another tested site's LAN"
ping_pair() { # ping_pair "SITE SRC DEST" COUNT
    local s src dest
    read -r s src dest <<<"$1"
    in_ns "${HOST[$src]}" ping -c "$2" -i 0.2 -W 1 "${TARGET[$dest]}" 2>&1
}
# All pairs at once (a failing ping waits for its timeout), then the verdicts.
i=0 pingers=()
for p in "${pairs[@]}"; do
    i=$((i + 1))
    { ping_pair "$p" 3 >"$IT_WORK/ping-$i.out"; echo $? >"$IT_WORK/ping-$i.rc"; } &
    pingers+=("$!")
done
wait "${pingers[@]}"
i=0
for p in "${pairs[@]}"; do
    i=$((i + 1))
    read -r s src dest <<<"$p"
    key="ping:$s:$src->$dest"
    out=$(cat "$IT_WORK/ping-$i.out")
    if [ "$(cat "$IT_WORK/ping-$i.rc")" = 0 ]; then
        outcome "$key" 0 "$s: $(ip_add "$src" 2) -> ${TARGET[$dest]} ($dest) through the tunnel: $(grep -o '[0-9]* received' <<<"$out")"
    else
        outcome "$key" 1 "$s: ping $(ip_add "$src" 2) -> ${TARGET[$dest]} ($dest) failed ($key): $(tail -n 2 <<<"$out" | tr '\n' ' ')"
    fi
done

# The forwarded pings went through the generated firewall's forward rules.
for site in $SITES; do
    n=$(in_ns "${NS[$site]}" nft list chain inet routestudio forward 2>/dev/null \
        | awk '/ip saddr .* ip daddr .* counter packets/ && !/drop/ {
                   for (i = 1; i < NF; i++) if ($i == "packets") s += $(i + 1) } END { print s + 0 }')
    [ "$n" -gt 0 ] && pass "$site: nftables forward accepted $n routed packets" \
        || check_failed "$site: the generated nftables forward chain counted no routed packet"
done

while read -r link from to; do
    counts=""
    for dir in in out; do
        n=$(child_packets "${PID[$from]}" "${CHILD[$link/$from]}" "$dir")
        [ "$n" -gt 0 ] || check_failed "$link: CHILD_SA on $from counted no $dir packets"
        counts="$counts $dir=$n"
    done
    pass "$link: CHILD_SA packets on $from:$counts"
done <<<"$LINKS"

# The routes are what carries the traffic: down removes them, up restores them.
for site in $SITES; do
    script=$(site_etc "$site")/routestudio/tunnel-routes.sh
    in_ns "${NS[$site]}" "$script" down >"$IT_WORK/$site/routes-down.log" 2>&1 \
        || check_failed "$site: tunnel-routes.sh down exited non-zero: $(tr '\n' ' ' <"$IT_WORK/$site/routes-down.log")"
    for d in $(ipsec_routes "$site"); do
        ip -n "${NS[$site]}" route show exact "$d" | grep -q . \
            && check_failed "$site: route $d still there after tunnel-routes.sh down"
    done
done
ping_pair "${pairs[0]}" 1 >/dev/null && check_failed "ping ${pairs[0]} still works without the generated routes"
for site in $SITES; do
    script=$(site_etc "$site")/routestudio/tunnel-routes.sh
    in_ns "${NS[$site]}" "$script" up >"$IT_WORK/$site/routes-up.log" 2>&1 \
        || check_failed "$site: tunnel-routes.sh up exited non-zero: $(tr '\n' ' ' <"$IT_WORK/$site/routes-up.log")"
    routes_on_tunnel "$site" || check_failed "$site: tunnel-routes.sh up did not restore the routes"
done
ping_pair "${pairs[0]}" 2 >/dev/null || check_failed "ping ${pairs[0]} fails after tunnel-routes.sh up"
[ "$IT_FAILED" -eq 0 ] && pass "tunnel-routes.sh down/up removes and restores the routes the traffic takes"
# check.sh: what runs on the boxes as they are now (lib/check-faults.sh).
[ -z "${IT_AFTER:-}" ] || source "$IT_AFTER"
exit "$IT_FAILED"
