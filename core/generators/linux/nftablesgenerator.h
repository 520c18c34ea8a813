#pragma once

#include "core/generators/generator.h"

// etc/nftables.d/routestudio.nft: table inet routestudio (docs/generators.md).
class NftablesGenerator final : public Generator
{
public:
    QString id() const override { return QStringLiteral("linux-nftables"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;
};
