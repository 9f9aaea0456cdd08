#pragma once

#include "analytics/anomalies.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace kestrel::core {

/// The daily business metrics checked for anomalies (ml.anomalies.metric).
enum class AnomalyMetric { Revenue, Orders, NewUsers, Conversion, Events };

/// "revenue", "orders", "new_users", "conversion", "events".
const char* anomalyMetricKey(AnomalyMetric metric);
std::optional<AnomalyMetric> anomalyMetricFromKey(std::string_view key);
/// The metric in words, in the reader's language ("Revenue", "Events: page_view" …).
std::string anomalyMetricText(AnomalyMetric metric, const std::string& eventType = {});

/// The kernel's options for a metric: the threshold and look-back asked for, how it is compared and
/// its floors. Orders, new users and events are counts (AnomalyScale::Count: their Poisson noise is the
/// least spread); revenue is a count too, of units of Σx²/Σx over its orders' amounts x (`unit`): a
/// day's revenue divided by that size-biased mean order value has a variance about equal to its mean,
/// as a Poisson count, whatever the spread of order values — one big order is not an anomaly on a
/// quiet day, a lost half of the orders of a busy one is. Events of a type come in bunches (one visit
/// has several page views), so they are counted in units of the mean events per user and day of that
/// type (Σevents / Σusers in crm.events_daily, at least 1). Conversion is a share of the day's sessions
/// (AnomalyScale::Proportion: binomial noise), at least half a percentage point. Every metric: at least
/// 5 % of its baseline.
analytics::AnomalyOptions anomalyKernelOptions(AnomalyMetric metric, double threshold, int weeks, double unit = 1.0);

/// One metric's daily values over a range of UTC days. Day numbers count from 1970-01-01; every day
/// from the metric's first day with a value > 0 in the range to the end of the range is listed (days
/// without orders, users or events are 0); conversion is NaN on days with too few sessions.
struct AnomalySeries {
    AnomalyMetric metric = AnomalyMetric::Revenue;
    std::string eventType; ///< events: which type; empty for the other metrics
    std::vector<std::int64_t> days;
    std::vector<double> values;
    /// Conversion only, per day: sessions (session_start events) and sessions with a purchase event.
    std::vector<double> sessions, buyingSessions;
    /// What one "event" of the Count scale is: revenue, Σx²/Σx of the amounts x of the revenue orders
    /// read (1 when there are none); events, the mean events per user and day of the type (≥ 1); else 1.
    double unit = 1.0;
};

/// What to read.
struct AnomalySeriesRequest {
    std::int64_t fromDay = 0, toDay = 0; ///< inclusive, UTC day numbers
    int minSessions = 20;                ///< conversion: fewer sessions on a day = no value that day
    std::optional<AnomalyMetric> metric; ///< one metric only; empty = all
    std::string eventType;               ///< with metric Events: that type only; empty = every type
};

/// Reads the series with one aggregate statement per metric, summed in the database by UTC day:
/// - revenue: total_amount of paid, shipped and delivered orders (crm.orders.created_at);
/// - orders: orders of every status but cancelled;
/// - new users: crm.users by created_at;
/// - conversion: sessions with a purchase event / sessions (session_start events) that day, from
///   crm.events (a session is counted on the day of each of its events);
/// - events: crm.events_daily per event type — the roll-up that generate, every import and every
///   rollback keep current; rows written to crm.events by plain SQL need crm.refresh_events_daily.
std::vector<AnomalySeries> readAnomalySeries(pqxx::transaction_base& tx, const AnomalySeriesRequest& request);

/// The first and last UTC day numbers with data: orders or events (users when there are neither),
/// the last also counting new users; nullopt for an empty database.
std::optional<std::pair<std::int64_t, std::int64_t>> anomalyDataBounds(pqxx::transaction_base& tx);

/// "YYYY-MM-DD" of a day number, and back (nullopt unless a real date in that form).
std::string isoDate(std::int64_t dayNumber);
std::optional<std::int64_t> parseIsoDate(std::string_view text);

} // namespace kestrel::core
