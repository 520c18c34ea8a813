#pragma once

#include "core/mtu/cipheroverhead.h"

// Every header between the path MTU and the inner IP packet, in bytes, and the
// largest inner packet that fits. See docs/mtu.md for the arithmetic.
struct MtuPlan
{
    int pathMtu = 1500;
    int outerIp = 20;  // outer IPv4 header
    int natT = 8;      // UDP 4500 encapsulation (0 without NAT-T)
    int espHeader = 8; // SPI + sequence number
    int iv = 16;
    int innerUdp = 0;  // UDP 1701 (L2TP only)
    int l2tp = 0;      // L2TP data header with the length bit set (L2TP only)
    int ppp = 0;       // PPP address/control + protocol (L2TP only)
    int espTrailer = 2; // pad length + next header
    int blockBytes = 16;
    int icv = 16;
    CipherOverhead cipher;

    int maxMtu = 0;         // largest inner packet that fits in pathMtu
    int recommendedMtu = 0; // maxMtu rounded down to a multiple of 4
    int recommendedMss = 0; // recommendedMtu - 40 (IPv4 + TCP headers)

    // Bytes on the wire for an inner packet of `mtu` bytes (padding included).
    int wireSize(int mtu) const;
};
