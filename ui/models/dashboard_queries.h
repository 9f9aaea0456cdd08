#pragma once

#include "models/dashboard_snapshot.h"

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <map>
#include <vector>

namespace kestrel::ui {

/// The dashboard's SQL, in one place. Every statement is parameterised, buckets by UTC day and is
/// shaped for an index: users_created_at_idx, orders_created_at_idx (INCLUDE status, total_amount,
/// user_id), events_occurred_user_idx and the crm.events_daily roll-up. Runs on the calling
/// thread's connection; throws core::Error(Sql) with the statement in where().
class DashboardQueries {
public:
    struct UserCounts {
        qint64 total = 0;         ///< created before the period end
        qint64 totalPrevious = 0; ///< created before the previous period end
        std::map<QDate, double> newPerDay;
    };
    struct OrderCounts {
        std::map<QDate, double> ordersPerDay; ///< completed orders, current and previous period
        std::map<QDate, double> revenuePerDay;
        qint64 buyers = 0; ///< distinct users with a completed order in the period
        qint64 buyersPrevious = 0;
    };
    struct EventRow {
        QDate day;
        QString type;
        double events = 0;
    };

    explicit DashboardQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The last UTC day with users, orders or events; invalid when the database is empty.
    QDate latestDataDay();
    UserCounts users(const DayRange& range);
    /// Daily completed orders and revenue over the previous period and the period, plus buyers.
    OrderCounts orders(const DayRange& range);
    /// Distinct users with any event in the closed day range.
    qint64 activeUsers(const DayRange& days);
    std::vector<EventRow> eventsByType(const DayRange& range);
    /// Anomalies of revenue, new users and events in the range that were not dismissed.
    std::vector<DashboardAnomaly> anomalies(const DayRange& range);
    /// Anomalies still to review (status new), of any day and metric.
    qint64 anomaliesToReview();

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
