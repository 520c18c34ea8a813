#include "core/import/iosaddress.h"

namespace {

// A netmask's length, or -1 when its ones are not contiguous.
int maskLength(quint32 mask)
{
    int n = 0;
    while (n < 32 && (mask & (0x80000000u >> n)))
        ++n;
    return (n == 32 || (mask << n) == 0) ? n : -1;
}

std::optional<Ipv4Prefix> prefix(const QString &address, const QString &mask, bool wildcard)
{
    const auto a = Ipv4Address::parse(address);
    const auto m = Ipv4Address::parse(mask);
    if (!a || !m)
        return std::nullopt;
    const int length = maskLength(wildcard ? ~m->value() : m->value());
    if (length < 0)
        return std::nullopt;
    return Ipv4Prefix(*a, length);
}

} // namespace

namespace IosAddress {

std::optional<Ipv4Prefix> withMask(const QString &address, const QString &mask)
{
    return prefix(address, mask, false);
}

std::optional<Ipv4Prefix> withWildcard(const QString &address, const QString &wildcard)
{
    return prefix(address, wildcard, true);
}

std::optional<Ipv4Prefix> aclOperand(const QStringList &words, int *i)
{
    const QString w = words.value(*i);
    if (w == u"any") {
        *i += 1;
        return Ipv4Prefix(Ipv4Address(0), 0);
    }
    if (w == u"host") {
        const auto a = Ipv4Address::parse(words.value(*i + 1));
        *i += 2;
        return a ? std::optional<Ipv4Prefix>(Ipv4Prefix(*a, 32)) : std::nullopt;
    }
    *i += 2;
    return withWildcard(w, words.value(*i - 1));
}

bool isPublic(const QString &address)
{
    const auto a = Ipv4Address::parse(address);
    return a && !a->isPrivate() && !a->isReserved();
}

} // namespace IosAddress
