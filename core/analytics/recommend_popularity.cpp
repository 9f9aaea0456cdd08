#include "analytics/recommend_popularity.h"

namespace kestrel::core::analytics {

ItemPopularity itemPopularity(std::span<const Interaction> interactions, std::int32_t items, std::int32_t asOfDay,
                              double halfLifeDays, std::int32_t endDay)
{
    ItemPopularity p;
    p.recent.assign(static_cast<std::size_t>(items), 0.0);
    p.plain.assign(static_cast<std::size_t>(items), 0.0);
    for (const Interaction& x : interactions) {
        if (x.kind != InteractionKind::Purchase || x.day >= endDay)
            continue;
        const auto i = static_cast<std::size_t>(x.item);
        p.plain[i] += x.count;
        p.recent[i] += x.count * decayFactor(asOfDay - x.day, halfLifeDays);
    }
    return p;
}

} // namespace kestrel::core::analytics
