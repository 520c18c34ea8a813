#pragma once

#include "core/generators/linux/linuxfiles.h"

// etc/nftables.d/routestudio.nft: table inet routestudio (docs/generators.md).
class NftablesGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
