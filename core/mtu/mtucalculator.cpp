#include "core/mtu/mtucalculator.h"

namespace {

int roundUp(int value, int multiple) { return (value + multiple - 1) / multiple * multiple; }

MtuPlan finish(MtuPlan plan)
{
    // Solve wireSize(mtu) <= pathMtu for the largest mtu (wireSize is monotonic).
    int mtu = plan.pathMtu;
    while (mtu > 0 && plan.wireSize(mtu) > plan.pathMtu)
        --mtu;
    plan.maxMtu = mtu;
    plan.recommendedMtu = mtu / 4 * 4;
    plan.recommendedMss = plan.recommendedMtu - 40;
    return plan;
}

MtuPlan base(const CipherOverhead &cipher, bool natT, int pathMtu)
{
    MtuPlan p;
    p.pathMtu = pathMtu;
    p.natT = natT ? 8 : 0;
    p.iv = cipher.ivBytes;
    p.blockBytes = cipher.blockBytes;
    p.icv = cipher.icvBytes;
    p.cipher = cipher;
    return p;
}

} // namespace

int MtuPlan::wireSize(int mtu) const
{
    const int espPayload = roundUp(innerUdp + l2tp + ppp + mtu + espTrailer, blockBytes);
    return outerIp + natT + espHeader + iv + espPayload + icv;
}

namespace MtuCalculator {

MtuPlan l2tpOverIpsec(const CipherOverhead &cipher, bool natT, int pathMtu)
{
    MtuPlan p = base(cipher, natT, pathMtu);
    p.innerUdp = 8;
    p.l2tp = 8;
    p.ppp = 4;
    return finish(p);
}

MtuPlan ipsecTunnel(const CipherOverhead &cipher, bool natT, int pathMtu)
{
    // The inner packet (its own IPv4 header included) is the whole ESP payload.
    return finish(base(cipher, natT, pathMtu));
}

int pppMtu(const Topology &topology)
{
    return topology.mtu.value_or(l2tpOverIpsec().recommendedMtu);
}

int pppMss(const Topology &topology) { return pppMtu(topology) - 40; }

} // namespace MtuCalculator
