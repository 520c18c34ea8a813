#pragma once

#include "core/generators/generator.h"

// A RouterOS 7 script (`/import`) for a `mikrotik` site: the L2TP server with
// IPsec required when the site is a hub, policy-based IPsec (peer, identity,
// profile, proposal, policies, NAT bypass) per `ipsec` link, an L2TP client
// with static routes per `l2tp` link, and the hub-side PPP secrets of gateways
// dialling in. Re-running it replaces what an earlier run added.
class MikrotikGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("mikrotik"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
