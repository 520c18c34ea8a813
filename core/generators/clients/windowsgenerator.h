#pragma once

#include "core/generators/clientgenerator.h"

// Windows 10/11 clients: an idempotent PowerShell script that adds the L2TP/IPsec
// connection (or updates it with Set-VpnConnection when it exists), keeps its
// split-tunnel routes in step with Add-/Remove-VpnConnectionRoute (Windows
// re-applies them on every connect), and optionally sets the NAT-T registry
// value behind the -FixNatTraversal switch.
class WindowsGenerator final : public ClientGenerator
{
public:
    QString id() const override { return QStringLiteral("windows"); }
    QList<GeneratedFile> generate(const GeneratorInput &input, const Profile &profile,
                                  const QString &user) const override;
};
