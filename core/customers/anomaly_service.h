#pragma once

#include "customers/anomaly_series.h"

#include <QtCore/QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// What `kestrel analyze anomalies` asks for.
struct AnomalyRunOptions {
    /// The days judged, "YYYY-MM-DD" (UTC), inclusive. Empty from = the first day with orders or events;
    /// empty to = the last day with data, but not today (UTC), which is not over yet. The period never
    /// reaches past the last day with data.
    std::string from, to;
    double threshold = 3.5; ///< |robust z-score| from which a day is anomalous, 1 to 50
    int weeks = 8;          ///< same-weekday days in the baseline, 4 to 52
    int minSessions = 20;   ///< conversion is judged on days with at least this many sessions
};

/// Per series of a run: how many days it had, judged and flagged.
struct AnomalySeriesSummary {
    AnomalyMetric metric = AnomalyMetric::Revenue;
    std::string eventType;
    std::int64_t days = 0;     ///< days of the period in the series
    std::int64_t verdicts = 0; ///< of them judged (enough history, a value)
    std::int64_t anomalies = 0, spikes = 0, drops = 0;
    std::int64_t low = 0, medium = 0, high = 0;
    double unit = 1.0; ///< revenue and events: the unit they were counted in (AnomalySeries::unit)
};

/// What a run found and wrote.
struct AnomalyReport {
    std::int64_t runId = 0;
    std::string from, to; ///< the days judged
    double threshold = 3.5;
    int weeks = 8;
    int minSessions = 20;
    std::vector<AnomalySeriesSummary> series;
    std::int64_t anomalies = 0;    ///< anomalous days found
    std::int64_t inserted = 0;     ///< of them new in ml.anomalies
    std::int64_t updated = 0;      ///< already there: numbers and run_id refreshed, review kept
    std::int64_t removed = 0;      ///< 'new' rows of the period that are no longer anomalous
    std::int64_t reviewedKept = 0; ///< reviewed rows of the period that are no longer anomalous (kept)
    double readSeconds = 0, detectSeconds = 0, writeSeconds = 0;
    std::int64_t durationMs = 0;
    std::vector<std::string> warnings; ///< translated
};

/// A row of ml.anomalies.
struct AnomalyRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0; ///< 0 when the run was deleted
    std::string metric, eventType, day;
    double value = 0, baseline = 0, lowerBound = 0, upperBound = 0, score = 0;
    std::string direction, severity, status; ///< spike|drop, low|medium|high, new|accepted|dismissed
    std::string reviewedBy, reviewedAt, note, detectedAt;
};

/// Which rows list() returns; empty fields do not filter.
struct AnomalyFilter {
    std::string status;    ///< new | accepted | dismissed
    std::string metric;    ///< revenue | orders | new_users | conversion | events
    std::string eventType; ///< with metric events
    std::string from, to;  ///< days, YYYY-MM-DD, inclusive
    int limit = 10000;
};

enum class AnomalyReview { Accept, Dismiss, Reset };

/// Anomalies in the daily business metrics (revenue, orders, new users, conversion, events by type;
/// see readAnomalySeries) against their weekday baseline (analytics::detectAnomalies with the metric's
/// floors, anomalyKernelOptions), stored in ml.anomalies, and their review.
///
/// A run (ml.model_runs model `anomalies`) judges the days of its period — the history before them is
/// read as well, back to the first day with orders or events — and writes in one transaction with its
/// success: every anomalous day is inserted, or updated when (metric, event type, day) is there
/// already: the numbers and run_id change, the review (status, reviewed_by, reviewed_at, note) never
/// does. Rows of the period still 'new' that are no longer anomalous are deleted; reviewed ones stay.
/// A cancel or an error leaves ml.anomalies as it was.
class AnomalyService {
public:
    /// Error(InvalidArgument) before anything is written: options out of range, a bad date, an empty
    /// database or period. Error(Cancelled) when stopped.
    static AnomalyReport run(JobContext& ctx, const AnomalyRunOptions& options);

    /// The run's metrics as stored in ml.model_runs (see core/customers/README.md).
    static QJsonObject metricsJson(const AnomalyReport& report);

    /// The rows matching the filter, newest day first (then metric, event type).
    static std::vector<AnomalyRecord> list(Database& db, const AnomalyFilter& filter);

    /// Accepts, dismisses or resets (back to 'new') the rows with these ids, in one transaction, as the
    /// database's current_user at now(); accept and dismiss set reviewed_by and reviewed_at, reset clears
    /// them. note: nullopt keeps the stored note, "" clears it, text replaces it. Each change is written
    /// to ops.audit_log. Error(InvalidArgument) naming an id that does not exist (nothing changes).
    static std::vector<AnomalyRecord> review(Database& db, const std::vector<std::int64_t>& ids, AnomalyReview action,
                                             const std::optional<std::string>& note);

    /// The newest succeeded anomaly run, 0 when there is none.
    static std::int64_t newestRun(Database& db);

    /// One metric's daily values from `fromDay` to `toDay` (UTC day numbers, inclusive) with the
    /// verdict of every day under the given threshold and look-back, history read from up to `weeks`
    /// weeks earlier: what a chart of an anomaly shows around its day. unit: the series' unit as the run
    /// stored it (0 = from the data read here). Empty when the metric has no data.
    struct Profile {
        AnomalySeries series;                    ///< the days from fromDay on
        std::vector<analytics::AnomalyDay> days; ///< aligned with series.days
    };
    static Profile profile(Database& db, AnomalyMetric metric, const std::string& eventType, std::int64_t fromDay,
                           std::int64_t toDay, double threshold, int weeks, int minSessions = 20, double unit = 0);
};

} // namespace kestrel::core
