#!/usr/bin/env python3
"""The anchor for `routestudio-cli validate`: the same file's IP plan checked
with the Python standard library only (json + ipaddress), by sort and sweep.

    bench/scale/sweep.py TOPOLOGY

Reads every LAN and client pool, sorts them by address (containers first) and
sweeps once with a stack of open prefixes, reporting each prefix that lies
inside another (what validation calls lan-overlap / pool-overlap /
pool-overlaps-lan). Prints the prefix and overlap counts; exit 1 on overlaps.
"""
import ipaddress
import json
import sys


def main():
    with open(sys.argv[1]) as f:
        topology = json.load(f)
    prefixes = []
    for site in topology["sites"]:
        for lan in site.get("lans", []):
            prefixes.append(ipaddress.IPv4Network(lan, strict=False))
        pool = site.get("remoteAccess", {}).get("pool")
        if pool:
            prefixes.append(ipaddress.IPv4Network(pool, strict=False))
    items = sorted((int(p.network_address), -p.prefixlen, int(p.broadcast_address))
                   for p in prefixes)
    overlaps = 0
    stack = []  # last addresses of the prefixes still open
    for first, _, last in items:
        while stack and stack[-1] < first:
            stack.pop()
        if stack:
            overlaps += 1
        stack.append(last)
    print("prefixes: %d, inside another: %d" % (len(prefixes), overlaps))
    return 1 if overlaps else 0


if __name__ == "__main__":
    sys.exit(main())
