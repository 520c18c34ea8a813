#!/usr/bin/env bash
# Proves, for every generated linux-strongswan site:
# - every shell script passes `sh -n` (dash, Debian's /bin/sh);
# - the nftables ruleset passes `nft -c`, and `nft -f` loads it in a fresh
#   namespace (only a real load proves hook/expression combinations: `nft -c`
#   accepts `rt mtu` in an input chain, the kernel does not), a second time
#   too (it replaces its own table), and `nft list ruleset` shows its table;
# - `iptables-restore --test` accepts the iptables variant, and a real
#   `iptables-restore` loads it in a fresh namespace;
# - pppd parses the generated options file: `pppd /dev/null file OPTIONS
#   dryrun` with the generated /etc/ppp laid over /etc/ppp and a stand-in
#   /dev/ppp (a char device in a private /dev: the kernel has no PPP) runs
#   every option and secrets check, exits 0 and prints "pppd options in
#   effect", without "unrecognized option"; so does every dial-out options
#   file (options.l2tp-client.<link>) of a gateway.
# Usage: static-checks.sh BUNDLE TOPOLOGY SECRETS
BUNDLE=$1 TOPOLOGY=$2 SECRETS=$3
source "$(dirname "$0")/lib/harness.sh"
require_tools jq nft iptables-restore iptables-save /usr/sbin/pppd dash mknod

sites=$(topo '.sites[] | select(.platform == "linux-strongswan") | .id')
[ -n "$sites" ] || fail "no linux-strongswan site in $TOPOLOGY"
for site in $sites; do
    etc=$(site_etc "$site")
    [ -d "$etc" ] || { check_failed "$site: no folder $etc in the bundle"; continue; }
    mkdir -p "$IT_WORK/$site"

    # Shell scripts: by shebang, wherever they are.
    nscripts=0
    while IFS= read -r -d '' f; do
        head -n 1 "$f" | grep -Eq '^#!.*/(ba|da)?sh( |$)' || continue
        nscripts=$((nscripts + 1))
        [ -x "$f" ] || check_failed "$site: ${f#"$BUNDLE"/} is a script but not executable"
        out=$(dash -n "$f" 2>&1) || check_failed "$site: sh -n ${f#"$BUNDLE"/}: $out"
    done < <(find "$BUNDLE/$site" -type f -print0)
    [ "$nscripts" -gt 0 ] || check_failed "$site: no shell script found (tunnel-routes.sh at least is expected)"

    ns_add ns "$site"
    nftf="$etc/nftables.d/routestudio.nft"
    if [ -f "$nftf" ]; then
        out=$(in_ns "$ns" nft -c -f "$nftf" 2>&1) || check_failed "$site: nft -c: $out"
        out=$(in_ns "$ns" nft -f "$nftf" 2>&1) || check_failed "$site: nft -f (load in a namespace): $out"
        out=$(in_ns "$ns" nft -f "$nftf" 2>&1) || check_failed "$site: nft -f a second time (reload): $out"
        tables=$(in_ns "$ns" nft list tables 2>&1)
        grep -q '^table ' <<<"$tables" || check_failed "$site: no table after nft -f: $tables"
        declared=$(grep -Ec '^[[:space:]]*table [a-z0-9]+ [A-Za-z0-9_-]+ *\{' "$nftf")
        [ "$(grep -c '^table ' <<<"$tables")" -ge 1 ] && [ "$declared" -ge 1 ] \
            || check_failed "$site: nft ruleset declares no table block"
        in_ns "$ns" nft list ruleset >"$IT_WORK/$site/nft-ruleset.txt" 2>&1
    else
        check_failed "$site: $nftf is missing"
    fi
    iptf="$etc/routestudio/iptables.rules"
    if [ -f "$iptf" ]; then
        out=$(in_ns "$ns" iptables-restore --test "$iptf" 2>&1) || check_failed "$site: iptables-restore --test: $out"
        out=$(in_ns "$ns" iptables-restore "$iptf" 2>&1) || check_failed "$site: iptables-restore (load in a namespace): $out"
        in_ns "$ns" iptables-save >"$IT_WORK/$site/iptables-save.txt" 2>&1
        [ "$(grep -c '^-A ' "$IT_WORK/$site/iptables-save.txt")" -ge "$(grep -c '^-A ' "$iptf")" ] \
            || check_failed "$site: iptables-save shows fewer rules than iptables.rules has"
    else
        check_failed "$site: $iptf is missing"
    fi

    opts="$etc/ppp/options.xl2tpd" did=""
    if [ -f "$opts" ]; then
        did=", pppd dryrun"
        # As the brief's check, then with the arguments xl2tpd adds (seen in
        # xl2tpd-call: auth makes pppd check chap-secrets too).
        ra=$(topo --arg s "$site" '.sites[] | select(.id == $s) | .remoteAccess // empty')
        addrs=""
        if [ -n "$ra" ]; then
            l=$(jq -r .localAddress <<<"$ra") r=$(ip_add "$(jq -r .pool <<<"$ra")" 2)
            [ "$r" != "$l" ] || r=$(ip_add "$(jq -r .pool <<<"$ra")" 3)
            addrs="$l:$r"
        fi
        for variant in plain xl2tpd; do
            args=(/dev/null file /etc/ppp/options.xl2tpd dryrun)
            [ "$variant" = xl2tpd ] && args=(/dev/null passive nodetach ${addrs:+"$addrs"} refuse-pap auth
                name "$site" file /etc/ppp/options.xl2tpd dryrun)
            logf="$IT_WORK/$site/pppd-dryrun-$variant.log"
            start_private pid "$ns" "$logf" "$etc" \
                'mount -t tmpfs -o mode=0755 tmpfs /dev && mknod -m 600 /dev/ppp c 1 3 &&
                 mknod -m 666 /dev/null c 1 3 && exec /usr/sbin/pppd "$@"' pppd "${args[@]}"
            rc=0
            wait "$pid" || rc=$?
            msg=$(grep -v '^[a-z0-9/].*# (from' "$logf" | tr '\n' ' ')
            grep -q 'unrecognized option' "$logf" && check_failed "$site: pppd ($variant): $msg"
            [ "$rc" -eq 0 ] || check_failed "$site: pppd dryrun ($variant: ${args[*]}) exited $rc: $msg"
            grep -q 'pppd options in effect' "$logf" \
                || check_failed "$site: pppd dryrun ($variant) did not print its options: $msg"
        done
    fi
    # Dial-out (LAC) options files of a gateway's l2tp links.
    for f in "$etc"/ppp/options.*; do
        [ -f "$f" ] && [ "$f" != "$opts" ] || continue
        did="$did, pppd dryrun ${f##*/}"
        logf="$IT_WORK/$site/pppd-dryrun-${f##*/}.log"
        start_private pid "$ns" "$logf" "$etc" \
            'mount -t tmpfs -o mode=0755 tmpfs /dev && mknod -m 600 /dev/ppp c 1 3 &&
             mknod -m 666 /dev/null c 1 3 && exec /usr/sbin/pppd /dev/null file "$0" dryrun' "/etc/ppp/${f##*/}"
        rc=0
        wait "$pid" || rc=$?
        msg=$(grep -v '^[a-z0-9/].*# (from' "$logf" | tr '\n' ' ')
        [ "$rc" -eq 0 ] && grep -q 'pppd options in effect' "$logf" && ! grep -q 'unrecognized option' "$logf" \
            || check_failed "$site: pppd dryrun of ${f##*/} exited $rc: $msg"
    done
    [ "$IT_FAILED" -eq 0 ] && pass "$site: $nscripts scripts pass sh -n; nft -c/-f, iptables-restore$did ok"
done
exit "$IT_FAILED"
