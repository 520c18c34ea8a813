#include "core/validation/prefixsweep.h"

#include <algorithm>
#include <tuple>

namespace PrefixSweep {

std::vector<Nesting> nestings(std::vector<Item> items)
{
    // Merge sort: O(n log n) in every case and fast on the nearly sorted lists
    // real plans are; stable, so equal prefixes keep the caller's (tag) order.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.first, a.length) < std::tie(b.first, b.length);
    });
    std::vector<Nesting> out;
    std::vector<const Item *> open; // each element contains the next one
    for (const Item &item : items) {
        while (!open.empty() && open.back()->last < item.first)
            open.pop_back();
        if (!open.empty())
            out.push_back(Nesting{item.tag, open.back()->tag});
        open.push_back(&item);
    }
    return out;
}

} // namespace PrefixSweep
