#pragma once

#include "analytics/recommend_feedback.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// How often each item was bought: `recent` sums every purchase (count) decayed by 2^(−age / half-life)
/// as of asOfDay, `plain` counts them all alike (all-time counts, no decay).
struct ItemPopularity {
    std::vector<double> recent;
    std::vector<double> plain;
};

/// Purchase popularity of items 0 … items − 1 from the purchases before endDay (views and carts do
/// not count: popularity is what sells). Indices are assumed valid (buildFeedback checks them).
ItemPopularity itemPopularity(std::span<const Interaction> interactions, std::int32_t items, std::int32_t asOfDay,
                              double halfLifeDays, std::int32_t endDay = kNoEndDay);

} // namespace kestrel::core::analytics
