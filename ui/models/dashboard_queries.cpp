#include "models/dashboard_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <initializer_list>

namespace kestrel::ui {
namespace {

// Timestamps are compared against UTC midnights; dates are bound as ISO text and cast by the
// server so the comparison stays on the timestamptz index column.
constexpr const char* kLatestDay = R"(
SELECT GREATEST(
    (SELECT max(day) FROM crm.events_daily),
    (SELECT CAST(max(created_at) AT TIME ZONE 'UTC' AS date) FROM crm.orders),
    (SELECT CAST(max(created_at) AT TIME ZONE 'UTC' AS date) FROM crm.users)))";

constexpr const char* kUserTotals = R"(
SELECT count(*) FILTER (WHERE created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC'),
       count(*)
  FROM crm.users
 WHERE created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC')";

constexpr const char* kNewUsers = R"(
SELECT CAST(created_at AT TIME ZONE 'UTC' AS date), count(*)
  FROM crm.users
 WHERE created_at >= CAST(? AS timestamp) AT TIME ZONE 'UTC'
   AND created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC'
 GROUP BY 1)";

constexpr const char* kOrdersDaily = R"(
SELECT CAST(created_at AT TIME ZONE 'UTC' AS date), count(*), sum(total_amount)
  FROM crm.orders
 WHERE created_at >= CAST(? AS timestamp) AT TIME ZONE 'UTC'
   AND created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC'
   AND status IN ('paid', 'shipped', 'delivered')
 GROUP BY 1)";

constexpr const char* kBuyers = R"(
SELECT count(DISTINCT user_id) FILTER (WHERE created_at >= CAST(? AS timestamp) AT TIME ZONE 'UTC'),
       count(DISTINCT user_id) FILTER (WHERE created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC')
  FROM crm.orders
 WHERE created_at >= CAST(? AS timestamp) AT TIME ZONE 'UTC'
   AND created_at < CAST(? AS timestamp) AT TIME ZONE 'UTC'
   AND status IN ('paid', 'shipped', 'delivered'))";

// crm.active_users reads the per-user monthly activity roll-up (migration 0002), one small row
// per user and month, instead of a distinct over every event of the window.
constexpr const char* kActiveUsers = "SELECT crm.active_users(CAST(? AS date), CAST(? AS date))";

constexpr const char* kEventsByType = R"(
SELECT day, event_type, events
  FROM crm.events_daily
 WHERE day >= CAST(? AS date) AND day <= CAST(? AS date)
 ORDER BY day, event_type)";

// ml.anomalies_day_idx; the dashboard charts revenue, new users and events, not orders or conversion.
constexpr const char* kAnomalies = R"(
SELECT metric, event_type, day, value, baseline, score, direction, status
  FROM ml.anomalies
 WHERE day >= CAST(? AS date) AND day <= CAST(? AS date)
   AND status <> 'dismissed' AND metric IN ('revenue', 'new_users', 'events')
 ORDER BY day, metric, event_type)";

constexpr const char* kAnomaliesToReview = "SELECT count(*) FROM ml.anomalies WHERE status = 'new'";

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QSqlQuery run(QSqlDatabase& db, const char* sql, std::initializer_list<QString> args)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString text = QString::fromUtf8(sql);
    bool ok = q.prepare(text);
    if (ok) {
        for (const QString& a : args)
            q.addBindValue(a);
        ok = q.exec();
    }
    if (!ok) {
        const QSqlError err = q.lastError();
        core::logging::get("ui")->debug("dashboard query failed: {} | {}", err.text().toStdString(),
                                        text.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), text.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), text.simplified().toStdString());
    return q;
}

} // namespace

QDate DashboardQueries::latestDataDay()
{
    QSqlQuery q = run(m_db, kLatestDay, {});
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toDate();
    return {};
}

DashboardQueries::UserCounts DashboardQueries::users(const DayRange& range)
{
    UserCounts out;
    const QString end = iso(range.to.addDays(1));
    const QString prevEnd = iso(range.from);
    {
        QSqlQuery q = run(m_db, kUserTotals, {prevEnd, end});
        if (q.next()) {
            out.totalPrevious = q.value(0).toLongLong();
            out.total = q.value(1).toLongLong();
        }
    }
    QSqlQuery q = run(m_db, kNewUsers, {iso(range.from), end});
    while (q.next())
        out.newPerDay[q.value(0).toDate()] = q.value(1).toDouble();
    return out;
}

DashboardQueries::OrderCounts DashboardQueries::orders(const DayRange& range)
{
    OrderCounts out;
    const QString start = iso(range.previous().from);
    const QString from = iso(range.from);
    const QString end = iso(range.to.addDays(1));
    {
        QSqlQuery q = run(m_db, kOrdersDaily, {start, end});
        while (q.next()) {
            const QDate day = q.value(0).toDate();
            out.ordersPerDay[day] = q.value(1).toDouble();
            out.revenuePerDay[day] = q.value(2).toDouble();
        }
    }
    QSqlQuery q = run(m_db, kBuyers, {from, from, start, end});
    if (q.next()) {
        out.buyers = q.value(0).toLongLong();
        out.buyersPrevious = q.value(1).toLongLong();
    }
    return out;
}

qint64 DashboardQueries::activeUsers(const DayRange& days)
{
    QSqlQuery q = run(m_db, kActiveUsers, {iso(days.from), iso(days.to)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::vector<DashboardQueries::EventRow> DashboardQueries::eventsByType(const DayRange& range)
{
    std::vector<EventRow> rows;
    QSqlQuery q = run(m_db, kEventsByType, {iso(range.from), iso(range.to)});
    while (q.next())
        rows.push_back({q.value(0).toDate(), q.value(1).toString(), q.value(2).toDouble()});
    return rows;
}

} // namespace kestrel::ui

namespace kestrel::ui {

std::vector<DashboardAnomaly> DashboardQueries::anomalies(const DayRange& range)
{
    std::vector<DashboardAnomaly> out;
    QSqlQuery q = run(m_db, kAnomalies, {iso(range.from), iso(range.to)});
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toDate(), q.value(3).toDouble(),
                       q.value(4).toDouble(), q.value(5).toDouble(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

qint64 DashboardQueries::anomaliesToReview()
{
    QSqlQuery q = run(m_db, kAnomaliesToReview, {});
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace kestrel::ui
