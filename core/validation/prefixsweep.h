#pragma once

#include <QtGlobal>
#include <vector>

// The overlap sweep every IP-plan check shares. CIDR prefixes either nest or
// are disjoint, so after sorting by first address (the shorter prefix, i.e. the
// container, first) a stack of the prefixes still "open" at the current address
// finds, for each prefix, the nearest prefix that contains it: O(n log n) for the
// sort, O(n) for the sweep, and at most one result per prefix.
namespace PrefixSweep {

struct Item
{
    quint32 first = 0; // network address
    quint32 last = 0;  // broadcast address
    int length = 0;
    int tag = 0; // the caller's index; equal prefixes nest in the order given
};

struct Nesting
{
    int inner = 0;     // tag of the prefix that lies inside ...
    int container = 0; // ... the tag of its nearest container (or an equal prefix)
};

// Takes the items by value (it sorts them). Results come in sweep order.
std::vector<Nesting> nestings(std::vector<Item> items);

} // namespace PrefixSweep
