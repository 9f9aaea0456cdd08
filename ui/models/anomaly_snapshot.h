#pragma once

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// A row of ml.anomalies, with the settings of the run that last judged it (for its chart).
struct AnomalyRow {
    std::int64_t id = 0;
    std::int64_t runId = 0; ///< 0 when that run was deleted
    QString metric;         ///< revenue, orders, new_users, conversion, events
    QString eventType;      ///< events: which type; else empty
    QDate day;
    double value = 0, baseline = 0, lowerBound = 0, upperBound = 0, score = 0;
    QString direction; ///< spike | drop
    QString severity;  ///< low | medium | high
    QString status;    ///< new | accepted | dismissed
    QString reviewedBy;
    QDateTime reviewedAt; ///< invalid while new
    QString note;
    QDateTime detectedAt;
    // The judging run's settings (defaults when the run is gone).
    double threshold = 3.5;
    int weeks = 8;
    int minSessions = 20;
    double unit = 0; ///< the series' unit as the run counted it; 0 = unknown

    /// (value − baseline) / baseline; NaN for a baseline of 0.
    double deviation() const
    {
        return baseline != 0 ? (value - baseline) / baseline : std::numeric_limits<double>::quiet_NaN();
    }
};

/// An anomaly run as ml.model_runs has it.
struct AnomalyRunInfo {
    std::int64_t runId = 0;
    QString status; ///< succeeded | failed
    QDateTime startedAt, finishedAt;
    QString error;
    QDate from, to; ///< the days it judged
    double threshold = 3.5;
    int weeks = 8;
    std::int64_t anomalies = 0, inserted = 0, updated = 0, removed = 0;
};

/// What the list shows: empty fields do not filter; days = the last N days of the newest run's
/// period (0 = all days).
struct AnomalyFilter {
    QString status;
    QString metric;
    QString eventType;
    int days = 0;
    friend bool operator==(const AnomalyFilter&, const AnomalyFilter&) = default;
};

/// Everything the Anomalies page shows, read off the GUI thread and handed over immutable.
struct AnomaliesSnapshot {
    std::optional<AnomalyRunInfo> run;         ///< the newest succeeded run
    std::optional<AnomalyRunInfo> failedAfter; ///< a newer run that failed
    AnomalyFilter filter;                      ///< as applied
    QDate from, to;                            ///< the filter's days (invalid = open)
    std::vector<AnomalyRow> rows;              ///< matching the filter, newest day first
    bool truncated = false;                    ///< more rows matched than were read
    std::vector<QString> eventTypes;           ///< event types that have anomalies, for the filter
    std::int64_t total = 0, toReview = 0;      ///< all rows; rows still new
    int generation = 0;
    double elapsedMs = 0;
};
using AnomaliesSnapshotPtr = std::shared_ptr<const AnomaliesSnapshot>;

/// A stored anomaly drawn on a chart.
struct AnomalyMark {
    std::int64_t id = 0;
    QDate day;
    double value = 0, baseline = 0, score = 0;
    QString direction, status;
};

/// One anomaly's metric around its day: the daily values, the band of every day with a verdict
/// (NaN without one) under the judging run's settings, and the stored anomalies of that metric in
/// the window.
struct AnomalyProfile {
    std::int64_t anomalyId = 0;
    QString metric, eventType;
    std::vector<QDate> days;
    std::vector<double> values, lower, upper;
    std::vector<AnomalyMark> marks;
    int generation = 0;
};
using AnomalyProfilePtr = std::shared_ptr<const AnomalyProfile>;

} // namespace kestrel::ui
