# RouteStudio configuration for site branch-mt (MikroTik RouterOS 7)
# Generated from the topology; regenerate instead of editing.
# Apply: upload as branch-mt.rsc, then /import file-name=branch-mt.rsc
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
# ---- Policy-based IPsec links: IKE aes-256/sha256/modp2048, ESP aes-256-cbc/sha256, PFS modp2048 ----
/ip ipsec profile add name=rs-ike hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048
/ip ipsec proposal add name=rs-esp auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=modp2048
# Link hq-branch-mt to hq (IKEv2)
/ip ipsec peer add name=rs-hq-branch-mt address=203.0.113.10/32 exchange-mode=ike2 profile=rs-ike comment="routestudio"
/ip ipsec identity add peer=rs-hq-branch-mt auth-method=pre-shared-key secret="test-only-Hq2Mt.key+9/z" comment="routestudio"
# Routes over this link are IPsec policies; the default route carries them
/ip ipsec policy add peer=rs-hq-branch-mt src-address=10.20.0.0/16 dst-address=10.10.0.0/16 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-branch-mt src-address=10.20.0.0/16 dst-address=10.21.0.0/16 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-branch-mt src-address=10.20.0.0/16 dst-address=172.16.21.0/24 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-branch-mt src-address=10.20.0.0/16 dst-address=10.8.0.0/24 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
# Keep tunnelled traffic out of masquerade (first srcnat rules)
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.10.0.0/16 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.10.0.0/16 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.21.0.0/16 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.21.0.0/16 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=172.16.21.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=172.16.21.0/24 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.8.0.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/16 dst-address=10.8.0.0/24 comment="routestudio" }
#
