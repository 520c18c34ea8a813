#!/usr/bin/env bash
# The harness must be able to fail: each case breaks one generated file of the
# seed bundle the way a generator bug would, and the check that owns that file
# must then fail (exit 1; not pass, not skip). Covers the pitfall that
# swanctl exits 0 on a syntax error.
# Usage: selftest.sh BUNDLE TOPOLOGY SECRETS   (the generated seed bundle)
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
require_tools jq sed
here=$(dirname "$0")

# case name | check script | file (relative to the bundle) | sed expression
CASES=(
    "swanctl syntax error (swanctl exits 0)|swanctl-load|hq/etc/swanctl/conf.d/routestudio.conf|1i connections { broken"
    "nft ruleset typo|static-checks|hq/etc/nftables.d/routestudio.nft|0,/accept/s//acept/"
    "unknown pppd option|static-checks|hq/etc/ppp/options.xl2tpd|\$a bogus-option"
    "shell syntax error in a route script|static-checks|site-a/etc/routestudio/tunnel-routes.sh|\$a if then"
    "L2TP ESP proposal no client offers|l2tp-ike|hq/etc/swanctl/conf.d/routestudio.conf|/mode = transport/,/esp_proposals/s/esp_proposals = .*/esp_proposals = aes192-sha384/"
    "tunnel routes on the wrong interface|site-to-site|site-a/etc/routestudio/tunnel-routes.sh|s/^IFACE=.*/IFACE='lo'/"
    "unknown ipsec.conf keyword|ipsec-conf|hq/etc/ipsec.conf|\$a\    leftfoo=bar"
    "ipsec.conf IKE proposal charon does not know|ipsec-conf|site-a/etc/ipsec.conf|s/^    ike=.*/    ike=aes999-sha256-modp2048!/"
    "xl2tpd local ip outside the pool|xl2tpd-call|hq/etc/xl2tpd/xl2tpd.conf|s/^local ip = .*/local ip = 10.99.0.1/"
)
for c in "${CASES[@]}"; do
    IFS='|' read -r what check file expr <<<"$c"
    copy="$IT_WORK/bundle-$check-$RANDOM"
    cp -a "$BUNDLE" "$copy"
    [ -f "$copy/$file" ] || fail "$what: $file is not in the bundle"
    sed -i -e "$expr" "$copy/$file"
    cmp -s "$BUNDLE/$file" "$copy/$file" && fail "$what: the sed expression changed nothing in $file"
    rc=0
    "$here/$check.sh" "$copy" "$TOPOLOGY" "$SECRETS" >"$IT_WORK/$check.out" 2>&1 || rc=$?
    if [ "$rc" -eq 1 ]; then
        pass "$what: $check fails as it must ($(grep -m1 'FAIL' "$IT_WORK/$check.out" | cut -c1-160))"
    else
        check_failed "$what: $check exited $rc on a broken $file (expected 1)"
    fi
done
exit "$IT_FAILED"
