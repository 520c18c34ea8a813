#include "core/import/addressrange.h"

#include <QStringList>
#include <algorithm>

namespace AddressRange {

std::optional<std::pair<quint32, quint32>> parse(const QString &text, bool prefixes)
{
    const QStringList ends = text.split(u'-');
    if (ends.size() == 1 && prefixes) {
        if (const auto p = Ipv4Prefix::parse(ends.at(0).trimmed()))
            return std::make_pair(p->first(), p->last());
        if (const auto a = Ipv4Address::parse(ends.at(0).trimmed()))
            return std::make_pair(a->value(), a->value());
        return std::nullopt;
    }
    if (ends.size() != 2)
        return std::nullopt;
    const auto a = Ipv4Address::parse(ends.at(0).trimmed());
    const auto b = Ipv4Address::parse(ends.at(1).trimmed());
    if (!a || !b || b->value() < a->value())
        return std::nullopt;
    return std::make_pair(a->value(), b->value());
}

Ipv4Prefix covering(quint32 low, quint32 high)
{
    int length = 32;
    while (length > 0 && (low >> (32 - length)) != (high >> (32 - length)))
        --length;
    return Ipv4Prefix(Ipv4Address(low), length).network();
}

} // namespace AddressRange

void AddressSpan::add(const std::pair<quint32, quint32> &range)
{
    m_low = std::min(m_low.value_or(range.first), range.first);
    m_high = std::max(m_high.value_or(range.second), range.second);
}

std::optional<Ipv4Prefix> AddressSpan::covering() const
{
    if (!m_low)
        return std::nullopt;
    return AddressRange::covering(*m_low, *m_high);
}
