#pragma once

#include "core/generators/generator.h"

// Cisco IOS / IOS XE configuration for a `cisco-ios` site: the L2TP/IPsec
// remote-access server when the site is a hub, one route-based IPsec tunnel
// (Tunnel<n>, `tunnel mode ipsec ipv4`) per `ipsec` link, and the site's
// static routes from the route table. One file to paste in configuration mode.
class CiscoIosGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("cisco-ios"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
