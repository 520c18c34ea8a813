#include "platform/linux/helper/helperrequest.h"

#include <set>
#include <sstream>

namespace {

bool validInterface(const std::string &s)
{
    if (s.empty() || s.size() > 15 || s == "." || s == "..")
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<int> parseNumber(const std::string &s, int max)
{
    if (s.empty() || s.size() > 3 || (s.size() > 1 && s[0] == '0'))
        return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v > max)
        return std::nullopt;
    return v;
}

} // namespace

std::optional<uint32_t> HelperRequest::parseAddress(const std::string &text)
{
    uint32_t value = 0;
    int parts = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = text.find('.', start);
        const std::string part = text.substr(start, dot == std::string::npos ? dot : dot - start);
        const auto octet = parseNumber(part, 255);
        if (!octet)
            return std::nullopt;
        value = (value << 8) | uint32_t(*octet);
        ++parts;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    if (parts != 4)
        return std::nullopt;
    return value;
}

std::string HelperRequest::format(uint32_t a)
{
    std::ostringstream out;
    out << (a >> 24) << '.' << ((a >> 16) & 255) << '.' << ((a >> 8) & 255) << '.' << (a & 255);
    return out.str();
}

std::string HelperRequest::format(const Prefix &p)
{
    return format(p.address) + "/" + std::to_string(p.length);
}

std::optional<HelperRequest> HelperRequest::parse(const std::vector<std::string> &args,
                                                  const std::string &input, std::string *error)
{
    HelperRequest r;
    if (args.empty()) {
        *error = "missing verb: add, remove, list, add-full-tunnel or inform";
        return std::nullopt;
    }
    if (args[0] == "add")
        r.verb = Verb::Add;
    else if (args[0] == "remove")
        r.verb = Verb::Remove;
    else if (args[0] == "list")
        r.verb = Verb::List;
    else if (args[0] == "add-full-tunnel")
        r.verb = Verb::AddFullTunnel;
    else if (args[0] == "inform")
        r.verb = Verb::Inform;
    else {
        *error = "unknown verb '" + args[0] + "': expected add, remove, list, add-full-tunnel or inform";
        return std::nullopt;
    }
    for (std::size_t i = 1; i < args.size(); i += 2) {
        const std::string &opt = args[i];
        if (i + 1 >= args.size()) {
            *error = "option " + opt + " needs a value";
            return std::nullopt;
        }
        const std::string &value = args[i + 1];
        if (opt == "--interface" && r.interface.empty()) {
            if (!validInterface(value)) {
                *error = "invalid interface name '" + value + "'";
                return std::nullopt;
            }
            r.interface = value;
        } else if (opt == "--via" && !r.via && (r.verb == Verb::Add || r.verb == Verb::Remove)) {
            r.via = parseAddress(value);
            if (!r.via || *r.via == 0 || *r.via == 0xffffffffu) {
                *error = "invalid gateway address '" + value + "'";
                return std::nullopt;
            }
        } else {
            *error = "unexpected argument '" + opt + "'";
            return std::nullopt;
        }
    }
    if (r.interface.empty()) {
        *error = "missing --interface";
        return std::nullopt;
    }
    if (r.verb == Verb::List || r.verb == Verb::AddFullTunnel || r.verb == Verb::Inform) {
        if (!input.empty()) {
            *error = args[0] + " reads nothing on stdin";
            return std::nullopt;
        }
        if (r.verb == Verb::AddFullTunnel)
            r.prefixes = {Prefix{0, 1}, Prefix{0x80000000u, 1}};
        return r;
    }
    std::set<uint64_t> seen;
    std::istringstream lines(input);
    std::string line;
    for (int n = 1; std::getline(lines, line); ++n) {
        const std::string where = "line " + std::to_string(n) + ": ";
        if (line.empty()) {
            *error = where + "empty line";
            return std::nullopt;
        }
        const std::size_t slash = line.find('/');
        const auto addr = parseAddress(line.substr(0, slash));
        const auto len = slash == std::string::npos ? std::nullopt
                                                    : parseNumber(line.substr(slash + 1), 32);
        if (!addr || !len) {
            *error = where + "'" + line + "' is not an IPv4 prefix a.b.c.d/n";
            return std::nullopt;
        }
        if (*len == 0) {
            *error = where + "refusing the default route " + line;
            return std::nullopt;
        }
        const uint32_t mask = *len == 32 ? ~0u : ~(~0u >> *len);
        if ((*addr & ~mask) != 0) {
            *error = where + "'" + line + "' has host bits set (the network is " +
                     format(Prefix{*addr & mask, *len}) + ")";
            return std::nullopt;
        }
        if (!seen.insert((uint64_t(*addr) << 8) | uint64_t(*len)).second) {
            *error = where + line + " is listed twice";
            return std::nullopt;
        }
        if (r.prefixes.size() >= kMaxRoutes) {
            *error = where + "more than " + std::to_string(kMaxRoutes) + " routes";
            return std::nullopt;
        }
        r.prefixes.push_back(Prefix{*addr, *len});
    }
    if (r.prefixes.empty()) {
        *error = "no prefixes on stdin";
        return std::nullopt;
    }
    return r;
}
