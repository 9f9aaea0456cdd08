#pragma once

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One elasticity run (any status) as ml.model_runs holds it.
struct PricingRunInfo {
    std::int64_t runId = 0;
    QString status; ///< running, succeeded, failed, cancelled
    QDateTime startedAt;
    QDateTime finishedAt;
    std::int64_t durationMs = 0;
    QString error; ///< why a failed run failed
};

/// A succeeded run's params and metrics (keys: core/customers/README.md, "elasticity").
struct PricingRun {
    PricingRunInfo info;
    QString from, to; ///< the first Monday and the last Sunday used (YYYY-MM-DD)
    int weeks = 0;
    int minWeeks = 0;
    std::int64_t productWeeks = 0, zeroSaleWeeks = 0, fallbackPriceWeeks = 0;
    std::int64_t categories = 0, products = 0, reliableCategories = 0, reliableProducts = 0;
    std::optional<double> medianReliableCategory;
    std::map<QString, std::int64_t> flags; ///< flag → rows
};

/// A week of a row's price-demand chart.
struct PricingPoint {
    QDate period; ///< the week's Monday
    double price = 0;
    double quantity = 0;
};

/// One ml.price_elasticity row of the run shown.
struct PricingRow {
    bool product = false; ///< level
    QString category;
    std::int64_t productId = 0; ///< 0 for a category
    QString productName;
    std::optional<double> elasticity, stdError, ciLow, ciHigh, rSquared;
    std::int64_t observations = 0;
    int priceLevels = 0;
    bool reliable = false;
    QString flag; ///< empty when reliable
    std::vector<PricingPoint> points;
};

/// What the Pricing page shows, read at one moment.
struct PricingSnapshot {
    int generation = 0;
    std::optional<PricingRun> run;             ///< the newest succeeded run
    std::optional<PricingRunInfo> failedAfter; ///< the newest finished run, when it failed
    std::vector<PricingRow> rows;              ///< categories by name, then products by category and id
    double elapsedMs = 0;
};
using PricingSnapshotPtr = std::shared_ptr<const PricingSnapshot>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::PricingSnapshotPtr)
