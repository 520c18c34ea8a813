#include "app/cli/clicommand.h"
#include "app/cli/commands.h"

namespace CliCommands {

const QList<CliCommand> &all()
{
    static const QList<CliCommand> commands{
        {"validate", "validate FILE [--secrets S] [--json]",
         "check the IP plan; exit 0 clean, 1 errors found, 2 unreadable file", &Commands::validate},
        {"routes", "routes FILE [--json]", "print the static routes every box needs",
         &Commands::routes},
        {"mtu", "mtu [FILE] [--json]", "show the L2TP/IPsec overhead and the MTU/MSS to use",
         &Commands::mtu},
        {"example", "example [DIR] [--force]",
         "write the example topology and fresh secrets (0600) into DIR", &Commands::example},
        {"secrets", "secrets FILE --secrets S",
         "create the secrets file S (0600), or add the PSKs and passwords it lacks for FILE",
         &Commands::secrets},
        {"generate", "generate FILE --secrets S -o DIR [--force]",
         "write every box's configs, one folder per site; exit 1 on validation errors", &Commands::generate},
        {"export", "export FILE --secrets S -o OUT [--format tar.gz|zip] [--site ID | --profile ID [--user NAME] | --all]",
         "write one bundle per box and per user (and, with --all, the Ansible folder)", &Commands::exportBundles},
        {"diff", "diff OLD NEW [--secrets S] [--json] [--context N] | diff --against DIR [--json] [--context N]",
         "what changes on each box between two topologies, or (--against) between the files on the boxes "
         "in DIR and what RouteStudio generates from their import; secrets masked", &Commands::diff},
        {"import", "import FILE|DIR... -o NAME [--json] [--force]",
         "read the strongSwan/xl2tpd/pppd configs or RouterOS exports of existing boxes (a folder, archive or file each) into "
         "NAME.topology.json, NAME.secrets.json (0600) and an import report", &Commands::importBoxes},
        {"check", "check FILE --site ID [--secrets S] [--from DIR | --collect DIR] [--root DIR] [--json]",
         "compare this Linux box's live state (routes, CHILD_SAs, firewall, NAT, forwarding, MTU, installed "
         "files) with the plan; exit 0 every item passes, 1 faults found (docs/check.md)", &Commands::check},
    };
    return commands;
}

} // namespace CliCommands
