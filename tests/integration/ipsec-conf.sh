#!/usr/bin/env bash
# Proves: the legacy ipsec.conf + ipsec.secrets each site also gets are read
# by the real strongSwan starter (`starter --nofork`, which reports "unknown
# keyword", "bad value" and "parsing errors" itself) and handed to charon
# through the stroke plugin: every `conn` is loaded (`stroke statusall`),
# every PSK line is loaded, and charon rejects no proposal.
# Usage: ipsec-conf.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
STARTER=/usr/lib/ipsec/starter STROKE=/usr/lib/ipsec/stroke
require_tools jq "$CHARON" "$STARTER" "$STROKE"

sites=$(topo '.sites[] | select(.platform == "linux-strongswan") | .id')
[ -n "$sites" ] || fail "no linux-strongswan site in $TOPOLOGY"
for site in $sites; do
    etc=$(site_etc "$site")
    [ -f "$etc/ipsec.conf" ] && [ -f "$etc/ipsec.secrets" ] \
        || { check_failed "$site: ipsec.conf or ipsec.secrets missing"; continue; }
    ns_add ns "$site"
    # left=%defaultroute needs the box's public address and a default route.
    inet_attach "$ns" "$(topo --arg s "$site" '.sites[] | select(.id == $s) | .publicAddress')"
    charon_setup "$site" no stroke
    start_private pid "$ns" "$IT_WORK/$site/starter.log" "$IT_WORK/$site/etc:$etc" \
        'exec "$0" --nofork' "$STARTER"
    conns=$(sed -nE 's/^conn[[:space:]]+([^[:space:]]+).*/\1/p' "$etc/ipsec.conf" | grep -vx '%default' || true)
    nconns=$(grep -c . <<<"$conns")
    npsk=$(grep -cE '^[^#].*:[[:space:]]*PSK[[:space:]]' "$etc/ipsec.secrets" || true)
    wait_for 10 "$site: charon (started by starter) opens its stroke socket" in_daemon "$pid" test -S /run/charon.ctl
    # A conn whose IKE part equals an earlier one (IKEv1 links split per subnet pair)
    # becomes a child of that configuration: stroke logs "added child to existing configuration".
    added='added (configuration|child to existing configuration)'
    if [ "$nconns" -gt 0 ]; then
        poll 10 sh -c '[ "$(grep -cE "$2" "$0")" -ge "$1" ]' "$IT_WORK/$site/charon.log" "$nconns" "$added" \
            || check_failed "$site: charon added $(grep -cE "$added" "$IT_WORK/$site/charon.log") of $nconns connections"
    fi
    in_daemon "$pid" "$STROKE" statusall >"$IT_WORK/$site/statusall.log" 2>&1
    for c in $conns; do
        grep -Eq "^ *$c: " "$IT_WORK/$site/statusall.log" || check_failed "$site: conn $c not loaded: $(tr '\n' ' ' <"$IT_WORK/$site/statusall.log" | cut -c1-300)"
    done
    if grep -Eiq 'unknown keyword|bad value|parsing error|bad argument' "$IT_WORK/$site/starter.log"; then
        check_failed "$site: starter: $(grep -Ei 'unknown keyword|bad value|parsing error|bad argument' "$IT_WORK/$site/starter.log" | tr '\n' ' ')"
    fi
    if grep -Eiq 'not recognized|invalid|failed to|error' "$IT_WORK/$site/charon.log"; then
        check_failed "$site: charon: $(grep -Ei 'not recognized|invalid|failed to|error' "$IT_WORK/$site/charon.log" | head -5 | tr '\n' ' ')"
    fi
    nsec=$(grep -c 'loaded IKE secret' "$IT_WORK/$site/charon.log")
    [ "$nsec" -ge "$npsk" ] || check_failed "$site: charon loaded $nsec IKE secrets, ipsec.secrets has $npsk PSK lines"
    # Stop this box before the next one starts: no peer to negotiate with.
    stop_pid "$pid"
    [ "$IT_FAILED" -eq 0 ] && pass "$site: starter + charon loaded $nconns conns ($(tr '\n' ' ' <<<"$conns")) and $nsec PSKs"
done
exit "$IT_FAILED"
