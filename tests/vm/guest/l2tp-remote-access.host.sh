#!/usr/bin/env bash
# On the host, after guest/l2tp-remote-access.sh: the client's wire (wire.pcap,
# captured in the guest's internet namespace) carried IKE and ESP only: no
# L2TP, PPP or inner IP in the clear.
set -uo pipefail
work=$1
pcap=$work/wire.pcap
command -v tshark >/dev/null || { echo "l2tp-remote-access.host: tshark is missing" >&2; exit 1; }
[ -s "$pcap" ] || { echo "l2tp-remote-access.host: FAIL: no capture $pcap" >&2; exit 1; }
count() { tshark -r "$pcap" -Y "$1" 2>/dev/null | wc -l; }
esp=$(count 'esp || udp.port == 4500')
ike=$(count 'isakmp')
clear=$(count 'ip && !(esp || isakmp || udp.port == 4500)')
l2tp=$(count 'l2tp || udp.port == 1701')
echo "l2tp-remote-access.host: client wire: $ike IKE, $esp ESP, $clear other IPv4, $l2tp L2TP frames" >&2
[ "$esp" -gt 0 ] || { echo "l2tp-remote-access.host: FAIL: no ESP on the client's wire" >&2; exit 1; }
[ "$clear" -eq 0 ] && [ "$l2tp" -eq 0 ] || {
    echo "l2tp-remote-access.host: FAIL: IPv4 outside IKE/ESP on the client's wire:" >&2
    tshark -r "$pcap" -Y 'ip && !(esp || isakmp || udp.port == 4500)' 2>/dev/null | head -n 10 >&2
    exit 1
}
echo "l2tp-remote-access.host: ok: only IKE and ESP on the client's wire" >&2
