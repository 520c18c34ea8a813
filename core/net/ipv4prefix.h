#pragma once

#include "core/net/ipv4address.h"

#include <QHashFunctions>

// An IPv4 CIDR prefix as written: the address keeps any host bits so that
// validation can report them; network() gives the canonical form.
class Ipv4Prefix
{
public:
    constexpr Ipv4Prefix() = default;
    constexpr Ipv4Prefix(Ipv4Address address, int length) : m_address(address), m_length(length) {}

    // Strict "a.b.c.d/n" with n in 0..32 (no leading zeros).
    static std::optional<Ipv4Prefix> parse(QStringView text);

    constexpr Ipv4Address address() const { return m_address; }
    constexpr int length() const { return m_length; }
    constexpr quint32 mask() const { return m_length == 0 ? 0u : ~0u << (32 - m_length); }
    constexpr quint32 first() const { return m_address.value() & mask(); }
    constexpr quint32 last() const { return first() | ~mask(); }
    constexpr quint64 size() const { return quint64(1) << (32 - m_length); }
    constexpr bool hasHostBits() const { return (m_address.value() & ~mask()) != 0; }

    Ipv4Prefix network() const { return Ipv4Prefix(Ipv4Address(first()), m_length); }
    Ipv4Address netmask() const { return Ipv4Address(mask()); }

    bool contains(Ipv4Address a) const { return a.value() >= first() && a.value() <= last(); }
    bool contains(const Ipv4Prefix &p) const { return p.first() >= first() && p.last() <= last(); }
    bool overlaps(const Ipv4Prefix &p) const { return p.first() <= last() && first() <= p.last(); }

    QString toString() const;

    friend bool operator==(const Ipv4Prefix &a, const Ipv4Prefix &b)
    {
        return a.m_address == b.m_address && a.m_length == b.m_length;
    }
    friend bool operator!=(const Ipv4Prefix &a, const Ipv4Prefix &b) { return !(a == b); }
    friend size_t qHash(const Ipv4Prefix &p, size_t seed = 0) noexcept
    {
        return ::qHash((quint64(p.m_address.value()) << 6) | quint64(p.m_length), seed);
    }

private:
    Ipv4Address m_address;
    int m_length = 0;
};
