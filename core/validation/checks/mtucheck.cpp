#include "core/validation/checks/checks.h"

#include "core/mtu/mtucalculator.h"

namespace Checks {

void mtu(const Topology &t, FindingSink &sink)
{
    if (!t.mtu)
        return;
    const int mtu = *t.mtu;
    const QString path = QStringLiteral("mtu");
    if (mtu < 576) {
        sink.error(QStringLiteral("mtu-too-small"),
                   QStringLiteral("mtu %1 is below 576, the smallest packet every IPv4 host must "
                                  "accept (RFC 791); PPP and TCP would fail. Leave mtu out to use "
                                  "the computed %2")
                       .arg(mtu)
                       .arg(MtuCalculator::l2tpOverIpsec().recommendedMtu),
                   {}, {path});
        return;
    }
    const MtuPlan p = MtuCalculator::l2tpOverIpsec();
    if (mtu <= p.maxMtu)
        return;
    const int inner = p.innerUdp + p.l2tp + p.ppp + mtu + p.espTrailer;
    const int padded = (inner + p.blockBytes - 1) / p.blockBytes * p.blockBytes;
    sink.warning(
        QStringLiteral("mtu-too-large"),
        QStringLiteral("mtu %1 does not fit a %2-byte path: L2TP/IPsec (%3, NAT-T) sends "
                       "%4 outer IPv4 + %5 UDP 4500 + %6 ESP header + %7 IV + [%8 UDP 1701 + %9 "
                       "L2TP + %10 PPP + %1 packet + %11 ESP trailer = %12, padded to %13] + %14 "
                       "ICV = %15 bytes, more than %2, so packets get fragmented or dropped. "
                       "Use mtu %16 (largest that fits: %17) and clamp TCP MSS to %18")
            .arg(mtu)
            .arg(p.pathMtu)
            .arg(p.cipher.name)
            .arg(p.outerIp)
            .arg(p.natT)
            .arg(p.espHeader)
            .arg(p.iv)
            .arg(p.innerUdp)
            .arg(p.l2tp)
            .arg(p.ppp)
            .arg(p.espTrailer)
            .arg(inner)
            .arg(padded)
            .arg(p.icv)
            .arg(p.wireSize(mtu))
            .arg(p.recommendedMtu)
            .arg(p.maxMtu)
            .arg(p.recommendedMss),
        {}, {path});
}

} // namespace Checks
