#pragma once

#include "core/generators/linux/linuxfiles.h"

// README.md of a linux-strongswan site: each file, where it goes, how to
// install it and how to verify it with this topology's addresses.
class LinuxReadmeGenerator final : public LinuxFiles
{
public:
    QList<GeneratedFile> generate(const LinuxSitePlan &plan) const override;
};
