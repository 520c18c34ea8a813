#!/bin/sh
# RouteStudio: NetworkManager-l2tp connection staff for user alice (nmcli).
# Creates or updates the connection, then brings it up. The password and the
# PSK go to nmcli through the passwd-file beside this script, never as arguments.
# Needs: network-manager-l2tp. Usage: sh connect.sh [up|down|remove]
set -eu

name='staff'
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
secrets="$here"/'staff-alice.secrets'

exists() {
    nmcli -g NAME connection show | grep -qxF -- "$1"
}

case "${1:-up}" in
down)
    nmcli connection down id "$name"
    exit 0 ;;
remove)
    for c in "$name"; do
        if exists "$c"; then nmcli connection delete id "$c"; fi
    done
    exit 0 ;;
up) ;;
*)
    echo "usage: $0 [up|down|remove]" >&2
    exit 2 ;;
esac

# split tunnel: only the listed routes through the VPN, PPP MTU 1400
if exists "$name"; then
    nmcli connection modify id "$name" \
    'connection.autoconnect' 'no' \
    'vpn.data' 'gateway=203.0.113.10, ipsec-enabled=yes, ipsec-esp=aes256-sha2_256\,aes256-sha1\,aes128-sha1, ipsec-ike=aes256-sha2_256-modp2048\,aes256-sha1-modp2048\,aes128-sha1-modp2048\,aes256-sha1-modp1024\,aes128-sha1-modp1024, ipsec-psk-flags=0, lcp-echo-failure=5, lcp-echo-interval=30, mru=1400, mtu=1400, password-flags=0, refuse-chap=yes, refuse-eap=yes, refuse-mschap=yes, refuse-pap=yes, user=alice' \
    'ipv4.never-default' 'yes' \
    'ipv6.method' 'auto' \
    'ipv4.routes' '10.10.0.0/16, 10.20.0.0/16'
else
    nmcli connection add type vpn con-name "$name" vpn-type l2tp \
    'connection.autoconnect' 'no' \
    'vpn.data' 'gateway=203.0.113.10, ipsec-enabled=yes, ipsec-esp=aes256-sha2_256\,aes256-sha1\,aes128-sha1, ipsec-ike=aes256-sha2_256-modp2048\,aes256-sha1-modp2048\,aes128-sha1-modp2048\,aes256-sha1-modp1024\,aes128-sha1-modp1024, ipsec-psk-flags=0, lcp-echo-failure=5, lcp-echo-interval=30, mru=1400, mtu=1400, password-flags=0, refuse-chap=yes, refuse-eap=yes, refuse-mschap=yes, refuse-pap=yes, user=alice' \
    'ipv4.never-default' 'yes' \
    'ipv6.method' 'auto' \
    'ipv4.routes' '10.10.0.0/16, 10.20.0.0/16'
fi
nmcli connection up id "$name" passwd-file "$secrets"
