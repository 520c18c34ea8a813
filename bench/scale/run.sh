#!/usr/bin/env bash
# Scale benchmarks of issue 13 (results: docs/performance.md). Run by hand
# from the repository root after building routestudio-cli:
#   bench/scale/run.sh generate [SIZES]   # default 1000,10000: generate -o of a hub
#                                         # with N gateways vs cp -r of its output
#   bench/scale/run.sh validate [N]       # validate of N (100000) LAN prefixes vs
#                                         # bench/scale/sweep.py on the same file
#   bench/scale/run.sh export [SIZES]     # export --all of N gateways + N users
#                                         # (default 100,300,1000)
#   bench/scale/run.sh hubs [SIZES]       # generate -o of N hubs with a profile and
#                                         # a gateway each (default 500,1000,2000)
# Env: CLI (default build/ci/app/routestudio-cli), ROUNDS (default 3; the best
# round is reported: the machine is shared). Writes only below a mktemp folder.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CLI=$(realpath "${CLI:-build/ci/app/routestudio-cli}")
ROUNDS=${ROUNDS:-3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -x "$CLI" ] || { echo "no routestudio-cli at $CLI (build it first)" >&2; exit 2; }

# run LABEL CMD...: best wall time (s), user+sys (s) and peak RSS (MB) over ROUNDS,
# printed as "wall cpu rss". CMD's output is discarded; a failure stops the bench.
run() {
  local best="" line
  for ((r = 1; r <= ROUNDS; r++)); do
    [ -n "${PREPARE:-}" ] && eval "$PREPARE"
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err" \
      || { cat "$WORK/err" >&2; exit 1; }
    line=$(awk '{printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$WORK/time")
    if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN{split(a,x," ");split(b,y," ");exit !(x[1]<y[1])}'; then
      best=$line
    fi
  done
  echo "$best"
}

bytes() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }

generate() {
  local sizes=${1:-1000,10000}
  printf '%-8s %-9s %-9s %-8s %-10s %-8s %-9s %-9s\n' gateways wall_s cpu_s rss_MB \
    bytes files B/site cp_wall_s
  for n in ${sizes//,/ }; do
    python3 "$HERE/topology.py" "$WORK/t" --gateways "$n"
    read -r wall cpu rss < <(PREPARE="rm -rf '$WORK/out'" run "$CLI" generate "$WORK/t.topology.json" \
      --secrets "$WORK/t.secrets.json" -o "$WORK/out")
    local total files
    total=$(bytes "$WORK/out")
    files=$(find "$WORK/out" -type f | wc -l)
    read -r cpwall _ _ < <(PREPARE="rm -rf '$WORK/copy'" run cp -r "$WORK/out" "$WORK/copy")
    printf '%-8s %-9s %-9s %-8s %-10s %-8s %-9s %-9s\n' "$n" "$wall" "$cpu" "$rss" "$total" \
      "$files" $((total / (n + 1))) "$cpwall"
    rm -rf "$WORK/out" "$WORK/copy"
  done
}

validate() {
  local prefixes=${1:-100000}
  python3 "$HERE/topology.py" "$WORK/v" --gateways $((prefixes / 100)) --lans 100
  echo "file: $((prefixes / 100)) gateways x 100 LANs + pool, $(stat -c %s "$WORK/v.topology.json") bytes"
  read -r wall cpu rss < <(run "$CLI" validate "$WORK/v.topology.json")
  echo "routestudio-cli validate:  wall ${wall} s, cpu ${cpu} s, rss ${rss} MB"
  read -r pwall pcpu prss < <(run python3 "$HERE/sweep.py" "$WORK/v.topology.json")
  echo "python json+ipaddress sweep: wall ${pwall} s, cpu ${pcpu} s, rss ${prss} MB"
  awk -v a="$pwall" -v b="$wall" -v c="$pcpu" -v d="$cpu" \
    'BEGIN {printf "ratio: %.1fx (wall), %.1fx (cpu)\n", a / b, (d > 0 ? c / d : 0)}'
}

export_all() {
  local sizes=${1:-100,300,1000}
  printf '%-8s %-6s %-9s %-9s %-8s %-10s\n' gateways users wall_s cpu_s rss_MB bytes
  for n in ${sizes//,/ }; do
    python3 "$HERE/topology.py" "$WORK/e" --gateways "$n" --users "$n"
    read -r wall cpu rss < <(PREPARE="rm -rf '$WORK/exp'" run "$CLI" export "$WORK/e.topology.json" \
      --secrets "$WORK/e.secrets.json" -o "$WORK/exp" --all)
    printf '%-8s %-6s %-9s %-9s %-8s %-10s\n' "$n" "$n" "$wall" "$cpu" "$rss" "$(bytes "$WORK/exp")"
    rm -rf "$WORK/exp"
  done
}

# N hubs, each with its own profile and one gateway: what grows with hubs x
# profiles (a scan of every profile per hub) shows here.
hubs() {
  local sizes=${1:-500,1000,2000}
  printf '%-8s %-9s %-9s %-8s %-10s\n' hubs wall_s cpu_s rss_MB bytes
  for n in ${sizes//,/ }; do
    python3 "$HERE/topology.py" "$WORK/h" --gateways "$n" --hubs "$n"
    read -r wall cpu rss < <(PREPARE="rm -rf '$WORK/out'" run "$CLI" generate "$WORK/h.topology.json" \
      --secrets "$WORK/h.secrets.json" -o "$WORK/out")
    printf '%-8s %-9s %-9s %-8s %-10s\n' "$n" "$wall" "$cpu" "$rss" "$(bytes "$WORK/out")"
    rm -rf "$WORK/out"
  done
}

case "${1:-}" in
  generate) generate "${2:-}" ;;
  hubs) hubs "${2:-}" ;;
  validate) validate "${2:-}" ;;
  export) export_all "${2:-}" ;;
  *) sed -n '2,14p' "$0" >&2; exit 2 ;;
esac
