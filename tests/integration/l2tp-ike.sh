#!/usr/bin/env bash
# Proves: each generated hub's L2TP/IPsec remote-access connection (IKEv1,
# PSK, transport mode, UDP 1701) negotiates Main Mode and Quick Mode with a
# client charon in another namespace, for the proposals the built-in clients
# offer. It stops at SA install: kernel-libipsec (the userspace ESP this
# kernel needs, it has no ESP modules) has no transport mode and says
# "unsupported mode"; the test asserts that it got exactly that far. The
# client's config is written by the test (it plays Windows / macOS), the
# hub's is the generated one.
# Usage: l2tp-ike.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
source "$IT_LIB/strongswan.sh"
require_tools jq swanctl base64 "$CHARON"

# What the OS clients offer by default: name | IKE proposals | ESP proposals.
OS_CLIENTS=(
    "win|aes256-sha1-modp1024,aes128-sha1-modp1024|aes256-sha1,aes128-sha1"
    "mac|aes256-sha256-modp2048,aes256-sha1-modp2048|aes256-sha256,aes256-sha1"
)

hubs=$(topo '.sites[] | select(.platform == "linux-strongswan" and .remoteAccess != null) | .id')
[ -n "$hubs" ] || cannot_run "no linux-strongswan hub with remoteAccess in $TOPOLOGY"
n=0
for hub in $hubs; do
    # Clients: name|address|psk name|ike|esp|own id. OS clients use a profile's
    # PSK from a documentation address; a dial-in gateway (l2tp link) uses the
    # link's PSK from its publicAddress, as its own id (docs/generators.md).
    clients=()
    profile=$(topo --arg h "$hub" '[.profiles[] | select(.hub == $h)][0].id // empty')
    if [ -n "$profile" ]; then
        pskname=$(topo --arg p "$profile" '.profiles[] | select(.id == $p) | .secret')
        for c in "${OS_CLIENTS[@]}"; do
            IFS='|' read -r cname ike esp <<<"$c"
            clients+=("$cname||$pskname|$ike|$esp")
        done
    fi
    for link in $(topo --arg h "$hub" '.links[] | select(.transport == "l2tp" and (.to == $h or .from == $h)) | .id'); do
        gw=$(topo --arg h "$hub" --arg l "$link" '.links[] | select(.id == $l) | if .from == $h then .to else .from end')
        gwetc=$(site_etc "$gw")
        grep -qs "^ *l2tp-$link {" "$gwetc/swanctl/conf.d/routestudio.conf" || gwetc=""
        clients+=("$link|$(topo --arg g "$gw" '.sites[] | select(.id == $g) | .publicAddress')|$(topo --arg l "$link" '.links[] | select(.id == $l) | .secret')|aes256-sha256-modp2048|aes256-sha256|$gwetc")
    done
    [ ${#clients[@]} -gt 0 ] || { log "$hub: no profile or dial-in link uses this hub; skipping it"; continue; }
    ns_add hns "$hub"
    addr=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .publicAddress')
    inet_attach "$hns" "$addr"
    addr=$IT_ADDR
    charon_setup "$hub"
    charon_start hpid "$hns" "$hub" "$(site_etc "$hub")"
    swanctl_load "$hpid" "$IT_WORK/$hub/load.log"
    qm=0

    for c in "${clients[@]}"; do
        IFS='|' read -r cname caddr pskname ike esp gwetc <<<"$c"
        psk=$(secret_psk "$pskname")
        [ "$psk" != null ] || fail "$hub: the secrets file has no PSK '$pskname'"
        n=$((n + 1))
        client="$hub-$cname"
        [ -n "$caddr" ] || caddr="192.0.2.$((100 + n))"
        ns_add cns "$client"
        inet_attach "$cns" "$caddr"
        caddr=$IT_ADDR
        charon_setup "$client"
        [ -z "$gwetc" ] && cat >"$IT_WORK/$client/etc/swanctl/conf.d/client.conf" <<CONF
connections {
    l2tp {
        version = 1
        local_addrs = $caddr
        remote_addrs = $addr
        proposals = $ike
        local {
            auth = psk
            id = $caddr
        }
        remote {
            auth = psk
        }
        children {
            l2tp {
                mode = transport
                local_ts = dynamic[udp/1701]
                remote_ts = dynamic[udp/1701]
                esp_proposals = $esp
            }
        }
    }
}
secrets {
    ike-l2tp {
        secret = 0s$(printf '%s' "$psk" | base64 -w0)
    }
}
CONF
        [ -z "$gwetc" ] && chmod 600 "$IT_WORK/$client/etc/swanctl/conf.d/client.conf"
        charon_start cpid "$cns" "$client" "$gwetc"
        swanctl_load "$cpid" "$IT_WORK/$client/load.log"
        if [ -n "$gwetc" ]; then
            # The gateway's generated connection dials by itself (start_action).
            poll 10 grep -q 'unsupported mode' "$IT_WORK/$client/charon.log" || true
        else
            in_daemon "$cpid" swanctl --initiate --child l2tp --timeout 10 >"$IT_WORK/$client/initiate.log" 2>&1
        fi
        clog="$IT_WORK/$client/charon.log"
        hlog="$IT_WORK/$hub/charon.log"
        grep_log "$clog" "IKE_SA [^ ]+\[[0-9]+\] established between $caddr.*\.\.\.$addr" \
            || { check_failed "$client: Main Mode did not establish the IKE_SA with $hub"; continue; }
        grep_log "$hlog" "IKE_SA [^ ]+\[[0-9]+\] established between $addr.*\.\.\.$caddr" \
            || check_failed "$client: $hub did not log the IKE_SA with $caddr as established"
        if [ "$cname" != win ] && [ "$cname" != mac ]; then
            grep_log "$hlog" "selected peer config \"l2tp-$cname\"" \
                || check_failed "$client: $hub did not pick its dial-in connection l2tp-$cname for $caddr"
        fi
        qm=$((qm + 1))
        [ "$(grep -c 'generating QUICK_MODE response' "$hlog")" -ge "$qm" ] \
            || check_failed "$client: $hub did not accept the Quick Mode proposal (no QUICK_MODE response)"
        grep_log "$clog" 'parsed QUICK_MODE response' \
            || check_failed "$client: no Quick Mode response from $hub"
        grep_log "$clog" 'selected proposal: ESP:' \
            || check_failed "$client: Quick Mode selected no ESP proposal"
        if grep -q 'unsupported mode' "$clog" "$hlog"; then
            pass "$client: ${gwetc:+generated }Main Mode + Quick Mode with $hub ($ike / $esp), stopped at SA install: $(grep -ho 'IPsec SA: unsupported mode' "$clog" "$hlog" | head -1)"
        else
            check_failed "$client: Quick Mode did not reach SA install (no 'unsupported mode' in the logs)"
        fi
    done
done
[ "$n" -gt 0 ] || cannot_run "no hub in $TOPOLOGY has a remote-access profile"
exit "$IT_FAILED"
