#!/usr/bin/env bash
# Test fixture: generates the bundle the integration tests prove, with the
# real CLI, into a fresh folder, and checks the layout contract every test
# relies on (docs/generators.md): one folder per linux-strongswan site with
# the files below, secrets 0600, scripts 0755.
# Usage: generate.sh CLI TOPOLOGY SECRETS OUTDIR
set -euo pipefail
cli=$1 topology=$2 secrets=$3 out=$4
fail() { echo "generate: FAIL: $*" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$(dirname "$out")"
"$cli" generate "$topology" --secrets "$secrets" -o "$out" || fail "routestudio-cli generate exited $?"
for site in $(jq -r '.sites[] | select(.platform == "linux-strongswan") | .id' "$topology"); do
    d="$out/$site"
    [ -d "$d" ] || fail "no folder for site $site in $out"
    want=(etc/swanctl/conf.d/routestudio.conf:600 etc/ipsec.conf:644 etc/ipsec.secrets:600
          etc/routestudio/tunnel-routes.sh:755 etc/sysctl.d/60-routestudio.conf:644
          etc/nftables.d/routestudio.nft:644 etc/routestudio/iptables.rules:644 README.md:644)
    if jq -e --arg s "$site" '.sites[] | select(.id == $s) | .remoteAccess != null' "$topology" >/dev/null; then
        want+=(etc/xl2tpd/xl2tpd.conf:644 etc/ppp/options.xl2tpd:644 etc/ppp/chap-secrets:600
               etc/ppp/ip-up.d/routestudio:755 etc/ppp/ip-down.d/routestudio:755)
    fi
    for w in "${want[@]}"; do
        f=${w%%:*} mode=${w#*:}
        [ -f "$d/$f" ] || fail "$site: $f is missing"
        [ "$(stat -c %a "$d/$f")" = "$mode" ] || fail "$site: $f has mode $(stat -c %a "$d/$f"), expected $mode"
    done
done
echo "generate: $(find "$out" -type f | wc -l) files in $out"
