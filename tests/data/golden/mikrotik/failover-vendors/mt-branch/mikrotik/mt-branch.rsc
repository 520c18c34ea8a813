# RouteStudio configuration for site mt-branch (MikroTik RouterOS 7)
# Generated from the topology; regenerate instead of editing.
# Apply: upload as mt-branch.rsc, then /import file-name=mt-branch.rsc
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
# ---- Failover probes: each probed tunnel's transit address lives on rs-loopback ----
/interface bridge add name=rs-loopback protocol-mode=none comment="routestudio"
/ip address add address=169.254.0.2/32 interface=rs-loopback comment="routestudio"
/ip address add address=169.254.0.6/32 interface=rs-loopback comment="routestudio"
#
# ---- Policy-based IPsec links: IKE aes-256/sha256/modp2048, ESP aes-256-cbc/sha256, PFS modp2048 ----
/ip ipsec profile add name=rs-ike hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048
/ip ipsec proposal add name=rs-esp auth-algorithms=sha256 enc-algorithms=aes-256-cbc pfs-group=modp2048
/ip ipsec profile add name=rs-ike-fo hash-algorithm=sha256 enc-algorithm=aes-256 dh-group=modp2048 dpd-interval=10s dpd-maximum-failures=3
# Link hq-mt to hq (IKEv2)
/ip ipsec peer add name=rs-hq-mt address=203.0.113.10/32 exchange-mode=ike2 profile=rs-ike-fo comment="routestudio"
/ip ipsec identity add peer=rs-hq-mt auth-method=pre-shared-key secret="test-only-Mt-Primary-Psk-4Kd9" comment="routestudio"
# Routes over this link are IPsec policies; the default route carries them
# Failover probe: the tunnel's transit addresses (always active)
/ip ipsec policy add peer=rs-hq-mt src-address=169.254.0.2/32 dst-address=169.254.0.1/32 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-mt src-address=10.20.0.0/24 dst-address=10.10.0.0/24 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-mt src-address=10.20.0.0/24 dst-address=10.40.0.0/24 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
# Keep tunnelled traffic out of masquerade (first srcnat rules)
:do { /ip firewall nat add chain=srcnat action=accept src-address=169.254.0.2/32 dst-address=169.254.0.1/32 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=169.254.0.2/32 dst-address=169.254.0.1/32 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.10.0.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.10.0.0/24 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.40.0.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.40.0.0/24 comment="routestudio" }
# Link hq-mt-backup to hq (IKEv2)
/ip ipsec peer add name=rs-hq-mt-backup address=203.0.113.10/32 local-address=198.51.100.21 exchange-mode=ike2 profile=rs-ike-fo comment="routestudio"
/ip ipsec identity add peer=rs-hq-mt-backup auth-method=pre-shared-key secret="test-only-Mt-Backup-Psk-8Rz1" comment="routestudio"
# Routes over this link are IPsec policies; the default route carries them
# Failover probe: the tunnel's transit addresses (always active)
/ip ipsec policy add peer=rs-hq-mt-backup src-address=169.254.0.6/32 dst-address=169.254.0.5/32 tunnel=yes action=encrypt proposal=rs-esp comment="routestudio"
/ip ipsec policy add peer=rs-hq-mt-backup src-address=10.20.0.0/24 dst-address=10.10.0.0/24 tunnel=yes action=encrypt proposal=rs-esp disabled=yes comment="routestudio"
/ip ipsec policy add peer=rs-hq-mt-backup src-address=10.20.0.0/24 dst-address=10.40.0.0/24 tunnel=yes action=encrypt proposal=rs-esp disabled=yes comment="routestudio"
# Keep tunnelled traffic out of masquerade (first srcnat rules)
:do { /ip firewall nat add chain=srcnat action=accept src-address=169.254.0.6/32 dst-address=169.254.0.5/32 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=169.254.0.6/32 dst-address=169.254.0.5/32 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.10.0.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.10.0.0/24 comment="routestudio" }
:do { /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.40.0.0/24 comment="routestudio" place-before=0 } on-error={ /ip firewall nat add chain=srcnat action=accept src-address=10.20.0.0/24 dst-address=10.40.0.0/24 comment="routestudio" }
#
# ---- Failover: netwatch pings each probed tunnel every 10 s; on a change rs-failover enables the best answering path of each destination ----
/system script add name=rs-failover policy=read,write,test source=":local use \"\"\n:local up1 ([/tool netwatch get [find host=\"169.254.0.1\"] status] = \"up\")\n:local up2 ([/tool netwatch get [find host=\"169.254.0.5\"] status] = \"up\")\n# 10.10.0.0/24\n:if (\$up1) do={ :set use \"rs-hq-mt\" } else={ :if (\$up2) do={ :set use \"rs-hq-mt-backup\" } else={ :set use \"rs-hq-mt\" } }\n:if (\$use = \"rs-hq-mt\") do={ /ip ipsec policy enable [find comment=\"routestudio\" peer=\"rs-hq-mt\" dst-address=\"10.10.0.0/24\"] } else={ /ip ipsec policy disable [find comment=\"routestudio\" peer=\"rs-hq-mt\" dst-address=\"10.10.0.0/24\"] }\n:if (\$use = \"rs-hq-mt-backup\") do={ /ip ipsec policy enable [find comment=\"routestudio\" peer=\"rs-hq-mt-backup\" dst-address=\"10.10.0.0/24\"] } else={ /ip ipsec policy disable [find comment=\"routestudio\" peer=\"rs-hq-mt-backup\" dst-address=\"10.10.0.0/24\"] }\n# 10.40.0.0/24\n:if (\$up1) do={ :set use \"rs-hq-mt\" } else={ :if (\$up2) do={ :set use \"rs-hq-mt-backup\" } else={ :set use \"rs-hq-mt\" } }\n:if (\$use = \"rs-hq-mt\") do={ /ip ipsec policy enable [find comment=\"routestudio\" peer=\"rs-hq-mt\" dst-address=\"10.40.0.0/24\"] } else={ /ip ipsec policy disable [find comment=\"routestudio\" peer=\"rs-hq-mt\" dst-address=\"10.40.0.0/24\"] }\n:if (\$use = \"rs-hq-mt-backup\") do={ /ip ipsec policy enable [find comment=\"routestudio\" peer=\"rs-hq-mt-backup\" dst-address=\"10.40.0.0/24\"] } else={ /ip ipsec policy disable [find comment=\"routestudio\" peer=\"rs-hq-mt-backup\" dst-address=\"10.40.0.0/24\"] }"
/tool netwatch add host=169.254.0.1 src-address=169.254.0.2 type=icmp interval=10s up-script="/system script run rs-failover" down-script="/system script run rs-failover" comment="routestudio"
/tool netwatch add host=169.254.0.5 src-address=169.254.0.6 type=icmp interval=10s up-script="/system script run rs-failover" down-script="/system script run rs-failover" comment="routestudio"
#
