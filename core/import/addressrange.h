#pragma once

#include "core/net/ipv4prefix.h"

#include <QString>
#include <optional>
#include <utility>

// Address ranges as L2TP servers write their pools: xl2tpd's "ip range" and
// RouterOS's /ip pool "ranges" ("a.b.c.d-e.f.g.h", white space allowed around
// "-"; with `prefixes`, as RouterOS also takes them, a single address or a.b.c.d/n).
namespace AddressRange {

// First and last address; nullopt for anything else.
std::optional<std::pair<quint32, quint32>> parse(const QString &text, bool prefixes = false);
// The smallest prefix that holds every address from `low` to `high`.
Ipv4Prefix covering(quint32 low, quint32 high);

} // namespace AddressRange

// The addresses of a pool, range by range (and the server's own address):
// the remote-access pool is the smallest prefix holding them all.
class AddressSpan
{
public:
    void add(const std::pair<quint32, quint32> &range);
    void add(const Ipv4Address &a) { add({a.value(), a.value()}); }
    bool isEmpty() const { return !m_low; }
    // nullopt while empty.
    std::optional<Ipv4Prefix> covering() const;

private:
    std::optional<quint32> m_low;
    std::optional<quint32> m_high;
};
