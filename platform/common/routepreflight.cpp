#include "platform/common/routepreflight.h"

#include <QCoreApplication>

namespace {

// lupdate needs a class context for tr() outside classes.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoutePreflight)
};

std::optional<QString> refusal(const Ipv4Prefix &dest, const RoutePreflight::Input &in)
{
    for (const SystemRoute &r : in.current) {
        if (r.interface == in.tunnelInterface || r.ours)
            continue;
        const bool broaderInFullTunnel = in.fullTunnel && dest.length() < r.destination.length();
        if (r.connected && r.destination.length() > 0 && r.destination.overlaps(dest) &&
            !broaderInFullTunnel) {
            return Tr::tr("overlaps your local network %1 on %2: routing it into the tunnel "
                          "would cut you off from it")
                .arg(r.destination.network().toString(), r.interface);
        }
        if (!r.connected && r.destination.network() == dest) {
            return Tr::tr("%1 is already routed via %2%3")
                .arg(dest.toString(), r.interface,
                     r.gateway ? Tr::tr(" (gateway %1)").arg(r.gateway->toString()) : QString());
        }
    }
    if (in.server && dest.contains(*in.server) && !in.serverPinned) {
        return Tr::tr("contains the VPN server %1 and no route to the server could be pinned: "
                      "the tunnel would route itself")
            .arg(in.server->toString());
    }
    return std::nullopt;
}

} // namespace

QList<RouteVerdict> RoutePreflight::check(const Input &in)
{
    QList<RouteVerdict> out;
    for (const Ipv4Prefix &p : in.planned) {
        RouteVerdict v;
        v.destination = p.network();
        if (const auto why = refusal(v.destination, in)) {
            v.state = RouteVerdict::State::Refused;
            v.detail = *why;
        }
        out.append(v);
    }
    return out;
}
