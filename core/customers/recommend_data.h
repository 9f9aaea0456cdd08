#pragma once

#include "analytics/recommend_content.h"
#include "analytics/recommend_feedback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

/// What the recommender reads from the database, with the ids turned into 0-based indices: every
/// user of crm.users, every product of crm.products (its category, brand, price at as-of — the
/// crm.product_prices period valid then, else base_price —, tags and is_active), and the implicit
/// feedback before as-of: product_view and add_to_cart events (crm.events) and purchases (the lines
/// of paid, shipped and delivered orders).
struct RecommendData {
    std::string asOf;                     ///< the cut as timestamptz text; only rows before it are read
    std::int32_t asOfDay = 0;             ///< its UTC day number (days since 1970-01-01)
    std::vector<std::int64_t> userIds;    ///< ascending; index = user index
    std::vector<std::int64_t> productIds; ///< ascending; index = item index
    std::vector<std::string> categories;  ///< category id → name
    analytics::ItemCatalogue catalogue;
    std::vector<analytics::Interaction> interactions;
    std::int64_t views = 0, carts = 0, purchases = 0; ///< rows read of each kind

    /// Reads everything in one REPEATABLE READ transaction through COPY. asOf: a timestamptz text or
    /// bare date (00:00 UTC), empty = the day after the newest order or event (00:00 UTC). Throws
    /// Error(InvalidArgument) for a bad as-of, no users or no products (nothing written);
    /// Error(Cancelled) when stopped. Progress is reported between from and to.
    static RecommendData read(JobContext& ctx, const std::string& asOf, double from, double to);
};

/// Splits a COPY text row into its fields, unescaping backslash sequences; a NULL (\N) becomes "".
void splitCopyRow(const std::string& line, std::vector<std::string>& fields);

} // namespace kestrel::core
