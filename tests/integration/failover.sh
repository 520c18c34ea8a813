#!/usr/bin/env bash
# Failover (issue 16, docs/failover.md), in the VM lab (kernel ESP, XFRM
# interfaces: tests/vm/guest/failover.sh). A gateway with a primary link and
# a backup link to its hub over a second uplink (backupAddress); every file is
# the generated one, unchanged:
# - both CHILD_SAs come up, each bound to its own XFRM interface (xfrm0,
#   xfrm0-b), and tunnel-routes.sh installs each destination once per path,
#   the backup with the higher metric, on both ends;
# - a host behind the gateway pings a host behind the hub all the time;
# - the test cuts the primary path (the "internet" router drops everything to
#   and from the gateway's primary address) and asserts traffic resumes over
#   the backup within the time the generated files set (dead peer detection
#   + charon's retransmissions, read from them), printing the outage;
# - it restores the path and asserts the primary comes back by itself, the
#   traffic moves back to it, and each box holds exactly one route per path.
# Lab adjustment: the lab's strongswan.conf (test infrastructure) includes the
# generated etc/strongswan.d/routestudio-*.conf after its own settings, as
# Debian's /etc/strongswan.conf includes strongswan.d/*.conf.
# Usage: failover.sh BUNDLE TOPOLOGY SECRETS (IT_ESP=kernel)
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
source "$IT_LIB/failover.sh"
IT_TOPO_NAME=$(basename "$TOPOLOGY" .topology.json)
require_tools jq swanctl ping nft awk "$CHARON" "$CLI"
[ "$IT_ESP" = kernel ] || cannot_run "needs kernel XFRM interfaces (two paths, one per interface): run in the VM lab (tests/vm)"

"$CLI" routes --json "$TOPOLOGY" >"$IT_WORK/routes.json" || fail "routestudio-cli routes failed"

HUB=$(topo '.sites[] | select(.role == "hub") | .id' | head -n 1)
GW=$(topo '.sites[] | select(.backupAddress != null) | .id' | head -n 1)
PRIMARY=$(topo --arg g "$GW" '.links[] | select(.from == $g or .to == $g) | select(.role != "backup") | .id' | head -n 1)
BACKUP=$(topo --arg g "$GW" '.links[] | select(.from == $g or .to == $g) | select(.role == "backup") | .id' | head -n 1)
[ -n "$HUB" ] && [ -n "$GW" ] && [ -n "$PRIMARY" ] && [ -n "$BACKUP" ] \
    || fail "the topology needs a hub and a gateway with backupAddress, a primary and a backup link"
GW_ADDR=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .publicAddress')
GW_BACKUP=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .backupAddress')
HUB_LAN=$(topo --arg s "$HUB" '.sites[] | select(.id == $s) | .lans[0]')
GW_LAN=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .lans[0]')

# What the route table plans: one route per path and box, with its metric.
planned() { # planned BOX LINK DEST : the planned metric
    jq -r --arg b "$1" --arg l "$2" --arg d "$3" \
        '.[] | select(.box == $b and .link == $l and .destination == $d) | .metric' "$IT_WORK/routes.json"
}
declare -A NS PID HOST IFACE BIFACE METRIC
for pair in "$GW $HUB_LAN" "$HUB $GW_LAN"; do
    read -r box dest <<<"$pair"
    METRIC[$box/p]=$(planned "$box" "$PRIMARY" "$dest")
    METRIC[$box/b]=$(planned "$box" "$BACKUP" "$dest")
    [ -n "${METRIC[$box/p]}" ] && [ -n "${METRIC[$box/b]}" ] && [ "${METRIC[$box/p]}" -lt "${METRIC[$box/b]}" ] \
        || fail "$box: the route table plans no primary/backup pair for $dest"
done
pass "route table: $GW and $HUB route each other's LAN over $PRIMARY (metric ${METRIC[$GW/p]}) and $BACKUP (metric ${METRIC[$GW/b]})"

# The time the generated files give a dead path (docs/failover.md).
BOUND=$(failover_bound "$(site_etc "$GW")") || fail "$GW: cannot read the failover timing from the generated files"
log "a dead path is given up within ${BOUND}s"

for site in "$HUB" "$GW"; do
    ns_add "NS[$site]" "$site"
    inet_attach "${NS[$site]}" "$(topo --arg s "$site" '.sites[] | select(.id == $s) | .publicAddress')"
    etc=$(site_etc "$site")
    IFACE[$site]=$(sed -nE "s/^IFACE='([^']+)'$/\1/p" "$etc/routestudio/tunnel-routes.sh")
    BIFACE[$site]=$(sed -nE "s/^BACKUP_IFACE='([^']+)'$/\1/p" "$etc/routestudio/tunnel-routes.sh")
    [ -n "${IFACE[$site]}" ] && [ -n "${BIFACE[$site]}" ] \
        || fail "$site: tunnel-routes.sh names no IFACE and BACKUP_IFACE"
    lan=$(topo --arg s "$site" '.sites[] | select(.id == $s) | .lans[0]')
    lan_host "HOST[$site]" "${NS[$site]}" lan0 "$lan" "$site-h0"
    in_ns "${NS[$site]}" sysctl -q -p "$etc/sysctl.d/60-routestudio.conf" \
        || fail "$site: sysctl -p 60-routestudio.conf failed"
    out=$(in_ns "${NS[$site]}" nft -f "$etc/nftables.d/routestudio.nft" 2>&1) \
        || fail "$site: nft -f routestudio.nft: $out"
    charon_setup "$site" no
done
# The gateway's second uplink: a second address on its WAN, routed by the router.
second_uplink "${NS[$GW]}" "$GW_ADDR" "$GW_BACKUP" || fail "$GW: cannot add the second uplink $GW_BACKUP"
for site in "$HUB" "$GW"; do
    charon_start "PID[$site]" "${NS[$site]}" "$site" "$(site_etc "$site")"
    swanctl_load "${PID[$site]}" "$IT_WORK/$site/load.log"
done
# fail_timeline MESSAGE : fail, with the timeline and both charons' SA events.
fail_timeline() {
    log "timeline:"
    cat "$IT_WORK/timeline.log" >&2 2>/dev/null
    local s
    for s in "$GW" "$HUB"; do
        log "$s charon (IKE_SA/CHILD_SA events, updown):"
        grep -E 'IKE_SA .* state change|CHILD_SA .* state change|updown|MOBIKE|deleting|closing|giving up|DPD|restarting' \
            "$IT_WORK/$s/charon.log" | tail -n 60 >&2
    done
    fail "$@"
}
installed() { # installed SITE CHILD
    in_daemon "${PID[$1]}" swanctl --list-sas --child "$2" | grep -q "INSTALLED, TUNNEL"
}
for link in "$PRIMARY" "$BACKUP"; do
    for site in "$GW" "$HUB"; do
        until_wall 90 installed "$site" "$link" || fail_timeline "$link: no CHILD_SA installed on $site after 90 s"
    done
done
pass "both paths up: CHILD_SAs $PRIMARY and $BACKUP installed on $GW and $HUB"

# route_on SITE DEST DEV METRIC : that route is installed (ip shows no metric 0).
route_on() {
    local lines
    lines=$(ip -n "${NS[$1]}" route show exact "$2" dev "$3" 2>/dev/null)
    [ -n "$lines" ] || return 1
    if [ "$4" = 0 ]; then
        grep -qv ' metric ' <<<"$lines"
    else
        grep -Eq " metric $4( |\$)" <<<"$lines"
    fi
}
route_count() { ip -n "${NS[$1]}" route show exact "$2" | grep -c .; }
paths_installed() { # paths_installed SITE DEST
    route_on "$1" "$2" "${IFACE[$1]}" "${METRIC[$1/p]}" && route_on "$1" "$2" "${BIFACE[$1]}" "${METRIC[$1/b]}"
}
for pair in "$GW $HUB_LAN" "$HUB $GW_LAN"; do
    read -r site dest <<<"$pair"
    until_wall 20 paths_installed "$site" "$dest" \
        || fail "$site: $dest is not routed over both paths: $(ip -n "${NS[$site]}" route show exact "$dest" | tr '\n' ';')"
    pass "$site: $dest over ${IFACE[$site]} (metric ${METRIC[$site/p]}) and ${BIFACE[$site]} (metric ${METRIC[$site/b]})"
done
via() { ip -n "${NS[$1]}" route get "$2" | sed -nE 's/.* dev ([^ ]+).*/\1/p' | head -n 1; }
target=$(ip_add "$HUB_LAN" 2)
[ "$(via "$GW" "$target")" = "${IFACE[$GW]}" ] || fail "$GW: $target goes over $(via "$GW" "$target"), not the primary ${IFACE[$GW]}"

# A ping every 0.2 s from behind the gateway to behind the hub, with times.
ping_start "${HOST[$GW]}" "$target"
tx() { ip -n "${NS[$GW]}" -s link show dev "$1" | awk '/TX:/ { getline; print $2; exit }'; }
until_wall 30 more_replies 5 || fail_timeline "no replies from $target over the primary"
t0=$(tx "${IFACE[$GW]}")
sleep 1
[ "$(tx "${IFACE[$GW]}")" -gt "$t0" ] || fail "$GW: the pings do not go out over ${IFACE[$GW]}"
pass "$GW: the pings to $target go over the primary path (${IFACE[$GW]})"

# Cut the primary: the router drops everything to and from the primary uplink.
cut_at=$(date +%s.%N)
cut_uplink "$GW_ADDR" || fail "cannot install the cut in the router namespace"
log "primary path cut at $(date -d "@$cut_at" +%T) (router drops $GW_ADDR)"
# A timeline of both boxes' routes and SAs while the paths switch, for the log.
state() {
    local s
    for s in "$GW" "$HUB"; do
        printf '%s %s routes: %s | SAs: %s\n' "$(date +%T)" "$s" \
            "$(ip -n "${NS[$s]}" route show | grep -E "$HUB_LAN|$GW_LAN" | tr '\n' ';')" \
            "$(in_daemon "${PID[$s]}" swanctl --list-sas 2>/dev/null | grep -E '^[^ ].*IKEv2|INSTALLED' | tr -s ' ' | tr '\n' ';')"
    done >>"$IT_WORK/timeline.log"
}
( while :; do state; sleep 2; done ) &
TIMELINE=$!
IT_PIDS+=("$TIMELINE")
backup_carries() { [ "$(via "$GW" "$target")" = "${BIFACE[$GW]}" ] && [ "$(via "$HUB" "$(ip_add "$GW_LAN" 2)")" = "${BIFACE[$HUB]}" ]; }
limit=$(awk -v b="$BOUND" 'BEGIN { printf "%d", b + 15 }')
until_wall "$limit" backup_carries \
    || fail_timeline "the routes did not move to the backup within ${limit}s: $GW: $(ip -n "${NS[$GW]}" route show exact "$HUB_LAN" | tr '\n' ';') $HUB: $(ip -n "${NS[$HUB]}" route show exact "$GW_LAN" | tr '\n' ';')"
replies_resume 20 || fail_timeline "no replies over the backup path"
outage=$(outage_since "$cut_at")
within_bound "$outage" "$BOUND" \
    || check_failed "outage ${outage}s is not within the generated timing (${BOUND}s + 5 s)"
printf '%s: MEASURED: outage %ss after cutting the primary (generated bound %ss)\n' "$IT_NAME" "$outage" "$BOUND" >&2
for site in "$GW" "$HUB"; do
    dest=$([ "$site" = "$GW" ] && echo "$HUB_LAN" || echo "$GW_LAN")
    route_on "$site" "$dest" "${IFACE[$site]}" "${METRIC[$site/p]}" \
        && check_failed "$site: the dead primary's route $dest dev ${IFACE[$site]} is still there"
done
t0=$(tx "${BIFACE[$GW]}")
sleep 1
[ "$(tx "${BIFACE[$GW]}")" -gt "$t0" ] || check_failed "$GW: the pings do not go out over the backup ${BIFACE[$GW]}"
pass "traffic resumed over the backup path (${BIFACE[$GW]}); the primary's routes are gone on both ends"

# Restore the path: the gateway never stops trying (keyingtries = 0).
repair_uplink || fail "cannot remove the cut"
restored_at=$(date +%s)
primary_back() { [ "$(via "$GW" "$target")" = "${IFACE[$GW]}" ] && [ "$(via "$HUB" "$(ip_add "$GW_LAN" 2)")" = "${IFACE[$HUB]}" ]; }
until_wall 90 primary_back \
    || fail_timeline "the primary did not come back within 90 s of the repair: $(in_daemon "${PID[$GW]}" swanctl --list-sas 2>&1 | head -n 5 | tr '\n' ';')"
log "the primary path carries the routes again $(( $(date +%s) - restored_at )) s after the repair"
replies_resume 20 || fail_timeline "no replies after the primary came back"
t0=$(tx "${IFACE[$GW]}")
sleep 1
[ "$(tx "${IFACE[$GW]}")" -gt "$t0" ] || check_failed "$GW: the pings did not move back to ${IFACE[$GW]}"
for pair in "$GW $HUB_LAN" "$HUB $GW_LAN"; do
    read -r site dest <<<"$pair"
    paths_installed "$site" "$dest" || check_failed "$site: $dest is not on both paths after the repair"
    c=$(route_count "$site" "$dest")
    [ "$c" = 2 ] || check_failed "$site: $c routes for $dest after the repair, expected one per path: $(ip -n "${NS[$site]}" route show exact "$dest" | tr '\n' ';')"
done
[ "$IT_FAILED" -eq 0 ] && pass "traffic moved back to the primary; one route per path and box, none stale"
exit "$IT_FAILED"
