#!/usr/bin/env bash
# Benchmark: N routes (default 10,000) into a network namespace this script
# creates, through routestudio-helper (one process, one netlink session)
# versus `ip -batch` (the same routes, one process), then removed again. Both
# start through `ip netns exec`, so both pay the same cost of entering it.
# Needs root. Never touches the host's routes: everything runs inside the
# namespace, which is deleted on exit.
#   bench/routes/run.sh [HELPER] [N] [ROUNDS]
set -euo pipefail
HELPER=${1:-build/ci/app/routestudio-helper}
N=${2:-10000}
ROUNDS=${3:-5}
NS=rs-bench-$$
WORK=$(mktemp -d)
cleanup() { ip netns del "$NS" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

[ -x "$HELPER" ] || { echo "no helper at $HELPER (build it first)" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "needs root (network namespaces)" >&2; exit 2; }

ip netns add "$NS"
ip -n "$NS" tuntap add ppp0 mode tun
ip -n "$NS" addr add 10.8.0.5 peer 10.8.0.1 dev ppp0
ip -n "$NS" link set ppp0 up

# N distinct /24s in 10.0.0.0/8 (N <= 65536).
for ((i = 0; i < N; i++)); do
  printf '10.%d.%d.0/24\n' $((i / 256)) $((i % 256))
done > "$WORK/prefixes"
sed 's|^|route add |; s|$| dev ppp0|' "$WORK/prefixes" > "$WORK/add.batch"
sed 's|^|route del |; s|$| dev ppp0|' "$WORK/prefixes" > "$WORK/del.batch"

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
count() { ip -n "$NS" -4 route show dev ppp0 | grep -c '^10\.[0-9]*\.[0-9]*\.0/24' || true; }

best_helper_add=999999; best_helper_del=999999; best_ip_add=999999; best_ip_del=999999
for ((r = 1; r <= ROUNDS; r++)); do
  # Each command timed on its own; the checks between them are not timed.
  t0=$(now); ip netns exec "$NS" "$HELPER" add --interface ppp0 < "$WORK/prefixes" > /dev/null; t1=$(now)
  [ "$(count)" -eq "$N" ] || { echo "helper add: expected $N routes, found $(count)" >&2; exit 1; }
  t2=$(now); ip netns exec "$NS" "$HELPER" remove --interface ppp0 < "$WORK/prefixes" > /dev/null; t3=$(now)
  [ "$(count)" -eq 0 ] || { echo "helper remove left $(count) routes" >&2; exit 1; }
  t4=$(now); ip netns exec "$NS" ip -batch "$WORK/add.batch"; t5=$(now)
  [ "$(count)" -eq "$N" ] || { echo "ip -batch add: expected $N routes" >&2; exit 1; }
  t6=$(now); ip netns exec "$NS" ip -batch "$WORK/del.batch"; t7=$(now)
  [ "$(count)" -eq 0 ] || { echo "ip -batch del left $(count) routes" >&2; exit 1; }
  ha=$(ms "$t0" "$t1"); hd=$(ms "$t2" "$t3"); ia=$(ms "$t4" "$t5"); id=$(ms "$t6" "$t7")
  echo "round $r: helper add ${ha} ms, remove ${hd} ms; ip -batch add ${ia} ms, del ${id} ms"
  ((ha < best_helper_add)) && best_helper_add=$ha
  ((hd < best_helper_del)) && best_helper_del=$hd
  ((ia < best_ip_add)) && best_ip_add=$ia
  ((id < best_ip_del)) && best_ip_del=$id
done
echo "best of $ROUNDS, $N routes: helper add ${best_helper_add} ms, remove ${best_helper_del} ms;" \
     "ip -batch add ${best_ip_add} ms, del ${best_ip_del} ms"
awk -v ha="$best_helper_add" -v ia="$best_ip_add" -v hd="$best_helper_del" -v id="$best_ip_del" 'BEGIN {
  add = (ia > 0) ? ha / ia : 0
  del = (id > 0) ? hd / id : 0
  printf "helper/ip-batch: add %.2fx, remove %.2fx (goal: within 1.2x)\n", add, del
  exit (add <= 1.2 && del <= 1.2) ? 0 : 1 }'
