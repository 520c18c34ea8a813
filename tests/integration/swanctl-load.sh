#!/usr/bin/env bash
# Proves: a real charon (one per box, in its own namespace) loads each site's
# generated swanctl.conf with `swanctl --load-all`: no error text in the
# output (swanctl exits 0 on syntax errors), every connection and secret
# loaded, and the connections are the ones the topology asks for.
# Usage: swanctl-load.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
require_tools jq swanctl "$CHARON"

sites=$(topo '.sites[] | select(.platform == "linux-strongswan") | .id')
[ -n "$sites" ] || fail "no linux-strongswan site in $TOPOLOGY"
for site in $sites; do
    conf="$(site_etc "$site")/swanctl/conf.d/routestudio.conf"
    [ -f "$conf" ] || { check_failed "$site: $conf is missing"; continue; }
    ns_add ns "$site"
    charon_setup "$site"
    charon_start pid "$ns" "$site" "$(site_etc "$site")"
    swanctl_load "$pid" "$IT_WORK/$site/load.log"
    n=$LOADED
    # One connection per ipsec link of this site, plus the L2TP remote-access
    # connection on a hub that has remoteAccess.
    links=$(topo --arg s "$site" '[.links[] | select(.transport == "ipsec" and (.from == $s or .to == $s))] | length')
    ra=$(topo --arg s "$site" '[.sites[] | select(.id == $s and .remoteAccess != null)] | length')
    [ "$n" -ge $((links + ra)) ] \
        || check_failed "$site: loaded $n connections, expected at least $((links + ra)) ($links ipsec links + $ra remote access)"
    [ $((links + ra)) -eq 0 ] || grep -q 'loaded ike secret' "$IT_WORK/$site/load.log" \
        || check_failed "$site: no IKE secret loaded: $(tr '\n' ' ' <"$IT_WORK/$site/load.log")"
    children=$(list_children "$pid")
    printf '%s\n' "$children" >"$IT_WORK/$site/children.txt"
    for peer in $(topo --arg s "$site" '.links[] | select(.transport == "ipsec") |
                  select(.from == $s or .to == $s) | if .from == $s then .to else .from end'); do
        addr=$(topo --arg p "$peer" '.sites[] | select(.id == $p) | .publicAddress')
        awk -v a="$addr" '$3 == "TUNNEL" && $4 == a { f = 1 } END { exit !f }' "$IT_WORK/$site/children.txt" \
            || check_failed "$site: no TUNNEL child towards $peer ($addr) in: $(tr '\n' ';' <"$IT_WORK/$site/children.txt")"
    done
    if [ "$ra" -eq 1 ]; then
        grep -q ' TRANSPORT ' "$IT_WORK/$site/children.txt" \
            || check_failed "$site: no TRANSPORT child for L2TP remote access"
    fi
    [ "$IT_FAILED" -eq 0 ] && pass "$site: $(head -c 300 "$IT_WORK/$site/load.log" | tr '\n' ' ')"
done
exit "$IT_FAILED"
