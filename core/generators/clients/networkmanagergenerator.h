#pragma once

#include "core/generators/clientgenerator.h"

// Linux clients with NetworkManager-l2tp: a keyfile to drop into
// /etc/NetworkManager/system-connections/, and connect.sh, which creates or
// updates the same connection with nmcli and brings it up, handing nmcli the
// secrets through a passwd-file (never on the command line).
class NetworkManagerGenerator final : public ClientGenerator
{
public:
    QString id() const override { return QStringLiteral("networkmanager"); }
    QList<GeneratedFile> generate(const GeneratorInput &input, const Profile &profile,
                                  const QString &user) const override;
};
