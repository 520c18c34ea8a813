// routestudio-helper: the privileged route installer, started through pkexec
// (one polkit action per verb, see org.routestudio.helper.policy beside it). It adds, removes or
// lists RouteStudio's routes on ONE interface, all routes of a call in one
// netlink session; an add that fails in the middle removes what it added.
// It enforces its own policy (helperpolicy.h) instead of trusting the caller.
// `inform` asks the hub for the routes over the tunnel (DHCPINFORM) and prints
// its answer; it changes nothing.
// Exit status: 0 done, 2 bad arguments or refused (nothing changed), 3 the kernel
// refused (rolled back), 4 the rollback itself failed, 5 no DHCP answer.
#include "platform/linux/helper/dhcpinform.h"
#include "platform/linux/helper/helperpolicy.h"
#include "platform/linux/helper/helperrequest.h"
#include "platform/linux/helper/rtnetlink.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <net/if.h>

namespace {

constexpr std::size_t kMaxInput = 4 * 1024 * 1024;

// At most `limit` + 1 bytes: one more than allowed is enough to refuse.
std::string readInput(std::size_t limit)
{
    std::string input;
    char chunk[65536];
    while (input.size() <= limit) {
        const std::size_t want = std::min(sizeof chunk, limit + 1 - input.size());
        const std::size_t n = std::fread(chunk, 1, want, stdin);
        if (n == 0)
            break;
        input.append(chunk, n);
    }
    return input;
}

int usage(const std::string &error)
{
    std::cerr << "routestudio-helper: " << error << "\n"
              << "usage: routestudio-helper add|remove --interface IF [--via A.B.C.D] "
                 "< prefixes\n"
              << "       routestudio-helper list --interface IF\n"
              << "       routestudio-helper add-full-tunnel --interface IF\n"
              << "       routestudio-helper inform --interface IF\n";
    return 2;
}

std::string describe(int err)
{
    const int e = -err;
    std::string text = std::strerror(e);
    if (e == EEXIST)
        text += " (a route to this destination already exists)";
    return text;
}

int add(RtNetlink &nl, int ifindex, const HelperRequest &r)
{
    const std::vector<int> results = nl.addAll(ifindex, r.prefixes, r.via);
    const auto failed = std::find_if(results.cbegin(), results.cend(), [](int e) { return e != 0; });
    if (failed == results.cend()) {
        std::cout << "added " << r.prefixes.size() << " route(s) on " << r.interface << "\n";
        return 0;
    }
    const std::size_t i = std::size_t(failed - results.cbegin());
    std::cerr << "error: " << HelperRequest::format(r.prefixes[i]) << " on " << r.interface
              << ": " << describe(*failed) << "\n";
    // Every route this call added comes out again, before and after the failure
    // (a batch goes on after a refused request).
    std::vector<HelperRequest::Prefix> added;
    for (std::size_t j = 0; j < results.size(); ++j) {
        if (results[j] == 0)
            added.push_back(r.prefixes[j]);
    }
    const std::vector<int> undone = nl.removeAll(ifindex, added, r.via);
    const auto left = std::count_if(undone.cbegin(), undone.cend(), [](int e) { return e != 0; });
    if (left) {
        std::cerr << "error: rollback left " << left << " route(s) behind\n";
        return 4;
    }
    std::cerr << "rolled back " << added.size() << " route(s) added with it\n";
    return 3;
}

// Deletes only the requested routes that list() shows as its own on that
// interface; the rest are left alone and counted.
int remove(RtNetlink &nl, int ifindex, const HelperRequest &r, const HelperPolicy::System &s)
{
    const std::vector<HelperRequest::Prefix> own = HelperPolicy::ownRoutes(r, s);
    const std::vector<int> results = nl.removeAll(ifindex, own, r.via);
    std::size_t removed = 0, gone = 0, failed = 0;
    for (std::size_t i = 0; i < own.size(); ++i) {
        const int err = results[i];
        if (err == 0)
            ++removed;
        else if (err == -ESRCH || err == -ENOENT)
            ++gone;
        else {
            ++failed;
            std::cerr << "error: " << HelperRequest::format(own[i]) << " on " << r.interface << ": "
                      << describe(err) << "\n";
        }
    }
    std::cout << "removed " << removed << " route(s) on " << r.interface;
    if (gone)
        std::cout << ", " << gone << " already gone";
    if (own.size() < r.prefixes.size())
        std::cout << ", " << r.prefixes.size() - own.size()
                  << " not RouteStudio's (or already gone), left alone";
    std::cout << "\n";
    return failed ? 3 : 0;
}

// Two tries of 2 s: the hub's dnsmasq answers in milliseconds; after that the
// caller falls back to the profile's own routes.
int inform(const HelperRequest &r, const HelperPolicy::System &s)
{
    const std::string refusal = HelperPolicy::informRefusal(r, s);
    if (!refusal.empty())
        return usage(refusal);
    const auto address = DhcpInform::interfaceAddress(r.interface);
    if (!address)
        return usage(r.interface + " has no IPv4 address");
    std::string error;
    const auto reply = DhcpInform::exchange(r.interface, *address, 2, 2000, &error);
    if (!reply) {
        std::cerr << "error: " << error << "\n";
        return 5;
    }
    std::cout << "reply " << DhcpInform::hex(*reply) << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string input;
    if (!args.empty() && (args[0] == "add" || args[0] == "remove")) {
        input = readInput(kMaxInput);
        if (input.size() > kMaxInput)
            return usage("more than 4 MiB on stdin");
    }
    std::string error;
    const auto request = HelperRequest::parse(args, input, &error);
    if (!request)
        return usage(error);

    const unsigned ifindex = if_nametoindex(request->interface.c_str());
    if (ifindex == 0) {
        if (request->verb == HelperRequest::Verb::Remove) {
            // The interface went away with the VPN: its routes went with it.
            std::cout << "removed 0 route(s): interface " << request->interface
                      << " is gone, and its routes with it\n";
            return 0;
        }
        return usage("no interface named '" + request->interface + "'");
    }
    RtNetlink nl;
    if (!nl.open(&error)) {
        std::cerr << "error: " << error << "\n";
        return 3;
    }
    HelperPolicy::System system;
    system.ifindex = int(ifindex);
    if (request->verb != HelperRequest::Verb::List) {
        system.linkType = nl.linkType(system.ifindex, &error);
        if (system.linkType < 0 || !nl.dump(&system.routes, &error)) {
            std::cerr << "error: " << error << "\n";
            return 3;
        }
    }
    switch (request->verb) {
    case HelperRequest::Verb::AddFullTunnel:
    case HelperRequest::Verb::Add: {
        const std::string refusal = HelperPolicy::addRefusal(*request, system);
        if (!refusal.empty())
            return usage(refusal);
        return add(nl, int(ifindex), *request);
    }
    case HelperRequest::Verb::Remove:
        return remove(nl, int(ifindex), *request, system);
    case HelperRequest::Verb::Inform:
        return inform(*request, system);
    case HelperRequest::Verb::List: {
        std::vector<RtNetlink::Route> routes;
        if (!nl.list(int(ifindex), &routes, &error)) {
            std::cerr << "error: " << error << "\n";
            return 3;
        }
        for (const auto &r : routes) {
            std::cout << HelperRequest::format(r.prefix);
            if (r.via)
                std::cout << " via " << HelperRequest::format(*r.via);
            std::cout << "\n";
        }
        return 0;
    }
    }
    return 2;
}
