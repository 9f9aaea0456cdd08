#pragma once

#include "analytics/row_matrix.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

/// Per-user features as of a moment: one row per user who signed up before it, in user_id order.
/// Undefined values are NaN (recency_days and avg_basket without orders, days_between_orders with
/// fewer than two, days_since_last_event without events in 90 days); every other column is finite.
struct CustomerFeatures {
    std::string asOf; ///< the cut, as the server printed it (timestamptz, UTC)
    std::vector<std::int64_t> userIds;
    std::vector<std::string> names; ///< column names, see FeatureBuilder::featureNames()
    analytics::RowMatrix values;    ///< userIds.size() × names.size()
    double seconds = 0;             ///< wall time of the build

    /// Index of a named column; throws Error(Internal) for an unknown name.
    int column(std::string_view name) const;
    std::int64_t rows() const { return static_cast<std::int64_t>(userIds.size()); }
};

} // namespace kestrel::core
