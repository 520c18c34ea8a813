#include "core/generators/linux/linuxgenerator.h"

#include "core/generators/linux/dnsmasqgenerator.h"
#include "core/generators/linux/ipsecconfgenerator.h"
#include "core/generators/linux/iptablesgenerator.h"
#include "core/generators/linux/linuxreadmegenerator.h"
#include "core/generators/linux/linuxsiteplan.h"
#include "core/generators/linux/nftablesgenerator.h"
#include "core/generators/linux/pppscriptsgenerator.h"
#include "core/generators/linux/swanctlgenerator.h"
#include "core/generators/linux/sysctlgenerator.h"
#include "core/generators/linux/tunnelroutesgenerator.h"
#include "core/generators/linux/xl2tpdgenerator.h"

LinuxGenerator::LinuxGenerator()
{
    m_groups.push_back(std::make_unique<LinuxReadmeGenerator>());
    m_groups.push_back(std::make_unique<SwanctlGenerator>());
    m_groups.push_back(std::make_unique<IpsecConfGenerator>());
    m_groups.push_back(std::make_unique<Xl2tpdGenerator>());
    m_groups.push_back(std::make_unique<PppScriptsGenerator>());
    m_groups.push_back(std::make_unique<TunnelRoutesGenerator>());
    m_groups.push_back(std::make_unique<SysctlGenerator>());
    m_groups.push_back(std::make_unique<NftablesGenerator>());
    m_groups.push_back(std::make_unique<IptablesGenerator>());
    m_groups.push_back(std::make_unique<DnsmasqGenerator>());
}

bool LinuxGenerator::appliesTo(const Site &site) const
{
    return site.platform == Platform::LinuxStrongswan;
}

QList<GeneratedFile> LinuxGenerator::generate(const GeneratorInput &input, const Site &site) const
{
    const LinuxSitePlan plan(input, site);
    QList<GeneratedFile> files;
    for (const auto &group : m_groups)
        files += group->generate(plan);
    return files;
}
