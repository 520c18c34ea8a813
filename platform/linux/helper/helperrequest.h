#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// One call of routestudio-helper, checked strictly before anything changes:
//   routestudio-helper add    --interface IF [--via A.B.C.D]   < prefixes, one a line
//   routestudio-helper remove --interface IF [--via A.B.C.D]   < prefixes, one a line
//   routestudio-helper list   --interface IF
//   routestudio-helper add-full-tunnel --interface IF   (the halves 0/1 + 128/1, no stdin)
//   routestudio-helper inform --interface IF   (a DHCPINFORM to the hub, no stdin; dhcpinform.h)
// IF: 1-15 of [A-Za-z0-9_.-], not "." or "..". Prefixes: strict a.b.c.d/n, n 1..32,
// no host bits (a /0 default route is never accepted), no duplicates, at most
// kMaxRoutes. Plain C++ (no Qt): the privileged binary stays small.
struct HelperRequest
{
    static constexpr std::size_t kMaxRoutes = 100000;

    struct Prefix
    {
        uint32_t address = 0; // host order
        int length = 0;
    };

    enum class Verb { Add, Remove, List, AddFullTunnel, Inform };
    Verb verb = Verb::List;
    std::string interface;
    std::optional<uint32_t> via;
    std::vector<Prefix> prefixes;

    // Returns the request, or nullopt with `error` naming the argument or line.
    static std::optional<HelperRequest> parse(const std::vector<std::string> &args,
                                              const std::string &input, std::string *error);

    static std::optional<uint32_t> parseAddress(const std::string &text);
    static std::string format(uint32_t address);
    static std::string format(const Prefix &p);
};
