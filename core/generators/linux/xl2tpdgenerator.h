#pragma once

#include "core/generators/generator.h"

// xl2tpd and pppd: the L2TP server of a hub with remoteAccess
// (etc/xl2tpd/xl2tpd.conf [lns default], etc/ppp/options.xl2tpd) and the L2TP
// client of a gateway's l2tp links ([lac LINK], etc/ppp/options.l2tp-client.LINK),
// with etc/ppp/chap-secrets (0600). Nothing for sites that do neither.
class Xl2tpdGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-xl2tpd"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
