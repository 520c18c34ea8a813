#include "core/generators/generatorregistry.h"

#include "core/generators/cisco/ciscoiosgenerator.h"
#include "core/generators/mikrotik/mikrotikgenerator.h"
#include "core/generators/pfsense/pfsensegenerator.h"
#include "core/generators/linux/dnsmasqgenerator.h"
#include "core/generators/linux/ipsecconfgenerator.h"
#include "core/generators/linux/iptablesgenerator.h"
#include "core/generators/linux/linuxreadmegenerator.h"
#include "core/generators/linux/nftablesgenerator.h"
#include "core/generators/linux/pppscriptsgenerator.h"
#include "core/generators/linux/swanctlgenerator.h"
#include "core/generators/linux/sysctlgenerator.h"
#include "core/generators/linux/tunnelroutesgenerator.h"
#include "core/generators/linux/xl2tpdgenerator.h"

namespace GeneratorRegistry {

const std::vector<std::unique_ptr<Generator>> &all()
{
    static const std::vector<std::unique_ptr<Generator>> generators = [] {
        std::vector<std::unique_ptr<Generator>> g;
        // Generators register here, one line each.
        g.push_back(std::make_unique<CiscoIosGenerator>());
        g.push_back(std::make_unique<MikrotikGenerator>());
        g.push_back(std::make_unique<PfsenseGenerator>());
        g.push_back(std::make_unique<LinuxReadmeGenerator>());
        g.push_back(std::make_unique<SwanctlGenerator>());
        g.push_back(std::make_unique<IpsecConfGenerator>());
        g.push_back(std::make_unique<Xl2tpdGenerator>());
        g.push_back(std::make_unique<PppScriptsGenerator>());
        g.push_back(std::make_unique<TunnelRoutesGenerator>());
        g.push_back(std::make_unique<SysctlGenerator>());
        g.push_back(std::make_unique<NftablesGenerator>());
        g.push_back(std::make_unique<IptablesGenerator>());
        g.push_back(std::make_unique<DnsmasqGenerator>());
        return g;
    }();
    return generators;
}

} // namespace GeneratorRegistry
