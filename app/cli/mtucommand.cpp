#include "app/cli/clisupport.h"
#include "app/cli/commands.h"
#include "core/mtu/mtucalculator.h"

#include <QJsonObject>

namespace {

QJsonObject planJson(const MtuPlan &p)
{
    return QJsonObject{{QStringLiteral("cipher"), p.cipher.name},
                       {QStringLiteral("pathMtu"), p.pathMtu},
                       {QStringLiteral("overheadAtMax"), p.wireSize(p.maxMtu) - p.maxMtu},
                       {QStringLiteral("maxMtu"), p.maxMtu},
                       {QStringLiteral("recommendedMtu"), p.recommendedMtu},
                       {QStringLiteral("recommendedMss"), p.recommendedMss}};
}

QString planText(const QString &title, const MtuPlan &p)
{
    return QStringLiteral("%1 (%2, path MTU %3):\n"
                          "  outer IPv4 %4 + NAT-T UDP %5 + ESP header %6 + IV %7\n"
                          "  + inner UDP %8 + L2TP %9 + PPP %10 + ESP trailer %11 + padding to %12"
                          " + ICV %13\n"
                          "  largest inner packet %14, recommended MTU %15, TCP MSS %16\n")
        .arg(title, p.cipher.name)
        .arg(p.pathMtu)
        .arg(p.outerIp)
        .arg(p.natT)
        .arg(p.espHeader)
        .arg(p.iv)
        .arg(p.innerUdp)
        .arg(p.l2tp)
        .arg(p.ppp)
        .arg(p.espTrailer)
        .arg(p.blockBytes)
        .arg(p.icv)
        .arg(p.maxMtu)
        .arg(p.recommendedMtu)
        .arg(p.recommendedMss);
}

} // namespace

int Commands::mtu(CliContext &c)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    if (const auto stop = CliSupport::parse(p, c, 0, 1))
        return *stop;
    std::optional<Topology> topology;
    if (!p.positionalArguments().isEmpty()) {
        topology = CliSupport::loadTopology(c, p.positionalArguments().first());
        if (!topology)
            return CliExit::Invalid;
    }
    const MtuPlan l2tp = MtuCalculator::l2tpOverIpsec();
    const MtuPlan tunnel = MtuCalculator::ipsecTunnel();
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("l2tpOverIpsec"), planJson(l2tp)},
                      {QStringLiteral("ipsecTunnel"), planJson(tunnel)}};
        if (topology) {
            o.insert(QStringLiteral("pppMtu"), MtuCalculator::pppMtu(*topology));
            o.insert(QStringLiteral("pppMss"), MtuCalculator::pppMss(*topology));
        }
        CliSupport::printJson(c, o);
        return CliExit::Ok;
    }
    c.out << planText(QStringLiteral("L2TP/IPsec remote access (ESP transport)"), l2tp)
          << planText(QStringLiteral("Site-to-site IPsec (ESP tunnel)"), tunnel);
    if (topology) {
        c.out << QStringLiteral("This topology: PPP MTU/MRU %1, TCP MSS %2%3\n")
                     .arg(MtuCalculator::pppMtu(*topology))
                     .arg(MtuCalculator::pppMss(*topology))
                     .arg(topology->mtu ? QString() : QStringLiteral(" (recommended; no mtu set)"));
    }
    return CliExit::Ok;
}
