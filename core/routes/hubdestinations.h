#pragma once

#include "core/model/site.h"
#include "core/net/ipv4prefix.h"

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

// What each gateway of one hub routes over its link to the hub: the hub's LANs
// and the LANs of the hub's other gateways (RouteTable adds the client pool as a
// route of its own). The addresses are
// exactly those of the listed prefixes; they are written with the fewest
// prefixes, so neighbouring LANs that fill a shorter prefix become that prefix
// (a fleet numbered 10.1.0.0/24, 10.1.1.0/24, ... gives each gateway about
// log2(N) routes, not N). A prefix that merges with nothing keeps its own
// reason; routes come in the order of their first prefix as added.
// Cost: O(n log n) to build; per gateway O(runs of neighbouring prefixes +
// its own LANs + routes written), so a numbered fleet costs O(n log n) in all.
class HubDestinations
{
public:
    struct Destination
    {
        Ipv4Prefix prefix;
        QString reason;
        // Only the hub's own prefixes (no gateway's LAN merged in): a route to
        // it ends at the hub, it is not transit through it.
        bool hubOwned = false;
    };

    explicit HubDestinations(const QString &hubId) : m_hubId(hubId) {}

    // `owner` is the gateway whose LAN this is; nullptr for the hub's own prefixes.
    void add(const Ipv4Prefix &prefix, const Site *owner, const QString &reason);
    // Call once after the last add().
    void finish();

    // nullptr: everything added (what a split profile's clients route by default).
    QList<Destination> forGateway(const Site *gateway) const;

private:
    struct Entry
    {
        quint32 first;
        quint32 last;
        int order;
        const Site *owner;
        QString reason;
        int top = -1; // index in m_top when no other prefix contains it
    };
    struct Run // neighbouring top-level prefixes: one address range
    {
        quint32 first;
        quint32 last;
    };
    struct Hole
    {
        quint32 first;
        quint32 last;
        int run;
    };
    struct Block
    {
        int order;
        Destination destination;
    };

    void blocks(quint32 first, quint32 last, QList<Block> *out) const;
    QList<Hole> holes(const Site *gateway) const;
    int minOrder(int from, int to) const;

    QString m_hubId;
    std::vector<Entry> m_entries;         // sorted by first address, containers first
    std::vector<int> m_top;               // entries no other entry contains, in address order
    std::vector<int> m_runOfTop;          // run index of each m_top element
    std::vector<Run> m_runs;
    std::vector<QList<Block>> m_runBlocks; // each run written out, for gateways that leave it whole
    std::vector<std::vector<int>> m_minOrder; // sparse table over m_top's orders
    QHash<const Site *, QList<int>> m_byOwner; // entries of each gateway
};
