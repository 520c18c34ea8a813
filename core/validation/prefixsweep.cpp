#include "core/validation/prefixsweep.h"

#include <algorithm>
#include <tuple>

namespace PrefixSweep {

std::vector<Nesting> nestings(std::vector<Item> items)
{
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return std::tie(a.first, a.length, a.tag) < std::tie(b.first, b.length, b.tag);
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
