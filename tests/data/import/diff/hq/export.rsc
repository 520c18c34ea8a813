# 2026-12-01 10:02:11 by RouterOS 7.16.1
# software id = QX7A-99ZK
#
# model = RB5009UG+S+
/interface bridge
add name=bridge-lan
/ip ipsec profile
add dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256 name=\
    rs-ike
/ip ipsec peer
add address=198.51.100.20/32 comment=routestudio exchange-mode=ike2 name=\
    rs-hq-site-a profile=rs-ike
/ip ipsec proposal
add auth-algorithms=sha256 enc-algorithms=aes-256-cbc name=rs-esp \
    pfs-group=modp2048
/ip pool
add name=rs-l2tp-pool ranges=10.8.0.2-10.8.0.254
/ppp profile
add change-tcp-mss=yes dns-server=10.10.0.53 local-address=10.8.0.1 name=\
    rs-l2tp remote-address=rs-l2tp-pool
/interface l2tp-server server
set authentication=mschap2 default-profile=rs-l2tp enabled=yes \
    ipsec-secret=test-only-L2tpPsk-4hT9wq max-mru=1400 max-mtu=1400 \
    use-ipsec=required
/ip address
add address=10.10.0.1/16 interface=bridge-lan network=10.10.0.0
add address=203.0.113.10/24 interface=ether1 network=203.0.113.0
/ip firewall nat
add action=accept chain=srcnat comment=routestudio dst-address=10.20.0.0/16 \
    src-address=10.10.0.0/16
add action=accept chain=srcnat comment=routestudio dst-address=10.20.0.0/16 \
    src-address=10.8.0.0/24
add action=masquerade chain=srcnat out-interface=ether1
/ip ipsec identity
add comment=routestudio peer=rs-hq-site-a secret=test-only-SiteA-Psk-7Yk2
/ip ipsec policy
add comment=routestudio dst-address=10.20.0.0/16 peer=rs-hq-site-a \
    proposal=rs-esp src-address=10.10.0.0/16 tunnel=yes
add comment=routestudio dst-address=10.20.0.0/16 peer=rs-hq-site-a \
    proposal=rs-esp src-address=10.8.0.0/24 tunnel=yes
/ip route
add gateway=203.0.113.1
/ppp secret
add comment=routestudio name=alice password=test-only-alice-pw profile=\
    rs-l2tp service=l2tp
add comment=routestudio name=bob password=test-only-bob-pw profile=rs-l2tp \
    service=l2tp
add comment=routestudio name=carol password=test-only-carol-pw profile=\
    rs-l2tp service=l2tp
/system identity
set name=hq-router
