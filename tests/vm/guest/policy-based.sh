#!/usr/bin/env bash
# In the VM lab: the legacy ipsec.conf + ipsec.secrets of every linux site,
# unchanged, brought up by the real starter on kernel ESP. Those tunnels are
# policy-based (starter has no if_id keyword, docs/generators.md): charon
# installs the routes itself (table 220, install_routes = yes as charon's
# default), no tunnel-routes.sh, no XFRM interface. Proves: every ipsec link's
# CHILD_SA up on both ends, kernel policies without if_id, the generated
# nftables ruleset loaded, and a host in each LAN pings a host in every LAN the
# route table gives its box over IPsec (transit through a hub included).
# Usage (inside the VM): policy-based.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
IT_ESP=kernel
source "$(dirname "$0")/../../integration/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
STARTER=/usr/lib/ipsec/starter STROKE=/usr/lib/ipsec/stroke
require_tools jq ping "$CHARON" "$STARTER" "$STROKE" "$CLI"
for m in esp4 xfrm_user nf_tables; do modprobe "$m"; done
"$CLI" routes --json "$TOPOLOGY" >"$IT_WORK/routes.json" || fail "routestudio-cli routes failed"

ipsec_links
declare -A NS PID HOSTNS
for site in $SITES; do
    ns_add "NS[$site]" "$site"
    inet_attach "${NS[$site]}" "$(topo --arg s "$site" '.sites[] | select(.id == $s) | .publicAddress')"
    etc=$(site_etc "$site")
    i=0
    for lan in $(topo --arg s "$site" '.sites[] | select(.id == $s) | .lans[]'); do
        lan_host "HOSTNS[$lan]" "${NS[$site]}" "lan$i" "$lan" "$site-h$i"
        i=$((i + 1))
    done
    in_ns "${NS[$site]}" sysctl -q -p "$etc/sysctl.d/60-routestudio.conf" || check_failed "$site: sysctl file"
    in_ns "${NS[$site]}" nft -f "$etc/nftables.d/routestudio.nft" || check_failed "$site: nft -f"
    charon_setup "$site" yes stroke
    start_private "PID[$site]" "${NS[$site]}" "$IT_WORK/$site/starter.log" "$IT_WORK/$site/etc:$etc" \
        'exec "$0" --nofork' "$STARTER"
done
for site in $SITES; do
    wait_for 20 "$site: charon (started by starter) opens its stroke socket" in_daemon "${PID[$site]}" test -S /run/charon.ctl
done
# Every tunnel conn of the site's ipsec.conf (IKEv1 links: one per subnet pair)
# INSTALLED; the gateway's come up by auto=start, the rest by `stroke up`.
installed() { in_daemon "$1" "$STROKE" statusall 2>/dev/null | grep -Eq "^ *$2\{[0-9]+\}: +INSTALLED, TUNNEL"; }
while read -r link from to; do
    conns=$(sed -nE "s/^conn[[:space:]]+($link(_[0-9]+)?)$/\\1/p" "$(site_etc "$from")/ipsec.conf")
    for c in $conns; do
        poll 15 installed "${PID[$from]}" "$c" && continue
        in_daemon "${PID[$from]}" "$STROKE" up "$c" >>"$IT_WORK/$from/up.log" 2>&1
        wait_for 30 "$link: conn $c INSTALLED on $from" installed "${PID[$from]}" "$c"
    done
    pass "$link: $(wc -w <<<"$conns") policy-based CHILD_SA(s) installed between $from and $to"
done <<<"$LINKS"
for site in $SITES; do
    pol=$(ip -n "${NS[$site]}" xfrm policy)
    grep -q 'if_id' <<<"$pol" && check_failed "$site: a kernel policy carries an if_id: $pol"
    grep -q 'dir fwd' <<<"$pol" || check_failed "$site: no forward policy in the kernel: $pol"
done
# Every LAN host reaches every LAN the route table gives its box over IPsec.
n=0
for site in $SITES; do
    for lan in $(topo --arg s "$site" '.sites[] | select(.id == $s) | .lans[]'); do
        for dest in $(jq -r --arg s "$site" '.[] | select(.box == $s and .transport == "ipsec") | .destination' "$IT_WORK/routes.json"); do
            [ -n "${HOSTNS[$dest]:-}" ] || continue # the pool: no host behind it here
            if in_ns "${HOSTNS[$lan]}" ping -c 2 -W 5 "$(ip_add "$dest" 2)" >/dev/null 2>&1; then
                n=$((n + 1))
            else
                check_failed "$site: $(ip_add "$lan" 2) -> $(ip_add "$dest" 2) ($dest) over the policy-based tunnel failed"
            fi
        done
    done
done
[ "$n" -gt 0 ] || check_failed "no LAN-to-LAN pair to ping"
[ "$IT_FAILED" -eq 0 ] && pass "$n LAN-to-LAN pings over policy-based tunnels from ipsec.conf"
exit "$IT_FAILED"
