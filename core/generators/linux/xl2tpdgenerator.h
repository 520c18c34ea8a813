#pragma once

#include "core/generators/generator.h"

// The L2TP server of a hub with remoteAccess: etc/xl2tpd/xl2tpd.conf,
// etc/ppp/options.xl2tpd and etc/ppp/chap-secrets (0600).
class Xl2tpdGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-xl2tpd"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
