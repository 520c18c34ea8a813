#pragma once

#include "core/generators/generator.h"

// etc/routestudio/tunnel-routes.sh: `up|down [LINK]` for the routes over this
// site's ipsec links; strongSwan's updown hook for every tunnel child.
class TunnelRoutesGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-tunnel-routes"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
