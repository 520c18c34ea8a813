#pragma once

#include "core/generators/clientgenerator.h"

// macOS clients: a configuration profile (.mobileconfig) with one
// com.apple.vpn.managed L2TP payload (PPP user and server, IPsec shared secret,
// IPv4 OverridePrimary 1 for full tunnel, 0 for split), and for split tunnels an
// /etc/ppp/ip-up script that adds the routes on the PPP interface pppd names.
class MacosGenerator final : public ClientGenerator
{
public:
    QString id() const override { return QStringLiteral("macos"); }
    QList<GeneratedFile> generate(const GeneratorInput &input, const Profile &profile,
                                  const QString &user) const override;
};
