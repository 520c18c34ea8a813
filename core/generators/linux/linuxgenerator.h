#pragma once

#include "core/generators/generator.h"
#include "core/generators/linux/linuxfiles.h"

#include <memory>
#include <vector>

// Every file of a linux-strongswan site: builds the site's LinuxSitePlan once
// (its links with their selectors, users, PSKs; linear in the site's links)
// and runs each LinuxFiles group on it, in the order the README lists them.
class LinuxGenerator final : public Generator
{
public:
    LinuxGenerator();
    QString id() const override { return QStringLiteral("linux-strongswan"); }
    bool appliesTo(const Site &site) const override;
    QList<GeneratedFile> generate(const GeneratorInput &input, const Site &site) const override;

private:
    std::vector<std::unique_ptr<LinuxFiles>> m_groups;
};
