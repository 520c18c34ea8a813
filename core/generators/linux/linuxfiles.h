#pragma once

#include "core/generators/generatedfile.h"

#include <QList>

class LinuxSitePlan;

// One group of a linux-strongswan box's files (swanctl, xl2tpd, nftables, ...),
// made from the site's LinuxSitePlan. LinuxGenerator builds that plan once per
// site and hands it to every group.
class LinuxFiles
{
public:
    virtual ~LinuxFiles() = default;
    virtual QList<GeneratedFile> generate(const LinuxSitePlan &plan) const = 0;
};
