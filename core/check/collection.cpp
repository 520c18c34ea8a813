#include "core/check/collection.h"

const QList<Collection::Command> &Collection::commands()
{
    static const QList<Command> all{
        {QStringLiteral("ip-route.json"), {"ip", "-json", "route", "show", "table", "all"}},
        {QStringLiteral("ip-link.json"), {"ip", "-json", "link", "show"}},
        {QStringLiteral("sysctl.txt"), {"sysctl", "net.ipv4.ip_forward"}},
        {QStringLiteral("nft.json"), {"nft", "-j", "list", "ruleset"}},
        {QStringLiteral("swanctl-sas.txt"), {"swanctl", "--list-sas", "--raw"}},
    };
    return all;
}
