#!/usr/bin/env python3
"""Writes a large RouteStudio topology and its secrets file for the scale benches.

    bench/scale/topology.py OUT_PREFIX --gateways N [--hubs H] [--lans L]
                            [--users U] [--scattered]

writes OUT_PREFIX.topology.json and OUT_PREFIX.secrets.json (mode 0600).

Hubs are Linux (strongSwan + xl2tpd) with a client pool and one split profile
each; gateways are spread over the four platforms and dial their hub: Linux and
MikroTik over L2TP/IPsec, Cisco IOS and pfSense over IPsec (IKEv2). Gateway g of
hub h gets L LANs, numbered from 10.0.0.0 upward in blocks of the same size
(/24 when they fit in 10.0.0.0/8, smaller otherwise), so a hub's gateways hold
neighbouring prefixes, as an administrator numbers a fleet. --scattered leaves
a gap after every block instead, so no two LANs of the fleet merge into a
shorter prefix (the worst case for route aggregation). U users are spread over
the hubs' profiles.
"""
import argparse
import hashlib
import json
import os

PLATFORMS = ["linux-strongswan", "mikrotik", "cisco-ios", "pfsense"]


def dotted(n):
    return ".".join(str((n >> s) & 255) for s in (24, 16, 8, 0))


def secret(name):
    return hashlib.sha256(name.encode()).hexdigest()[:32]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--gateways", type=int, required=True)
    ap.add_argument("--hubs", type=int, default=1)
    ap.add_argument("--lans", type=int, default=1, help="LANs per gateway")
    ap.add_argument("--users", type=int, default=2)
    ap.add_argument("--scattered", action="store_true")
    a = ap.parse_args()

    blocks = a.gateways * a.lans * (2 if a.scattered else 1)
    length = 24
    while blocks > (1 << (length - 8)):
        length += 1
    if length > 30:
        raise SystemExit("too many LANs for 10.0.0.0/8")
    size = 1 << (32 - length)
    step = size * (2 if a.scattered else 1)

    # Each hub's pool holds its users and L2TP gateways with room to spare:
    # the smallest block of at least twice that many addresses, at least /24.
    clients = 2 * (a.users + a.gateways) // a.hubs + 16
    pool_length = 24
    while (1 << (32 - pool_length)) < clients:
        pool_length -= 1
    pool_size = 1 << (32 - pool_length)
    if a.hubs * pool_size > (1 << 20):
        raise SystemExit("the pools do not fit in 172.16.0.0/12")

    sites, links, profiles, psk, users = [], [], [], {}, {}
    for h in range(a.hubs):
        hub = "hub-%d" % h
        pool = 0xAC100000 + h * pool_size  # from 172.16.0.0/12
        sites.append({"id": hub, "name": "Hub %d" % h, "role": "hub",
                      "platform": "linux-strongswan",
                      "publicAddress": "hub-%d.example.net" % h,
                      "lans": ["192.168.%d.0/24" % (h % 256)] if h < 256 else [],
                      "remoteAccess": {"pool": "%s/%d" % (dotted(pool), pool_length),
                                       "localAddress": dotted(pool + 1)}})
        name = "staff-%d" % h
        profiles.append({"id": name, "hub": hub, "tunnel": "split",
                         "secret": name, "users": []})
        psk[name] = secret(name)
    for u in range(a.users):
        user = "user%d" % u
        profiles[u % a.hubs]["users"].append(user)
        users[user] = secret(user)
    block = 0
    for g in range(a.gateways):
        gw = "gw-%d" % g
        lans = []
        for _ in range(a.lans):
            lans.append("%s/%d" % (dotted(0x0A000000 + block * step), length))
            block += 1
        platform = PLATFORMS[g % 4]
        sites.append({"id": gw, "name": "Branch %d" % g, "role": "gateway",
                      "platform": platform,
                      "publicAddress": "gw-%d.branches.example.net" % g,
                      "lans": lans})
        l2tp = platform in ("linux-strongswan", "mikrotik")
        link = "link-%d" % g
        links.append({"id": link, "from": gw, "to": "hub-%d" % (g % a.hubs),
                      "transport": "l2tp" if l2tp else "ipsec",
                      "ike": "ikev1" if l2tp else "ikev2", "secret": link})
        psk[link] = secret(link)

    topo = {"format": "routestudio-topology", "version": 1,
            "name": "scale bench: %d gateways" % a.gateways,
            "sites": sites, "links": links, "profiles": profiles}
    with open(a.out + ".topology.json", "w") as f:
        json.dump(topo, f, indent=1)
    fd = os.open(a.out + ".secrets.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump({"format": "routestudio-secrets", "version": 1,
                   "psk": psk, "users": users}, f, indent=1)


if __name__ == "__main__":
    main()
