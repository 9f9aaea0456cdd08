#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <pqxx/transaction>

class QJsonObject;

namespace kestrel::core {

class JobContext;

/// One bar of a value distribution: customers with lower <= LTV < upper.
struct LtvBucket {
    double lower = 0, upper = 0; ///< upper = +inf for the last, open-ended bucket
    std::int64_t customers = 0;
};

/// Historical LTV over one horizon: the revenue of each customer's first `months` months after the
/// first purchase, over the customers for whom that horizon has fully elapsed.
struct LtvHorizonSummary {
    int months = 0;             ///< 3, 6 or 12
    std::int64_t customers = 0; ///< whose horizon has fully elapsed (first_purchase + months <= asOf)
    std::int64_t excluded = 0;  ///< customers whose horizon has not elapsed yet
    /// Mean and percentiles (linear interpolation, as PostgreSQL's percentile_cont); NaN when customers == 0.
    double mean = 0, median = 0, p25 = 0, p75 = 0, p90 = 0, p95 = 0, p99 = 0;
    /// Share of this horizon's revenue from the top 10% of customers by this LTV (the ceil(n / 10)
    /// largest values); NaN when there are no customers or no revenue.
    double top10Share = 0;
    double total = 0; ///< sum of the horizon LTVs
    /// The value distribution: "nice" edges from 0 up to about the largest p99 of the three horizons,
    /// the last bucket open-ended; the same edges for all three horizons so they compare.
    std::vector<LtvBucket> buckets;
};

/// Acquisition cohorts by calendar month of the first purchase.
struct CohortTable {
    /// Acquisition months 'YYYY-MM' that have new customers, ascending (the latest 36 at most).
    std::vector<std::string> months;
    std::vector<std::int64_t> sizes; ///< new customers per month
    /// Columns 0..maxOffset: calendar months since the first purchase's month; maxOffset is the
    /// last offset the earliest cohort has fully reached (0 when none has).
    int maxOffset = 0;
    /// [cohort][offset] cumulative revenue of the cohort up to and including that month / cohort
    /// size; NaN where the offset month has not fully elapsed (its end is after asOf).
    std::vector<std::vector<double>> revenuePerCustomer;
    /// [cohort][offset] share of the cohort with a purchase in that calendar month; NaN where not
    /// elapsed; offset 0 is 1.0 once the cohort's month has ended.
    std::vector<std::vector<double>> retention;
};

/// LTV and acquisition cost of one acquisition channel (crm.users.acquisition_channel).
struct ChannelLtv {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::string channel;
    std::int64_t customers = 0;
    /// [offset] cumulative revenue per customer, pooled over the cohorts (acquisition months, all of
    /// them, not only the 36 of the cohort table) that have fully reached that offset, i.e. weighted
    /// by cohort size; ends before the first offset no cohort has reached.
    std::vector<double> curve;
    /// Mean horizon LTV of this channel's customers whose horizon elapsed (NaN when none).
    double ltv3 = kNaN, ltv6 = kNaN, ltv12 = kNaN;
    /// Total crm.channel_spend of this channel over the months that have spend rows and have ended
    /// by asOf (NaN: no spend known).
    double spend = kNaN;
    std::int64_t spendCustomers = 0; ///< new customers of this channel in those months
    double cac = kNaN;               ///< spend / spendCustomers (NaN without spend or customers)
    int paybackMonth = -1;           ///< first offset where curve >= cac (-1: not reached or no cac)
};

/// Everything the LTV page shows of the past.
struct LtvHistory {
    std::string asOf;                          ///< the cut used, "2026-05-02 00:00:00+00" (UTC)
    std::int64_t customers = 0;                ///< customers with a first purchase before asOf
    std::array<LtvHorizonSummary, 3> horizons; ///< 3, 6 and 12 months
    CohortTable cohorts;
    std::vector<ChannelLtv> channels; ///< every channel with customers, by customers descending
    double seconds = 0;
};

/// Historical LTV, cohorts and channel economics from crm.orders, crm.users and crm.channel_spend.
///
/// Revenue is crm.orders.total_amount of orders with status paid, shipped or delivered (refunded
/// and cancelled orders count as nothing). A customer is a user with such an order before asOf;
/// the first purchase is the earliest of them. Horizon N ends at first purchase + N calendar months
/// (UTC) and has elapsed when that end is at or before asOf; LTV_N is the revenue before that end.
class LtvHistoryBuilder {
public:
    /// Computes everything as of asOf (timestamptz text; a bare date "2026-05-01" is 00:00 UTC; empty
    /// = the end of the data: the day after the last order, 00:00 UTC), reading only orders before
    /// it. Writes ml.user_metrics.first_purchase_at and ltv_3m/ltv_6m/ltv_12m (NULL where the horizon
    /// has not elapsed) in the caller's transaction tx: rows of customers are upserted, and users
    /// that are no longer customers get those columns NULL. ltv_run_id is left to the caller.
    /// Throws Error(InvalidArgument) for a bad asOf or when no customer exists before it (nothing
    /// written), Error(Cancelled) when stopped (the caller's transaction must then roll back).
    static LtvHistory build(JobContext& ctx, pqxx::work& tx, const std::string& asOf);
};

/// The history as the JSON stored in ml.model_runs.metrics (keys in core/customers/README.md); NaN
/// becomes null.
QJsonObject ltvHistoryJson(const LtvHistory& history);

} // namespace kestrel::core
