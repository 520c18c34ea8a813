# RouteStudio configuration for site mt-hub (MikroTik RouterOS 7)
# Generated from the topology; regenerate instead of editing.
# Apply: upload as mt-hub.rsc, then /import file-name=mt-hub.rsc
# Re-running first removes what an earlier run added.
#
# ---- Remove what an earlier run added ----
/ip route remove [find comment="routestudio"]
/ip firewall nat remove [find comment="routestudio"]
/ip firewall mangle remove [find comment="routestudio"]
/interface l2tp-client remove [find comment="routestudio"]
/ip ipsec policy remove [find comment="routestudio"]
/ip ipsec identity remove [find comment="routestudio"]
/ip ipsec peer remove [find comment="routestudio"]
/ip ipsec proposal remove [find name="rs-esp"]
/ip ipsec profile remove [find name="rs-ike"]
/ip ipsec profile remove [find name="rs-ike-fo"]
/tool netwatch remove [find comment="routestudio"]
/system script remove [find name="rs-failover"]
/ip address remove [find comment="routestudio"]
/interface bridge remove [find name="rs-loopback"]
/ppp secret remove [find comment="routestudio"]
:if ([/interface l2tp-server server get default-profile] = "rs-l2tp") do={ /interface l2tp-server server set default-profile=default-encryption }
/ppp profile remove [find name="rs-l2tp"]
/ip pool remove [find name="rs-l2tp-pool"]
#
# ---- L2TP/IPsec server (PPP MTU 1400; change-tcp-mss clamps TCP MSS to 1360) ----
/ip pool add name=rs-l2tp-pool ranges=10.9.0.2-10.9.0.254
/ppp profile add name=rs-l2tp local-address=10.9.0.1 remote-address=rs-l2tp-pool dns-server=10.30.0.53 change-tcp-mss=yes
# IPsec required; every client uses the PSK "mt-l2tp"
/interface l2tp-server server set enabled=yes use-ipsec=required ipsec-secret="test-only-MtL2tp-T1yB5dK0" authentication=mschap2 default-profile=rs-l2tp max-mtu=1400 max-mru=1400
/ppp secret add name="carol" password="test-only-carol/pass" service=l2tp profile=rs-l2tp comment="routestudio"
# Link mt-branch-dial: its gateway dials in as user mt-branch-dial; its LANs are routed to its session
/ppp secret add name="mt-branch-dial" password="test-only-Mt2Dial!key_3" service=l2tp profile=rs-l2tp routes="10.32.0.0/16" comment="routestudio"
#
# ---- Policy-based IPsec links: IKE aes-256/sha256/modp2048, ESP aes-256-cbc/sha256, PFS modp2048 ----
/ip ipsec profile add name=rs-ike hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048
/ip ipsec proposal add name=rs-esp auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=modp2048
# Link mt-branch-ios to branch-ios (IKEv2)
/ip ipsec peer add name=rs-mt-branch-ios address=198.51.100.40/32 exchange-mode=ike2 profile=rs-ike comment="routestudio"
/ip ipsec identity add peer=rs-mt-branch-ios auth-method=pre-shared-key secret="test-only-Mt2Ios@key%5~" comment="routestudio"
# Routes over this link are IPsec policies; the default route carries them
/ip ipsec policy add peer=rs-mt-branch-ios src-address=10.30.0.0/16 dst-address=10.31.0.0/16 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-mt-branch-ios src-address=10.32.0.0/16 dst-address=10.31.0.0/16 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-mt-branch-ios src-address=10.9.0.0/24 dst-address=10.31.0.0/16 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
# Keep tunnelled traffic out of masquerade (first srcnat rules)
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.30.0.0/16 dst-address=10.31.0.0/16 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.30.0.0/16 dst-address=10.31.0.0/16 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.32.0.0/16 dst-address=10.31.0.0/16 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.32.0.0/16 dst-address=10.31.0.0/16 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.9.0.0/24 dst-address=10.31.0.0/16 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.9.0.0/24 dst-address=10.31.0.0/16 comment="routestudio" }
#
