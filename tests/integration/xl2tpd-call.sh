#!/usr/bin/env bash
# Proves: xl2tpd started with each hub's generated xl2tpd.conf (and its
# generated /etc/ppp files, laid over /etc) accepts an L2TP tunnel and a call
# from an LAC in another namespace (plain UDP 1701: this kernel cannot carry
# it inside ESP transport mode, see docs/integration-tests.md), and hands pppd
# the pool's local address, a remote address from the pool and the generated
# options file.
# pppd itself is a STAND-IN (lib/pppd-standin.sh, bind-mounted over
# /usr/sbin/pppd in the LNS's private mount namespace): this kernel has no PPP.
# The stand-in records pppd's argv, creates the PPP interface as a TUN and
# runs the generated ip-up: for a dial-in gateway (an l2tp link; the test
# plays the name it would authenticate as, PEERNAME) the gateway's LANs must
# then be routed on that interface. When the LAC hangs up, xl2tpd stops
# "pppd" and the stand-in runs the generated ip-down: routes and interface go.
# ip-up run a second time by hand (as an admin might) succeeds: idempotent.
# Usage: xl2tpd-call.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
source "$(dirname "$0")/lib/harness.sh"
require_tools jq xl2tpd xl2tpd-control ss /usr/sbin/pppd "$CLI"
"$CLI" routes --json "$TOPOLOGY" >"$IT_WORK/routes.json" || fail "routestudio-cli routes failed"

STANDIN="$IT_LIB/pppd-standin.sh"
hubs=$(topo '.sites[] | select(.platform == "linux-strongswan" and .remoteAccess != null) | .id')
[ -n "$hubs" ] || cannot_run "no linux-strongswan hub with remoteAccess in $TOPOLOGY"
n=0
for hub in $hubs; do
    etc=$(site_etc "$hub")
    conf="$etc/xl2tpd/xl2tpd.conf"
    [ -f "$conf" ] || { check_failed "$hub: $conf is missing"; continue; }
    localaddr=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .remoteAccess.localAddress')
    pool=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .remoteAccess.pool')
    # Callers: a remote-access user of a profile, and every dial-in gateway
    # (user name = link id, docs/generators.md), each with the routes the
    # route table gives the hub over that link.
    callers=()
    user=$(topo --arg h "$hub" '[.profiles[] | select(.hub == $h) | .users[]][0] // empty')
    [ -n "$user" ] && callers+=("$user|")
    for link in $(topo --arg h "$hub" '.links[] | select(.transport == "l2tp" and (.to == $h or .from == $h)) | .id'); do
        callers+=("$link|$link")
    done

    ns_add hns "$hub"
    inet_attach "$hns" "$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .publicAddress')"
    addr=$IT_ADDR
    mkdir -p "$IT_WORK/$hub"
    for c in "${callers[@]}"; do
        IFS='|' read -r caller link <<<"$c"
        n=$((n + 1))
        rec="$IT_WORK/$hub/standin-$n"
        mkdir -p "$rec"
        # One LNS per caller, so each stand-in knows who "authenticated".
        start_private hpid "$hns" "$IT_WORK/$hub/xl2tpd-$n.log" "$etc" \
            'mount --bind "$0" /usr/sbin/pppd && mkdir -p /run/xl2tpd &&
             STANDIN_DIR=$1 STANDIN_PEERNAME=$2 exec xl2tpd -D -c /etc/xl2tpd/xl2tpd.conf -p /run/xl2tpd.pid -C /run/xl2tpd/l2tp-control' \
            "$STANDIN" "$rec" "$caller"
        wait_for 5 "$hub: xl2tpd listens on UDP 1701" \
            sh -c 'ip netns exec "$0" ss -Hlun "sport = :1701" | grep -q .' "$hns"

        lac="$hub-lac$n"
        laddr="192.0.2.$((200 + n))"
        # A dial-in gateway with generated files is its own LAC: its
        # xl2tpd.conf ([lac <link>]), options and ip-up are proven too.
        gw="" gwetc="" lacname=hub
        if [ -n "$link" ]; then
            gw=$(topo --arg h "$hub" --arg l "$link" '.links[] | select(.id == $l) | if .from == $h then .to else .from end')
            gwetc=$(site_etc "$gw")
            if grep -qs "^\[lac $link\]" "$gwetc/xl2tpd/xl2tpd.conf"; then
                laddr=$(topo --arg g "$gw" '.sites[] | select(.id == $g) | .publicAddress')
                lacname=$link
            else
                gwetc=""
            fi
        fi
        ns_add lns_ "$lac"
        inet_attach "$lns_" "$laddr"
        laddr=$IT_ADDR
        mkdir -p "$IT_WORK/$lac/etc/xl2tpd" "$IT_WORK/$lac/etc/ppp" "$IT_WORK/$lac/standin"
        [ -n "$gwetc" ] || cat >"$IT_WORK/$lac/etc/xl2tpd/xl2tpd.conf" <<CONF
; LAC written by the test (plays an L2TP client)
[global]
port = 1701
[lac hub]
lns = $addr
name = $caller
require chap = yes
refuse pap = yes
require authentication = no
pppoptfile = /etc/ppp/options.lac
autodial = yes
length bit = yes
CONF
        : >"$IT_WORK/$lac/etc/ppp/options.lac"
        start_private lpid "$lns_" "$IT_WORK/$lac/xl2tpd.log" "${gwetc:-$IT_WORK/$lac/etc}" \
            'mount --bind "$0" /usr/sbin/pppd && mkdir -p /run/xl2tpd &&
             STANDIN_DIR=$1 exec xl2tpd -D -c /etc/xl2tpd/xl2tpd.conf -p /run/xl2tpd.pid -C /run/xl2tpd/l2tp-control' \
            "$STANDIN" "$IT_WORK/$lac/standin"

        hlog="$IT_WORK/$hub/xl2tpd-$n.log"
        wait_for 10 "$hub: L2TP tunnel from $laddr" grep_log "$hlog" "Connection established to $laddr"
        wait_for 10 "$hub: L2TP call from $laddr" grep_log "$hlog" "Call established with $laddr"
        wait_for 5 "$hub: pppd (stand-in) started by xl2tpd" test -s "$rec/argv"
        pass "$hub: tunnel and call from $caller; pppd argv: $(tr '\n' ' ' <"$rec/argv")"

        pair=$(grep -E '^[0-9.]+:[0-9.]+$' "$rec/argv")
        [ "${pair%%:*}" = "$localaddr" ] \
            || check_failed "$hub: pppd got local address '${pair%%:*}', expected the pool's localAddress $localaddr"
        remote=${pair#*:}
        in_pool "$remote" "$pool" && [ "$remote" != "$localaddr" ] \
            || check_failed "$hub: pppd got remote address '$remote', not an address of the pool $pool other than $localaddr"
        optfile=$(sed -nE 's/^[[:space:]]*pppoptfile[[:space:]]*=[[:space:]]*//p' "$conf" | tail -n 1)
        grep -qxF -- "$optfile" "$rec/argv" || check_failed "$hub: pppd was not given the options file '$optfile'"
        [ -f "$etc/${optfile#/etc/}" ] || check_failed "$hub: pppoptfile $optfile is not in the bundle"
        # One PPP authentication policy (docs/generators.md): what xl2tpd hands
        # pppd plus the options file require MS-CHAPv2 and nothing else.
        required=$( { cat "$rec/argv"; cat "$etc/${optfile#/etc/}" 2>/dev/null; } \
            | sed -nE 's/^[[:space:]]*(require-[a-z0-9-]+).*/\1/p' | sort -u | tr '\n' ' ')
        [ "$required" = "require-mschap-v2 " ] \
            || check_failed "$hub: pppd would require [${required% }] (xl2tpd argv + $optfile), not MS-CHAPv2 only"
        grep -qx auth "$rec/argv" || check_failed "$hub: xl2tpd did not hand pppd 'auth'"

        wait_for 5 "$hub: the stand-in ran ip-up" test -s "$rec/ip-up.rc"
        rc=$(cat "$rec/ip-up.rc")
        [ "$rc" = 0 ] || check_failed "$hub: generated ip-up exited $rc: $(tr '\n' ' ' <"$rec/ip-up.log")"
        iface=$(cat "$rec/iface")
        ip -n "$hns" -4 addr show dev "$iface" | grep -q "inet $localaddr peer $remote/32" \
            || check_failed "$hub: $iface does not carry $localaddr peer $remote"
        expected=""
        [ -n "$link" ] && expected=$(jq -r --arg h "$hub" --arg l "$link" \
            '.[] | select(.box == $h and .link == $l) | .destination' "$IT_WORK/routes.json")
        for d in $expected; do
            ip -n "$hns" route show exact "$d" | grep -q "dev $iface " \
                || check_failed "$hub: ip-up for $caller did not route $d on $iface: $(ip -n "$hns" route | tr '\n' ';')"
        done
        # pppd never runs ip-up twice, but an admin re-running it must not fail.
        rc=0
        in_ns "$hns" env PEERNAME="$caller" "$etc/ppp/ip-up.d/routestudio" "$iface" /dev/pts/0 0 \
            "$localaddr" "$remote" "" >"$rec/ip-up-again.log" 2>&1 || rc=$?
        [ "$rc" = 0 ] || check_failed "$hub: ip-up run a second time exited $rc: $(tr '\n' ' ' <"$rec/ip-up-again.log")"
        others=$(ip -n "$hns" route show dev "$iface" | grep -v "^$remote " || true)
        [ -n "$link" ] || [ -z "$others" ] \
            || check_failed "$hub: ip-up for remote-access user $caller added routes: $others"

        # The gateway's side: its pppd (stand-in) "learns" the addresses by
        # IPCP (the test hands over the LNS's pair, swapped) and runs the
        # gateway's generated ip-up, which routes by ipparam (= link id).
        gwexpected=""
        if [ -n "$gwetc" ]; then
            lrec="$IT_WORK/$lac/standin"
            wait_for 5 "$gw: pppd (stand-in) started by its LAC" test -s "$lrec/argv"
            printf '%s:%s\n' "$remote" "$localaddr" >"$lrec/ipcp"
            wait_for 5 "$gw: the stand-in ran the gateway's ip-up" test -s "$lrec/ip-up.rc"
            rc=$(cat "$lrec/ip-up.rc")
            [ "$rc" = 0 ] || check_failed "$gw: generated ip-up exited $rc: $(tr '\n' ' ' <"$lrec/ip-up.log")"
            giface=$(cat "$lrec/iface")
            gwexpected=$(jq -r --arg g "$gw" --arg l "$link" \
                '.[] | select(.box == $g and .link == $l) | .destination' "$IT_WORK/routes.json")
            [ -n "$gwexpected" ] || check_failed "$gw: the route table gives no route over $link"
            for d in $gwexpected; do
                ip -n "$lns_" route show exact "$d" | grep -q "dev $giface " \
                    || check_failed "$gw: its ip-up did not route $d on $giface: $(ip -n "$lns_" route | tr '\n' ';')"
            done
            pass "$gw: generated LAC dialed $hub; its ip-up routed [$(tr '\n' ' ' <<<"$gwexpected")] on $giface"
        fi

        # The LAC hangs up: the LNS stops the call and "pppd", which runs ip-down.
        in_daemon "$lpid" xl2tpd-control -c /run/xl2tpd/l2tp-control disconnect-lac "$lacname" \
            >"$IT_WORK/$lac/disconnect.log" 2>&1 || check_failed "$lac: xl2tpd-control disconnect-lac failed"
        wait_for 10 "$hub: the stand-in ran ip-down after the call ended" test -s "$rec/ip-down.rc"
        rc=$(cat "$rec/ip-down.rc")
        [ "$rc" = 0 ] || check_failed "$hub: generated ip-down exited $rc: $(tr '\n' ' ' <"$rec/ip-down.log")"
        wait_for 5 "$hub: $iface removed" sh -c '! ip -n "$0" link show "$1" >/dev/null 2>&1' "$hns" "$iface"
        for d in $expected; do
            ip -n "$hns" route show exact "$d" | grep -q . && check_failed "$hub: route $d left after ip-down"
        done
        if [ -n "$gwetc" ]; then
            wait_for 10 "$gw: the stand-in ran the gateway's ip-down" test -s "$lrec/ip-down.rc"
            rc=$(cat "$lrec/ip-down.rc")
            [ "$rc" = 0 ] || check_failed "$gw: generated ip-down exited $rc: $(tr '\n' ' ' <"$lrec/ip-down.log")"
            for d in $gwexpected; do
                ip -n "$lns_" route show exact "$d" | grep -q . && check_failed "$gw: route $d left after ip-down"
            done
        fi
        kill -TERM "$hpid" "$lpid" 2>/dev/null
        wait "$hpid" "$lpid" 2>/dev/null
        pass "$hub: $caller: ip-up routed [$(tr '\n' ' ' <<<"$expected")] on $iface; call ended, ip-down ran, $iface gone"
    done
done
[ "$n" -gt 0 ] || cannot_run "no caller (profile user or dial-in link) for any hub in $TOPOLOGY"
exit "$IT_FAILED"
