#pragma once

#include "analytics/elasticity.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// What `kestrel analyze elasticity` asks for.
struct PriceElasticityOptions {
    /// The first and last day (YYYY-MM-DD, UTC) of the sales to use; only whole ISO weeks (Monday
    /// to Sunday) inside them count. Empty: the first and last day with a paid order.
    std::string from, to;
    /// A product gets its own row when it sold in at least this many weeks (at two or more
    /// prices); 2 to 520.
    int minWeeks = 12;
};

/// One point of a row's price-demand chart (ml.price_elasticity.points): a week with its price and
/// units. Product rows: the product's price in effect that week. Category rows: a price index (1 =
/// the products' usual prices) and the category's units.
struct PricePoint {
    std::int64_t week = 0; ///< the Monday, days since 1970-01-01
    double price = 0;
    double quantity = 0;
};

/// One ml.price_elasticity row.
struct PriceElasticityRow {
    bool product = false; ///< level: false = category, true = product
    std::string category;
    std::int64_t productId = 0; ///< 0 for a category
    std::string productName;
    analytics::ElasticityEstimate estimate;
    std::vector<PricePoint> points;
    std::int64_t zeroSaleWeeks = 0; ///< whole weeks with a price in effect but no sales (left out)
};

/// What a run measured and wrote.
struct PriceElasticityReport {
    std::int64_t runId = 0;
    std::string from, to;                      ///< the weeks used: the first Monday and the last Sunday (dates)
    int weeks = 0;                             ///< whole weeks in the period
    std::int64_t productWeeks = 0;             ///< product-weeks with sales read
    std::int64_t fallbackPriceWeeks = 0;       ///< of those, without a crm.product_prices period: average paid price
    std::int64_t zeroSaleWeeks = 0;            ///< product-weeks on sale without sales (left out)
    std::int64_t freeWeeks = 0;                ///< product-weeks left out: no price period and nothing paid
    std::int64_t categories = 0, products = 0; ///< rows of each level
    std::int64_t reliableCategories = 0, reliableProducts = 0;
    double medianReliableCategory = analytics::kNoEstimate; ///< NaN when no category is reliable
    /// Every product of every category in one regression with product fixed effects: the shop-wide
    /// elasticity (in metrics only; ml.price_elasticity has no level for it).
    analytics::ElasticityEstimate pooled;
    std::map<std::string, std::int64_t> flags; ///< flag name → rows (both levels)
    std::vector<PriceElasticityRow> rows;      ///< categories (by name), then products (by category, id)
    int minWeeks = 12;
    double readSeconds = 0, fitSeconds = 0, writeSeconds = 0;
    std::int64_t durationMs = 0;
};

/// Price elasticity of demand per category and per product with enough data, into
/// ml.price_elasticity and one ml.model_runs row (model `elasticity`).
///
/// Sales are units of paid, shipped and delivered orders (crm.order_items ⋈ crm.orders) per product
/// and ISO week (Monday 00:00 UTC), aggregated in PostgreSQL and read through COPY. The price of a
/// product-week is the price in effect: the crm.product_prices periods overlapping the week,
/// weighted by the time each was in effect; where no period covers the week, the average price paid
/// (revenue ÷ units). analytics::estimateElasticity fits each category on all its products'
/// weeks with product fixed effects, and each product with at least minWeeks weeks of sales at two
/// or more prices on its own weeks. Weeks without sales are left out (log 0), see the kernel.
///
/// Everything is written in one transaction with the run's success: a cancel or an error leaves
/// the previous run as it was.
class ElasticityService {
public:
    /// Error(InvalidArgument) before anything is written: a bad option, a period without a whole
    /// week, no sales in the period. Error(Cancelled) when stopped.
    static PriceElasticityReport run(JobContext& ctx, const PriceElasticityOptions& options);

    /// The newest succeeded elasticity run, 0 when there is none.
    static std::int64_t newestRun(Database& db);

    /// The run's metrics as stored in ml.model_runs (see core/customers/README.md).
    static QJsonObject metricsJson(const PriceElasticityReport& report);
    /// A row as the CLI prints it with --json (without its points).
    static QJsonObject rowJson(const PriceElasticityRow& row);
    /// A row's chart points as stored: [{"period": "YYYY-MM-DD", "price": …, "quantity": …}].
    static std::string pointsJson(const std::vector<PricePoint>& points);
};

} // namespace kestrel::core
