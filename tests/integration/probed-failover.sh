#!/usr/bin/env bash
# Probed failover (issue 16, docs/failover.md "MikroTik and pfSense"), in the
# VM lab (kernel ESP, XFRM interfaces: tests/vm/guest/probed-failover.sh).
# A Linux hub runs its generated files unchanged; its MikroTik gateway, with a
# primary link and a backup link over a second uplink, is a STAND-IN: no
# RouterOS runs here, so the test makes a policy-based charon out of the
# generated .rsc (each `/ip ipsec policy` a trap child of its peer, a
# `disabled=yes` policy not installed; the peers, PSKs, local addresses and
# the transit addresses on rs-loopback as the script says) and plays netwatch
# and rs-failover itself (a probe from each netwatch entry's src-address to
# its host; when the primary's probe fails, the backup's LAN policies are
# installed and the primary's removed, and back when it answers again).
# Lab adjustments, said here: the stand-in's probes run every second (the
# generated netwatch interval is 10 s), and the lab's strongswan.conf includes
# the generated strongswan.d/routestudio-*.conf as Debian's does.
# What is real: the hub's charon, kernel XFRM, its tunnel-routes.sh hook, its
# answers to the probes at its transit addresses on both paths, its routes
# moving from the primary to the backup on dead peer detection and back.
# Usage: probed-failover.sh BUNDLE TOPOLOGY SECRETS (IT_ESP=kernel)
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
CLI=${ROUTESTUDIO_CLI:?set ROUTESTUDIO_CLI to routestudio-cli}
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
source "$IT_LIB/failover.sh"
require_tools jq swanctl ping nft awk "$CHARON" "$CLI"
[ "$IT_ESP" = kernel ] || cannot_run "needs kernel XFRM interfaces (two paths, one per interface): run in the VM lab (tests/vm)"

HUB=$(topo '.sites[] | select(.role == "hub" and .platform == "linux-strongswan") | .id' | head -n 1)
GW=$(topo '.sites[] | select(.platform == "mikrotik" and .backupAddress != null) | .id' | head -n 1)
[ -n "$HUB" ] && [ -n "$GW" ] || fail "the topology needs a Linux hub and a MikroTik gateway with backupAddress"
GW_ADDR=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .publicAddress')
GW_BACKUP=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .backupAddress')
HUB_ADDR=$(topo --arg s "$HUB" '.sites[] | select(.id == $s) | .publicAddress')
HUB_LAN=$(topo --arg s "$HUB" '.sites[] | select(.id == $s) | .lans[0]')
GW_LAN=$(topo --arg s "$GW" '.sites[] | select(.id == $s) | .lans[0]')
RSC="$BUNDLE/$GW/mikrotik/$GW.rsc"
[ -f "$RSC" ] || fail "no generated $RSC"

# ---- The stand-in, read from the generated RouterOS script ----
# value LINE KEY : the value of KEY=... on LINE (quoted values unquoted; the
# test's PSKs have no escapes).
value() { sed -nE "s/.* $2=(\"([^\"]*)\"|([^ ]*)).*/\2\3/p" <<<"$1"; }
declare -A PEER_ADDR PEER_LOCAL PEER_PSK PROBE_OF PROBE_SRC
PEERS=() POLICIES=() STANDBY=() ACTIVE=()
while IFS= read -r line; do
    case "$line" in
    "/ip ipsec peer add "*)
        p=$(value "$line" name)
        PEERS+=("$p")
        PEER_ADDR[$p]=$(value "$line" address)
        PEER_ADDR[$p]=${PEER_ADDR[$p]%/32}
        PEER_LOCAL[$p]=$(value "$line" local-address)
        ;;
    "/ip ipsec identity add "*) PEER_PSK[$(value "$line" peer)]=$(value "$line" secret) ;;
    "/ip ipsec policy add "*)
        n=${#POLICIES[@]}
        POLICIES+=("$(value "$line" peer)|$(value "$line" src-address)|$(value "$line" dst-address)")
        if grep -q ' disabled=yes' <<<"$line"; then STANDBY+=("$n"); else ACTIVE+=("$n"); fi
        ;;
    "/tool netwatch add "*)
        h=$(value "$line" host)
        PROBE_SRC[$h]=$(value "$line" src-address)
        ;;
    esac
done <"$RSC"
[ "${#PEERS[@]}" -eq 2 ] && [ "${#PROBE_SRC[@]}" -eq 2 ] && [ "${#STANDBY[@]}" -gt 0 ] \
    || fail "$RSC: expected two peers, two netwatch probes and standby policies (got ${#PEERS[@]}, ${#PROBE_SRC[@]}, ${#STANDBY[@]})"
# Which peer each probe crosses: the peer of the policy from its src to its host.
for i in "${!POLICIES[@]}"; do
    IFS='|' read -r p src dst <<<"${POLICIES[$i]}"
    for h in "${!PROBE_SRC[@]}"; do
        [ "$src" = "${PROBE_SRC[$h]}/32" ] && [ "$dst" = "$h/32" ] && PROBE_OF[$p]=$h
    done
done
IFS='|' read -r BACKUP_PEER _ _ <<<"${POLICIES[${STANDBY[0]}]}"
PRIMARY_PEER=
for p in "${PEERS[@]}"; do [ "$p" != "$BACKUP_PEER" ] && PRIMARY_PEER=$p; done
[ -n "${PROBE_OF[$PRIMARY_PEER]:-}" ] && [ -n "${PROBE_OF[$BACKUP_PEER]:-}" ] \
    || fail "$RSC: no probe policy for each peer"
[ "${PEER_LOCAL[$BACKUP_PEER]}" = "$GW_BACKUP" ] || fail "$RSC: the backup peer does not leave from the second uplink $GW_BACKUP"
pass "$RSC: primary $PRIMARY_PEER (probe ${PROBE_OF[$PRIMARY_PEER]}), backup $BACKUP_PEER from $GW_BACKUP (probe ${PROBE_OF[$BACKUP_PEER]}), ${#STANDBY[@]} policies standing by"

declare -A NS HOST PID
ns_add "NS[$HUB]" "$HUB"
ns_add "NS[$GW]" "$GW"
inet_attach "${NS[$HUB]}" "$HUB_ADDR"
inet_attach "${NS[$GW]}" "$GW_ADDR"
second_uplink "${NS[$GW]}" "$GW_ADDR" "$GW_BACKUP" || fail "$GW: cannot add the second uplink $GW_BACKUP"
for site in "$HUB" "$GW"; do
    lan=$(topo --arg s "$site" '.sites[] | select(.id == $s) | .lans[0]')
    lan_host "HOST[$site]" "${NS[$site]}" lan0 "$lan" "$site-h0"
done
etc=$(site_etc "$HUB")
IFACE=$(sed -nE "s/^IFACE='([^']+)'$/\1/p" "$etc/routestudio/tunnel-routes.sh")
BIFACE=$(sed -nE "s/^BACKUP_IFACE='([^']+)'$/\1/p" "$etc/routestudio/tunnel-routes.sh")
in_ns "${NS[$HUB]}" sysctl -q -p "$etc/sysctl.d/60-routestudio.conf" || fail "$HUB: sysctl -p failed"
out=$(in_ns "${NS[$HUB]}" nft -f "$etc/nftables.d/routestudio.nft" 2>&1) || fail "$HUB: nft -f routestudio.nft: $out"
charon_setup "$HUB" no
# The stand-in: the rs-loopback addresses, forwarding, a policy-based charon.
ip -n "${NS[$GW]}" link add rs-loopback type dummy
ip -n "${NS[$GW]}" link set rs-loopback up
for h in "${!PROBE_SRC[@]}"; do ip -n "${NS[$GW]}" addr add "${PROBE_SRC[$h]}/32" dev rs-loopback; done
in_ns "${NS[$GW]}" sysctl -qw net.ipv4.ip_forward=1
charon_setup "$GW" no
# RouterOS gives a peer up after dpd-maximum-failures=3 (profile rs-ike-fo):
# the stand-in's charon retransmits like the hub's generated settings.
mkdir -p "$IT_WORK/$GW/etc/strongswan.d"
cp "$etc/strongswan.d/routestudio-failover.conf" "$IT_WORK/$GW/etc/strongswan.d/routestudio-standin.conf"
grep -q 'dpd-maximum-failures=3' "$RSC" || fail "$RSC: no rs-ike-fo profile with dpd-maximum-failures=3"
conf="$IT_WORK/$GW/etc/swanctl/conf.d/stand-in.conf"
{
    echo "# Stand-in for the MikroTik script $RSC (test infrastructure, not generated)."
    echo "connections {"
    for p in "${PEERS[@]}"; do
        local_addr=${PEER_LOCAL[$p]:-$GW_ADDR}
        cat <<EOF
    $p {
        version = 2
        local_addrs = $local_addr
        remote_addrs = ${PEER_ADDR[$p]}
        proposals = aes256-sha256-modp2048
        dpd_delay = 10s
        keyingtries = 0
        mobike = no
        local { auth = psk
            id = $local_addr }
        remote { auth = psk
            id = ${PEER_ADDR[$p]} }
        children {
EOF
        for i in "${!POLICIES[@]}"; do
            IFS='|' read -r q src dst <<<"${POLICIES[$i]}"
            [ "$q" = "$p" ] || continue
            printf '            p%s {\n                local_ts = %s\n                remote_ts = %s\n' "$i" "$src" "$dst"
            printf '                esp_proposals = aes256-sha256-modp2048\n            }\n'
        done
        echo "        }"
        echo "    }"
    done
    echo "}"
    echo "secrets {"
    for p in "${PEERS[@]}"; do
        printf '    ike-%s {\n        id-1 = %s\n        id-2 = %s\n        secret = "%s"\n    }\n' \
            "$p" "${PEER_LOCAL[$p]:-$GW_ADDR}" "${PEER_ADDR[$p]}" "${PEER_PSK[$p]}"
    done
    echo "}"
} >"$conf"
charon_start "PID[$HUB]" "${NS[$HUB]}" "$HUB" "$etc"
swanctl_load "${PID[$HUB]}" "$IT_WORK/$HUB/load.log"
charon_start "PID[$GW]" "${NS[$GW]}" "$GW"
swanctl_load "${PID[$GW]}" "$IT_WORK/$GW/load.log"

# RouterOS policies are kernel policies that negotiate on traffic: trap children.
policy() { # policy install|uninstall INDEX
    IFS='|' read -r p _ _ <<<"${POLICIES[$2]}"
    in_daemon "${PID[$GW]}" swanctl "--$1" --child "p$2" --ike "$p" >/dev/null 2>&1
    [ "$1" = uninstall ] && in_daemon "${PID[$GW]}" swanctl --terminate --child "p$2" --timeout 2 >/dev/null 2>&1
    return 0
}
for i in "${ACTIVE[@]}"; do policy install "$i" || fail "cannot install policy $i"; done
of_peer() { # of_peer PEER : the LAN policies of PEER (no probe)
    local i q src
    for i in "${!POLICIES[@]}"; do
        IFS='|' read -r q src _ <<<"${POLICIES[$i]}"
        [ "$q" = "$1" ] && [[ "$src" != 169.254.* ]] && echo "$i"
    done
}
# netwatch + rs-failover, played by the test: the best answering path's LAN
# policies installed, the other's removed (the primary when neither answers).
probe() { in_ns "${NS[$GW]}" ping -c 2 -i 0.3 -W 1 -I "${PROBE_SRC[$1]}" "$1" >/dev/null 2>&1; }
: >"$IT_WORK/netwatch.log"
(
    use=$PRIMARY_PEER
    while :; do
        p_up=down b_up=down
        probe "${PROBE_OF[$PRIMARY_PEER]}" && p_up=up
        probe "${PROBE_OF[$BACKUP_PEER]}" && b_up=up
        want=$PRIMARY_PEER
        [ "$p_up" = down ] && [ "$b_up" = up ] && want=$BACKUP_PEER
        echo "$(date +%s.%N) primary=$p_up backup=$b_up use=$want" >>"$IT_WORK/netwatch.log"
        if [ "$want" != "$use" ]; then
            for i in $(of_peer "$use"); do policy uninstall "$i"; done
            for i in $(of_peer "$want"); do policy install "$i"; done
            echo "$(date +%s.%N) switched to $want" >>"$IT_WORK/netwatch.log"
            use=$want
        fi
        sleep 1
    done
) &
IT_PIDS+=("$!")

fail_timeline() {
    log "stand-in netwatch:"
    tail -n 40 "$IT_WORK/netwatch.log" >&2
    local s
    for s in "$GW" "$HUB"; do
        log "$s charon (SA events, updown):"
        grep -E 'IKE_SA .* state change|CHILD_SA .* state change|updown|deleting|giving up|DPD' \
            "$IT_WORK/$s/charon.log" | tail -n 40 >&2
    done
    fail "$@"
}
both_probes_up() { tail -n 1 "$IT_WORK/netwatch.log" | grep -q 'primary=up backup=up'; }
until_wall 120 both_probes_up || fail_timeline "the hub does not answer both probes after 120 s"
for pair in "$IFACE ${PROBE_OF[$PRIMARY_PEER]}" "$BIFACE ${PROBE_OF[$BACKUP_PEER]}"; do
    read -r dev addr <<<"$pair"
    addrs=$(ip -n "${NS[$HUB]}" -o addr show dev "$dev")
    grep -Fq " $addr/30 " <<<"$addrs" || fail "$HUB: its transit address $addr is not on $dev: $(tr '\n' ';' <<<"$addrs")"
done
pass "$HUB answers its end of both tunnels: ${PROBE_OF[$PRIMARY_PEER]} on $IFACE, ${PROBE_OF[$BACKUP_PEER]} on $BIFACE"

via() { ip -n "${NS[$HUB]}" route get "$1" | sed -nE 's/.* dev ([^ ]+).*/\1/p' | head -n 1; }
target=$(ip_add "$HUB_LAN" 2)
back=$(ip_add "$GW_LAN" 2)
ping_start "${HOST[$GW]}" "$target"
until_wall 60 more_replies 5 || fail_timeline "no replies from $target over the primary"
[ "$(via "$back")" = "$IFACE" ] || fail_timeline "$HUB: $back goes over $(via "$back"), not the primary $IFACE"
pass "traffic flows over the primary; $HUB routes $GW_LAN over $IFACE"

# Cut the primary uplink in the router.
cut_at=$(date +%s.%N)
cut_uplink "$GW_ADDR" || fail "cannot install the cut"
log "primary uplink $GW_ADDR cut"
BOUND=$(failover_bound "$etc") || fail "cannot read the hub's failover timing"
on_backup() { [ "$(via "$back")" = "$BIFACE" ] && tail -n 1 "$IT_WORK/netwatch.log" | grep -q "use=$BACKUP_PEER"; }
until_wall "$(awk -v b="$BOUND" 'BEGIN { printf "%d", b + 20 }')" on_backup \
    || fail_timeline "traffic did not move to the backup: $HUB routes $back over $(via "$back")"
replies_resume 30 || fail_timeline "no replies over the backup"
outage=$(outage_since "$cut_at")
within_bound "$outage" "$BOUND" \
    || check_failed "outage ${outage}s is not within the hub's dead peer detection (${BOUND}s) + 5 s"
printf '%s: MEASURED: outage %ss after cutting the primary (hub DPD bound %ss; the stand-in switched at %s)\n' \
    "$IT_NAME" "$outage" "$BOUND" "$(awk -v c="$cut_at" -v p="switched to $BACKUP_PEER" '$1 > c && index($0, p) { printf "+%.1fs", $1 - c; exit }' "$IT_WORK/netwatch.log")" >&2
pass "the stand-in switched to $BACKUP_PEER on its probe; $HUB moved $GW_LAN to $BIFACE; traffic resumed"

repair_uplink || fail "cannot remove the cut"
primary_back() { [ "$(via "$back")" = "$IFACE" ] && tail -n 1 "$IT_WORK/netwatch.log" | grep -q "use=$PRIMARY_PEER"; }
until_wall 120 primary_back || fail_timeline "the primary did not come back within 120 s of the repair"
replies_resume 30 || fail_timeline "no replies after the primary came back"
c=$(ip -n "${NS[$HUB]}" route show exact "$GW_LAN" dev "$IFACE" | grep -c .)
[ "$c" = 1 ] || check_failed "$HUB: $c routes for $GW_LAN on $IFACE after the repair"
[ "$IT_FAILED" -eq 0 ] && pass "the primary answers its probe again, the stand-in switched back, $HUB routes over $IFACE"
exit "$IT_FAILED"
