# RouteStudio configuration for site branch-dial (MikroTik RouterOS 7)
# Generated from the topology; regenerate instead of editing.
# Apply: upload as branch-dial.rsc, then /import file-name=branch-dial.rsc
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
# ---- L2TP/IPsec link mt-branch-dial to mt-hub (PPP MTU 1400, TCP MSS 1360) ----
/interface l2tp-client add name=rs-mt-branch-dial connect-to=203.0.113.20 user="mt-branch-dial" password="test-only-Mt2Dial!key_3" use-ipsec=yes ipsec-secret="test-only-MtL2tp-T1yB5dK0" allow=mschap2 max-mtu=1400 max-mru=1400 add-default-route=no disabled=no comment="routestudio"
/ip firewall mangle add chain=forward protocol=tcp tcp-flags=syn out-interface=rs-mt-branch-dial tcp-mss=1361-65535 action=change-mss new-mss=1360 passthrough=yes comment="routestudio"
/ip firewall mangle add chain=forward protocol=tcp tcp-flags=syn in-interface=rs-mt-branch-dial tcp-mss=1361-65535 action=change-mss new-mss=1360 passthrough=yes comment="routestudio"
# Static routes into the tunnel
/ip route add dst-address=10.30.0.0/15 gateway=rs-mt-branch-dial comment="routestudio"
/ip route add dst-address=10.9.0.0/24 gateway=rs-mt-branch-dial comment="routestudio"
#
