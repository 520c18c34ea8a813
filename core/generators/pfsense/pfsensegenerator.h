#pragma once

#include "core/generators/generator.h"

// pfSense (2.7 / Plus 23+): an exact GUI step list with every value filled in,
// not a config.xml fragment (docs/vendors.md says why): the L2TP/IPsec server
// when the site is a hub (IPsec mobile clients, IKEv1 PSK, transport-mode
// phase 2, L2TP server and users), one routed (VTI) IPsec tunnel per `ipsec`
// link with its interface MTU/MSS, and the static routes of the route table.
class PfsenseGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("pfsense"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
