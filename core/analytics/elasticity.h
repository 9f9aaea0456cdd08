#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kestrel::core::analytics {

/// One product-week: units sold and the price in effect that week.
struct ElasticityObservation {
    std::int64_t group = 0; ///< the product (its fixed effect); any integer
    std::int64_t week = 0;  ///< the week's Monday, days since 1970-01-01 (UTC)
    double price = 0;       ///< > 0
    double quantity = 0;    ///< units sold, ≥ 0; 0 = no sales that week (left out, see estimateElasticity)
};

/// Why an estimate should not be used, in the order they are checked (the first that applies is the
/// row's flag). The names are ml.price_elasticity.flag's values.
enum class ElasticityFlag {
    FewObservations,      ///< fewer product-weeks or weeks than the options ask for
    LittlePriceVariation, ///< too few price levels, or log price hardly moves within products
    WideInterval,         ///< the confidence interval is wider than the options allow
    PositiveSlope,        ///< demand rises with price, the interval above 0: a confounded estimate
    PoorFit,              ///< the within R² is below the options' minimum
};
/// "few_observations", "little_price_variation", "wide_interval", "positive_slope", "poor_fit".
std::string_view elasticityFlagName(ElasticityFlag flag);

/// The seasonal controls a fit used; besides them a linear trend (see estimateElasticity).
enum class SeasonalControls {
    None,         ///< less than 26 weeks of data, or controls switched off
    Fourier,      ///< 26 to 51 weeks: one annual sine/cosine pair of the day of the year
    MonthDummies, ///< a year or more: a dummy per month of the year (one left out)
};
/// "none", "fourier", "month_dummies".
std::string_view seasonalControlsName(SeasonalControls controls);

struct ElasticityOptions {
    /// false: plain log-log (no trend, no seasonality) — for tests and hand checks.
    bool controls = true;
    double confidence = 0.95; ///< of the interval, 0.5 to 0.999

    // Reliability thresholds (the flags above).
    int minObservations = 30;    ///< product-weeks used
    int minWeeks = 8;            ///< distinct weeks
    int minPriceLevels = 3;      ///< distinct prices within products (see ElasticityEstimate::priceLevels)
    double minLogPriceSd = 0.02; ///< within-product standard deviation of log price
    double maxIntervalWidth = 2.0;
    double minRSquared = 0.05; ///< within R²
};

constexpr double kNoEstimate = std::numeric_limits<double>::quiet_NaN();

/// A log-log demand regression: log(units) on log(price), product fixed effects, a trend and
/// seasonal controls. NaN where a value cannot be computed (no price variation, no degrees of
/// freedom left); reliable() is then false.
struct ElasticityEstimate {
    double elasticity = kNoEstimate; ///< the slope on log price: % change of units per 1 % of price
    double stdError = kNoEstimate;   ///< heteroskedasticity-robust (HC1)
    double ciLow = kNoEstimate, ciHigh = kNoEstimate;
    double rSquared = kNoEstimate;  ///< within R²: the share of log units' variation inside products explained
    double tQuantile = kNoEstimate; ///< Student t quantile used for the interval
    /// ln(units) = intercept + elasticity · ln(price) at the sample's mean controls: the fitted line
    /// through the centroid of the rows used (mean log price, mean log units).
    double meanLogPrice = kNoEstimate, meanLogQuantity = kNoEstimate;
    std::int64_t observations = 0; ///< product-weeks used: positive sales, products with ≥ 2 such weeks
    std::int64_t zeroWeeks = 0;    ///< input rows left out for zero sales
    std::int64_t singletons = 0;   ///< rows left out: a product's only week (nothing to compare within it)
    int groups = 0;                ///< products used
    int weeks = 0;                 ///< distinct weeks used
    int spanWeeks = 0;             ///< from the first week used to the last, inclusive
    /// Distinct prices within products: Σ over products (its distinct prices − 1) + 1, so one product
    /// counts its own levels and products whose price never changed add nothing.
    int priceLevels = 0;
    double logPriceSd = 0;    ///< within-product standard deviation of log price
    int degreesOfFreedom = 0; ///< observations − products − slopes (price, trend, seasonal terms)
    SeasonalControls seasonal = SeasonalControls::None;
    bool trend = false;
    int controlColumns = 0;             ///< trend and seasonal columns kept (collinear ones are dropped)
    std::optional<ElasticityFlag> flag; ///< the first that applies
    std::vector<ElasticityFlag> flags;  ///< every one that applies, in order
    std::vector<KernelWarning> warnings;

    bool reliable() const { return !flag.has_value(); }
};

/// Price elasticity of demand from product-weeks by ordinary least squares:
///   ln q_jt = α_j + ε · ln p_jt + τ · t + seasonal(t) + u_jt
/// with a fixed effect α_j per product (the within transformation: every column is demeaned within
/// its product, so products' different base demand does not pass for a price response; one product
/// is an ordinary regression with an intercept), a linear trend t in years (from 4 distinct weeks
/// on) and seasonal controls by the span of the data: month-of-year dummies (the month of the week's
/// Thursday) from 52 weeks on, one annual Fourier pair sin/cos(2π · day of year / 365.25) from 26
/// weeks, none below. Controls that are constant or collinear with those before them are dropped.
///
/// Weeks with zero sales are left out (log 0 does not exist) and counted in zeroWeeks: the estimate
/// describes weeks with sales and, for products that often sell nothing, is biased towards 0 (a
/// high price's empty weeks are not seen). A product's only week says nothing within it and is left
/// out too (singletons).
///
/// The standard error is White's heteroskedasticity-robust estimator with the HC1 small-sample
/// factor n / (n − products − slopes): weekly log units are far noisier for a product selling 2
/// units a week than for one selling 200, and noisier at high prices (fewer units), so the classic
/// constant-variance formula would understate the uncertainty of exactly the thin series. The
/// interval is ε ± t(1 − (1 − confidence)/2, df) · SE with Student's t.
///
/// Never throws for thin or degenerate data (no row, one row, one price): the estimate then carries
/// NaN where nothing can be computed and the flag that says why. Throws Error(InvalidArgument) for
/// a price that is not a positive number or a quantity that is negative or not finite (naming the
/// 0-based row) and bad options; Error(Cancelled) when stopped.
ElasticityEstimate estimateElasticity(std::span<const ElasticityObservation> rows,
                                      const ElasticityOptions& options = {}, const KernelControl& control = {});

} // namespace kestrel::core::analytics
