#include "core/routes/hubdestinations.h"

#include "core/net/ipv4range.h"

#include <algorithm>

namespace {

constexpr quint32 kLastAddress = 0xffffffffu;

int floorLog2(int n)
{
    int k = 0;
    while ((2 << k) <= n)
        ++k;
    return k;
}

} // namespace

void HubDestinations::add(const Ipv4Prefix &prefix, const Site *owner, const QString &reason)
{
    m_entries.push_back({prefix.first(), prefix.last(), int(m_entries.size()), owner, reason});
}

void HubDestinations::finish()
{
    // Containers before what they contain; equal prefixes in the order added.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return a.first != b.first ? a.first < b.first : a.last > b.last;
    });
    for (int i = 0; i < int(m_entries.size()); ++i) {
        Entry &e = m_entries[i];
        if (e.owner)
            m_byOwner[e.owner].append(i);
        if (!m_top.empty() && e.first <= m_entries[m_top.back()].last)
            continue; // inside the previous top-level prefix (CIDR prefixes nest or are disjoint)
        e.top = int(m_top.size());
        if (!m_runs.empty() && m_runs.back().last != kLastAddress
            && e.first == m_runs.back().last + 1)
            m_runs.back().last = e.last;
        else
            m_runs.push_back({e.first, e.last});
        m_top.push_back(i);
        m_runOfTop.push_back(int(m_runs.size()) - 1);
    }
    std::vector<int> orders;
    orders.reserve(m_top.size());
    for (const int t : m_top)
        orders.push_back(m_entries[t].order);
    m_minOrder.push_back(std::move(orders));
    for (int k = 1; (1 << k) <= int(m_top.size()); ++k) {
        const std::vector<int> &below = m_minOrder.back();
        std::vector<int> level(m_top.size() - (size_t(1) << k) + 1);
        for (size_t i = 0; i < level.size(); ++i)
            level[i] = std::min(below[i], below[i + (size_t(1) << (k - 1))]);
        m_minOrder.push_back(std::move(level));
    }
    m_runBlocks.resize(m_runs.size());
    for (size_t r = 0; r < m_runs.size(); ++r)
        blocks(m_runs[r].first, m_runs[r].last, &m_runBlocks[r]);
}

int HubDestinations::minOrder(int from, int to) const
{
    const int k = floorLog2(to - from);
    return std::min(m_minOrder[k][from], m_minOrder[k][to - (1 << k)]);
}

// The prefixes of [first, last], each with the reason and order of what it holds.
void HubDestinations::blocks(quint32 first, quint32 last, QList<Block> *out) const
{
    auto topFirst = [this](int t) { return m_entries[m_top[t]].first; };
    for (const Ipv4Prefix &p : Ipv4Range::prefixes(first, last)) {
        // Top-level prefixes that start inside p: [lo, hi).
        int lo = 0, hi = int(m_top.size());
        {
            int a = 0, b = hi;
            while (a < b) {
                const int m = (a + b) / 2;
                topFirst(m) < p.first() ? a = m + 1 : b = m;
            }
            lo = a;
            b = hi;
            while (a < b) {
                const int m = (a + b) / 2;
                topFirst(m) <= p.last() ? a = m + 1 : b = m;
            }
            hi = a;
        }
        if (hi - lo == 1 && m_entries[m_top[lo]].last == p.last()) {
            const Entry &e = m_entries[m_top[lo]];
            out->append({e.order, {p, e.reason, e.owner == nullptr}});
        } else if (hi > lo) {
            out->append({minOrder(lo, hi),
                         {p,
                          QString::number(hi - lo)
                              + QStringLiteral(" neighbouring prefixes reached through hub ")
                              + m_hubId + QStringLiteral(", as one route"),
                          false}});
        } else { // part of a prefix that another one lies inside (validation reports that)
            const Entry &e = m_entries[m_top[std::max(lo - 1, 0)]];
            out->append({e.order, {p, e.reason, e.owner == nullptr}});
        }
    }
}

// The addresses only `gateway`'s own LANs cover: the gaps it leaves in the runs.
QList<HubDestinations::Hole> HubDestinations::holes(const Site *gateway) const
{
    QList<Hole> out;
    for (const int i : m_byOwner.value(gateway)) {
        const Entry &e = m_entries[i];
        if (e.top < 0)
            continue; // another site's prefix covers it
        quint64 at = e.first;
        for (int k = i + 1; k < int(m_entries.size()) && m_entries[k].first <= e.last; ++k) {
            const Entry &inner = m_entries[k];
            if (inner.owner == gateway)
                continue;
            if (inner.first > at)
                out.append({quint32(at), inner.first - 1, m_runOfTop[e.top]});
            at = std::max<quint64>(at, quint64(inner.last) + 1);
        }
        if (at <= e.last)
            out.append({quint32(at), e.last, m_runOfTop[e.top]});
    }
    return out;
}

QList<HubDestinations::Destination> HubDestinations::forGateway(const Site *gateway) const
{
    const QList<Hole> gaps = holes(gateway);
    QList<Block> all;
    int h = 0;
    for (int r = 0; r < int(m_runs.size()); ++r) {
        if (h == gaps.size() || gaps[h].run != r) {
            all += m_runBlocks[r];
            continue;
        }
        quint64 at = m_runs[r].first;
        for (; h < gaps.size() && gaps[h].run == r; ++h) {
            if (gaps[h].first > at)
                blocks(quint32(at), gaps[h].first - 1, &all);
            at = quint64(gaps[h].last) + 1;
        }
        if (at <= m_runs[r].last)
            blocks(quint32(at), m_runs[r].last, &all);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Block &a, const Block &b) { return a.order < b.order; });
    QList<Destination> out;
    out.reserve(all.size());
    for (const Block &b : all)
        out.append(b.destination);
    return out;
}
