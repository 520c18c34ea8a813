# 2026-11-20 09:14:02 by RouterOS 7.16.1
# software id = AB12-CD34
#
# model = RB5009UG+S+
/interface bridge
add comment=defconf name=bridge
/interface l2tp-client
add connect-to=192.0.2.10 disabled=no ipsec-secret="dc-\"psk\"-0001" name=\
    l2tp-dc password="dial-in-pass-0042" use-ipsec=yes user=branch-mt
/ip ipsec profile
set [ find default=yes ] dh-group=modp2048 enc-algorithm=aes-256 \
    hash-algorithm=sha256
/ip ipsec peer
add address=203.0.113.1/32 exchange-mode=ike2 name=hq profile=default
/ip ipsec proposal
set [ find default=yes ] auth-algorithms=sha256 enc-algorithms=aes-256-cbc \
    pfs-group=modp2048
/ip ipsec identity
add peer=hq secret="branch-psk-2026=ok"
/ip ipsec policy
add dst-address=10.1.0.0/16 peer=hq src-address=10.5.0.0/24 tunnel=yes
add dst-address=10.1.0.0/16 peer=hq src-address=10.5.1.0/24 \
    tunnel=yes
/ip address
add address=10.5.0.1/24 interface=bridge network=10.5.0.0
add address=198.51.100.77/24 interface=ether1 network=198.51.100.0
/ip route
add gateway=198.51.100.1
add comment="data centre, over L2TP" dst-address=10.9.0.0/24 gateway=l2tp-dc
/ip firewall nat
add action=accept chain=srcnat dst-address=10.1.0.0/16 src-address=\
    10.5.0.0/23
add action=masquerade chain=srcnat out-interface=ether1
/system identity
set name="Branch\_North"
/ip service set telnet disabled=yes
