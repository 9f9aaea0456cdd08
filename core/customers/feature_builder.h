#pragma once

#include "customers/customer_features.h"

#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

/// Builds per-user features from crm.* for an as-of moment: orders and events strictly before it,
/// users who signed up before it. The aggregation runs in PostgreSQL (one statement); its rows are
/// read through a server-side cursor in batches straight into the matrix, so client memory is the
/// matrix plus one batch.
///
/// Definitions (days are fractional, 86,400 s):
/// - frequency, monetary: orders with status paid, shipped or delivered (refunded and cancelled
///   orders bring no revenue, so monetary is revenue net of refunds); recency_days since the last
///   such order; avg_basket = monetary / frequency; days_between_orders = (last − first) / (n − 1);
///   category_spread = distinct product categories in those orders.
/// - tenure_days since signup; sessions_7d/30d/90d = sessions started in the window (session_start
///   events: counting them keeps the event scan to one single-level aggregate, which a distinct
///   over session ids would not);
///   events_30d_<type> per event type; activity_trend = (events in the last 30 days + 1) /
///   (events in the 30 days before + 1), so 1 is flat and it stays finite; bot_commands_30d;
///   days_since_last_event (any event type; NaN when none in the 90 days, i.e. "longer");
///   active_days = UTC days with any event up to the last whole day before the cut (from the
///   crm.user_activity_monthly roll-up, so the whole history costs one small row per user and
///   month) and active_day_share = active_days / tenure_days (tenure floored at one day).
class FeatureBuilder {
public:
    /// asOf: PostgreSQL timestamptz text ("2026-05-01 12:00+00"); a bare date "2026-05-01" is that
    /// day's 00:00 UTC (data strictly before it); empty = now().
    /// batchRows: rows per FETCH. Throws Error(InvalidArgument) on a bad as-of, Error(Cancelled)
    /// when stopped (between batches; a running statement is cancelled by the job runner).
    static CustomerFeatures build(JobContext& ctx, const std::string& asOf = {}, int batchRows = 20000);

    /// The column names in matrix order.
    static const std::vector<std::string>& featureNames();
};

} // namespace kestrel::core
