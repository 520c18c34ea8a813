# Sourced by check.sh at the end of site-to-site.sh (the tunnels carry pings):
# `routestudio-cli check` collects each box's live state inside its own
# namespaces (ip, sysctl, nft, swanctl of the real charon) and passes on every
# box; then, one at a time, the hub is broken (forwarding off, a route deleted,
# a route moved to the WAN, the nft table flushed, the MSS rules removed, a
# masquerade for the routed subnets, the SA brought down, the MTU raised, an
# installed file edited) and check must name exactly that fault, with its
# evidence, exit 1, and pass again once it is fixed.
# Installed files: a copy of each box's bundle (editing it must not touch the
# bundle other tests read).
declare -A ROOT
for site in $SITES; do
    ROOT[$site]=$IT_WORK/root-$site
    cp -a "$BUNDLE/$site" "${ROOT[$site]}"
done

# run_check SITE OUT : check on the box; sets CHECK_RC
run_check() {
    CHECK_RC=0
    in_daemon "${PID[$1]}" "$CLI" check "$TOPOLOGY" --site "$1" --secrets "$SECRETS" \
        --root "${ROOT[$1]}" >"$2" 2>&1 || CHECK_RC=$?
}

# expect_pass SITE WHAT
expect_pass() {
    local out=$IT_WORK/check-$1-pass.txt
    run_check "$1" "$out"
    if [ "$CHECK_RC" -eq 0 ] && grep -q "every item passes" "$out"; then
        pass "check $1 passes $2"
    else
        check_failed "check $1 $2: exit $CHECK_RC: $(tr '\n' ' ' <"$out")"
    fi
}

# expect_fault SITE CODE EVIDENCE-PART : exactly that fault, with that evidence
expect_fault() {
    local out=$IT_WORK/check-$1-$2.txt codes
    run_check "$1" "$out"
    codes=$(sed -nE 's/^error ([a-z-]+):.*/\1/p' "$out" | sort -u | tr '\n' ' ')
    if [ "$CHECK_RC" -ne 1 ] || [ "$codes" != "$2 " ]; then
        check_failed "check $1 should name $2 only (exit 1): exit $CHECK_RC, faults: ${codes:-none}: $(tr '\n' ' ' <"$out")"
    elif ! grep -qF -- "$3" "$out"; then
        check_failed "check $1: $2 without the evidence \"$3\": $(tr '\n' ' ' <"$out")"
    else
        pass "check $1 names $2 ($(sed -nE 's/^    evidence: //p' "$out" | head -n 1))"
    fi
}

for site in $SITES; do expect_pass "$site" "on the running boxes"; done

hub=hq
ns=${NS[$hub]}
pid=${PID[$hub]}
etc=$(site_etc "$hub")
link=$(topo '.links[0].id')
dest=$(ipsec_routes "$hub" | head -n 1)
routes_up() { in_daemon "$pid" "$etc/routestudio/tunnel-routes.sh" up "$link" >/dev/null 2>&1; }
wan=$(ip -n "$ns" -json route show default | jq -r '.[0].dev')

in_ns "$ns" sysctl -q -w net.ipv4.ip_forward=0
expect_fault "$hub" forwarding-off "net.ipv4.ip_forward = 0"
in_ns "$ns" sysctl -q -w net.ipv4.ip_forward=1

ip -n "$ns" route del "$dest"
expect_fault "$hub" route-missing "has no $dest"
routes_up

ip -n "$ns" route replace "$dest" dev "$wan"
expect_fault "$hub" route-wrong-interface "$dest dev $wan"
ip -n "$ns" route del "$dest" dev "$wan"
routes_up
expect_pass "$hub" "after the routes are restored"

in_ns "$ns" nft delete table inet routestudio
expect_fault "$hub" firewall-missing "no table inet routestudio"
in_ns "$ns" nft -f "$etc/nftables.d/routestudio.nft"

for h in $(in_ns "$ns" nft -a list chain inet routestudio forward | sed -nE 's/.*maxseg.*# handle ([0-9]+)$/\1/p'); do
    in_ns "$ns" nft delete rule inet routestudio forward handle "$h"
done
expect_fault "$hub" mss-clamp-missing "0 rule(s)"
in_ns "$ns" nft -f "$etc/nftables.d/routestudio.nft"

h=$(in_ns "$ns" nft -a list chain inet routestudio forward | sed -nE 's/.*"routed subnets, no NAT" # handle ([0-9]+)$/\1/p')
in_ns "$ns" nft delete rule inet routestudio forward handle "$h"
expect_fault "$hub" firewall-rule-missing "no rule with comment \"routed subnets, no NAT\""
in_ns "$ns" nft -f "$etc/nftables.d/routestudio.nft"

lan=$(topo --arg s "$hub" '.sites[] | select(.id == $s) | .lans[0]')
in_ns "$ns" nft -f - <<NFT
table ip rs_test_nat {
    chain post {
        type nat hook postrouting priority srcnat; policy accept;
        ip saddr $lan masquerade
    }
}
NFT
expect_fault "$hub" nat-on-routed "masquerade"
in_ns "$ns" nft delete table ip rs_test_nat
expect_pass "$hub" "after the firewall is reloaded"

# The SA down: the peer re-initiates at once (close_action = start), so the
# hub first drops IKE, NAT-T and ESP from it, as a cut path would.
in_ns "$ns" nft -f - <<'NFT'
table inet rs_test_block {
    chain in {
        type filter hook input priority -10; policy accept;
        udp dport { 500, 4500 } drop
        meta l4proto esp drop
    }
}
NFT
in_daemon "$pid" swanctl --terminate --ike "$link" --timeout 10 >/dev/null 2>&1
poll 10 sh -c "! nsenter -t $pid -n -m swanctl --list-sas --child $link | grep -q INSTALLED" \
    || check_failed "the CHILD_SA $link did not go down"
expect_fault "$hub" sa-down "no CHILD_SA $link"
in_ns "$ns" nft delete table inet rs_test_block
from=$(topo '.links[0].from'); to=$(topo '.links[0].to')
for s in "$from" "$to"; do
    in_daemon "${PID[$s]}" swanctl --initiate --child "$link" --timeout 15 >/dev/null 2>&1 && break
done
wait_for 20 "$link: CHILD_SA installed again on $hub" child_installed "$pid" "$link"
wait_for 10 "$link: routes back on $hub" sh -c "ip -n $ns route show exact $dest | grep -q ."

ip -n "$ns" link set dev "${TUNDEV[$hub]}" mtu 1500
expect_fault "$hub" mtu-too-high "mtu 1500"
ip -n "$ns" link set dev "${TUNDEV[$hub]}" mtu "$(sed -nE 's/^MTU=([0-9]+)$/\1/p' "$etc/routestudio/tunnel-routes.sh")"

conf=${ROOT[$hub]}/etc/sysctl.d/60-routestudio.conf
cp "$conf" "$IT_WORK/sysctl.orig"
printf '# edited by hand\n' >>"$conf"
expect_fault "$hub" file-drift "# edited by hand"
cp "$IT_WORK/sysctl.orig" "$conf"

for site in $SITES; do expect_pass "$site" "after every fault is fixed"; done
