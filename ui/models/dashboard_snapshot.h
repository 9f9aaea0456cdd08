#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// A closed range of UTC days [from, to].
struct DayRange {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
    /// The range of the same length that ends the day before this one starts.
    DayRange previous() const { return {from.addDays(-days()), from.addDays(-1)}; }
    /// The `count` days ending with `last`.
    static DayRange ending(QDate last, int count) { return {last.addDays(1 - count), last}; }
    friend bool operator==(const DayRange&, const DayRange&) = default;
};

/// One tile: the value for the period and for the previous one; empty when undefined (e.g. 0/0).
struct KpiValue {
    std::optional<double> current;
    std::optional<double> previous;

    /// (current - previous) / previous; empty when either is missing or previous is 0.
    std::optional<double> change() const;
};

/// A daily column aligned with DashboardSnapshot::days.
struct DailyColumn {
    QString key; ///< e.g. the event type as stored
    std::vector<double> values;
};

/// A stored anomaly (ml.anomalies) of a metric the dashboard charts, for its mark.
struct DashboardAnomaly {
    QString metric;    ///< revenue, new_users or events
    QString eventType; ///< events: which type
    QDate day;
    double value = 0, baseline = 0, score = 0;
    QString direction; ///< spike | drop
    QString status;    ///< new | accepted (dismissed ones are not marked)
};

/// Everything the dashboard shows, computed off the GUI thread and handed over immutable.
struct DashboardSnapshot {
    DayRange range;
    QDate latestDataDay; ///< the last day with any data; invalid for an empty database

    KpiValue users;          ///< users created on or before the period end
    KpiValue activeUsers30d; ///< distinct users with events in the 30 days ending at the period end
    KpiValue orders;         ///< completed orders (paid, shipped, delivered)
    KpiValue revenue;        ///< sum of total_amount of completed orders
    KpiValue averageOrder;   ///< revenue / completed orders
    KpiValue conversion;     ///< distinct buyers / distinct active users in the period (0..1)

    std::vector<QDate> days; ///< every day of the range, in order
    std::vector<double> revenuePerDay;
    std::vector<double> newUsersPerDay;
    std::vector<DailyColumn> eventsByType;   ///< one column per event type, ordered by total desc
    std::vector<DashboardAnomaly> anomalies; ///< of the charted metrics in the range, not dismissed
    std::int64_t anomaliesToReview = 0;      ///< every anomaly still new, any day or metric

    double elapsedMs = 0;
    /// False for the early snapshot sent while the distinct-user counts still run: then
    /// activeUsers30d and conversion are empty and a complete snapshot follows.
    bool complete = true;
    int generation = 0; ///< the load that produced it
};

using SnapshotPtr = std::shared_ptr<const DashboardSnapshot>;

} // namespace kestrel::ui
