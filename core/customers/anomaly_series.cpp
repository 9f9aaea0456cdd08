#include "customers/anomaly_series.h"

#include "common/civil_date.h"
#include "common/translate.h"

#include <QtCore/QCoreApplication>
#include <pqxx/pqxx>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace kestrel::core {
namespace {

constexpr double kNaN = analytics::AnomalyDay::kNaN;

// Bounds are UTC midnights of day numbers: [from, to + 1).
constexpr const char* kRange = "(DATE '1970-01-01' + $1::int)::timestamp AT TIME ZONE 'UTC'";
constexpr const char* kRangeEnd = "(DATE '1970-01-01' + $2::int + 1)::timestamp AT TIME ZONE 'UTC'";

std::string dayOf(const char* column)
{
    return std::string("((") + column + " AT TIME ZONE 'UTC')::date - DATE '1970-01-01')";
}

std::string revenueSql()
{
    return "SELECT " + dayOf("created_at") +
           ", sum(total_amount), sum(total_amount * total_amount) FROM crm.orders WHERE created_at >= " + kRange +
           " AND created_at < " + kRangeEnd + " AND status IN ('paid', 'shipped', 'delivered') GROUP BY 1";
}

std::string ordersSql()
{
    return "SELECT " + dayOf("created_at") + ", count(*) FROM crm.orders WHERE created_at >= " + kRange +
           " AND created_at < " + kRangeEnd + " AND status <> 'cancelled' GROUP BY 1";
}

std::string newUsersSql()
{
    return "SELECT " + dayOf("created_at") + ", count(*) FROM crm.users WHERE created_at >= " + kRange +
           " AND created_at < " + kRangeEnd + " GROUP BY 1";
}

std::string conversionSql()
{
    return "SELECT " + dayOf("occurred_at") +
           ", count(*) FILTER (WHERE event_type = 'session_start'), "
           "count(DISTINCT session_id) FILTER (WHERE event_type = 'purchase') FROM crm.events WHERE occurred_at >= " +
           kRange + " AND occurred_at < " + kRangeEnd + " AND event_type IN ('session_start', 'purchase') GROUP BY 1";
}

constexpr const char* kEventsSql = "SELECT day - DATE '1970-01-01', event_type, events, users FROM crm.events_daily "
                                   "WHERE day >= DATE '1970-01-01' + $1::int AND day <= DATE '1970-01-01' + $2::int "
                                   "AND ($3 = '' OR event_type = $3) ORDER BY event_type, day";

/// Every day from the first with a positive value (NaN-free) to toDay, absent days 0.
AnomalySeries denseSeries(AnomalyMetric metric, const std::map<std::int64_t, double>& byDay, std::int64_t toDay)
{
    AnomalySeries s;
    s.metric = metric;
    std::int64_t first = toDay + 1;
    for (const auto& [day, value] : byDay)
        if (value > 0) {
            first = day;
            break;
        }
    for (std::int64_t d = first; d <= toDay; ++d) {
        const auto it = byDay.find(d);
        s.days.push_back(d);
        s.values.push_back(it == byDay.end() ? 0.0 : it->second);
    }
    return s;
}

std::map<std::int64_t, double> sumsByDay(pqxx::transaction_base& tx, const std::string& sql, int from, int to)
{
    std::map<std::int64_t, double> out;
    for (const auto& row : tx.exec_params(sql, from, to))
        out[row[0].as<std::int64_t>()] = row[1].as<double>();
    return out;
}

} // namespace

const char* anomalyMetricKey(AnomalyMetric metric)
{
    switch (metric) {
    case AnomalyMetric::Revenue:
        return "revenue";
    case AnomalyMetric::Orders:
        return "orders";
    case AnomalyMetric::NewUsers:
        return "new_users";
    case AnomalyMetric::Conversion:
        return "conversion";
    case AnomalyMetric::Events:
        return "events";
    }
    return "revenue";
}

std::optional<AnomalyMetric> anomalyMetricFromKey(std::string_view key)
{
    for (const auto m : {AnomalyMetric::Revenue, AnomalyMetric::Orders, AnomalyMetric::NewUsers,
                         AnomalyMetric::Conversion, AnomalyMetric::Events})
        if (key == anomalyMetricKey(m))
            return m;
    return std::nullopt;
}

std::string anomalyMetricText(AnomalyMetric metric, const std::string& eventType)
{
    switch (metric) {
    case AnomalyMetric::Revenue:
        return trText("Anomalies", QT_TRANSLATE_NOOP("Anomalies", "Revenue"));
    case AnomalyMetric::Orders:
        return trText("Anomalies", QT_TRANSLATE_NOOP("Anomalies", "Orders"));
    case AnomalyMetric::NewUsers:
        return trText("Anomalies", QT_TRANSLATE_NOOP("Anomalies", "New users"));
    case AnomalyMetric::Conversion:
        return trText("Anomalies", QT_TRANSLATE_NOOP("Anomalies", "Conversion"));
    case AnomalyMetric::Events:
        return trArgs(QCoreApplication::translate("Anomalies", "Events: %1"), eventType);
    }
    return {};
}

analytics::AnomalyOptions anomalyKernelOptions(AnomalyMetric metric, double threshold, int weeks, double unit)
{
    analytics::AnomalyOptions o;
    o.threshold = threshold;
    o.weeks = weeks;
    o.minHistory = std::min(4, weeks);
    o.relativeFloor = 0.05;
    switch (metric) {
    case AnomalyMetric::Revenue:
        o.scale = analytics::AnomalyScale::Count;
        o.unit = unit > 0 ? unit : 1.0;
        break;
    case AnomalyMetric::Events:
        o.scale = analytics::AnomalyScale::Count;
        o.unit = unit > 0 ? unit : 1.0;
        break;
    case AnomalyMetric::Orders:
    case AnomalyMetric::NewUsers:
        o.scale = analytics::AnomalyScale::Count;
        break;
    case AnomalyMetric::Conversion:
        o.scale = analytics::AnomalyScale::Proportion;
        o.absoluteFloor = 0.005;
        break;
    }
    return o;
}

std::vector<AnomalySeries> readAnomalySeries(pqxx::transaction_base& tx, const AnomalySeriesRequest& r)
{
    std::vector<AnomalySeries> out;
    const auto from = static_cast<int>(r.fromDay);
    const auto to = static_cast<int>(r.toDay);
    const auto wanted = [&](AnomalyMetric m) { return !r.metric || *r.metric == m; };
    if (wanted(AnomalyMetric::Revenue)) {
        std::map<std::int64_t, double> byDay;
        double sum = 0, squares = 0;
        for (const auto& row : tx.exec_params(revenueSql(), from, to)) {
            const double amount = row[1].as<double>();
            byDay[row[0].as<std::int64_t>()] = amount;
            sum += amount;
            squares += row[2].as<double>();
        }
        AnomalySeries s = denseSeries(AnomalyMetric::Revenue, byDay, r.toDay);
        s.unit = sum > 0 && squares > 0 ? squares / sum : 1.0;
        out.push_back(std::move(s));
    }
    if (wanted(AnomalyMetric::Orders))
        out.push_back(denseSeries(AnomalyMetric::Orders, sumsByDay(tx, ordersSql(), from, to), r.toDay));
    if (wanted(AnomalyMetric::NewUsers))
        out.push_back(denseSeries(AnomalyMetric::NewUsers, sumsByDay(tx, newUsersSql(), from, to), r.toDay));
    if (wanted(AnomalyMetric::Conversion)) {
        std::map<std::int64_t, std::pair<double, double>> byDay;
        for (const auto& row : tx.exec_params(conversionSql(), from, to))
            byDay[row[0].as<std::int64_t>()] = {row[1].as<double>(), row[2].as<double>()};
        AnomalySeries s;
        s.metric = AnomalyMetric::Conversion;
        const auto first = std::find_if(byDay.begin(), byDay.end(), [](const auto& e) { return e.second.first > 0; });
        if (first != byDay.end())
            for (std::int64_t d = first->first; d <= r.toDay; ++d) {
                const auto it = byDay.find(d);
                const double sessions = it == byDay.end() ? 0.0 : it->second.first;
                const double buying = it == byDay.end() ? 0.0 : it->second.second;
                s.days.push_back(d);
                s.sessions.push_back(sessions);
                s.buyingSessions.push_back(buying);
                // A purchase logged without its session_start (imported data) must not make a share above 1.
                s.values.push_back(sessions >= r.minSessions && sessions > 0 ? std::min(1.0, buying / sessions) : kNaN);
            }
        out.push_back(std::move(s));
    }
    if (wanted(AnomalyMetric::Events)) {
        std::map<std::string, std::map<std::int64_t, double>> byType;
        std::map<std::string, std::pair<double, double>> totals; // events, user-days
        for (const auto& row : tx.exec_params(kEventsSql, from, to, r.eventType)) {
            const std::string type = row[1].as<std::string>();
            const double events = row[2].as<double>();
            byType[type][row[0].as<std::int64_t>()] = events;
            totals[type].first += events;
            totals[type].second += row[3].as<double>();
        }
        for (const auto& [type, byDay] : byType) {
            AnomalySeries s = denseSeries(AnomalyMetric::Events, byDay, r.toDay);
            s.eventType = type;
            const auto& [events, userDays] = totals[type];
            s.unit = userDays > 0 ? std::max(1.0, events / userDays) : 1.0;
            out.push_back(std::move(s));
        }
    }
    return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>> anomalyDataBounds(pqxx::transaction_base& tx)
{
    // Each bound from an index: orders_created_at_idx, users_created_at_idx, the events_daily key.
    const auto row = tx.exec1(
        "WITH b AS (SELECT (SELECT min(created_at) FROM crm.orders) AS o0, (SELECT max(created_at) FROM crm.orders) "
        "AS o1, (SELECT min(day) FROM crm.events_daily) AS e0, (SELECT max(day) FROM crm.events_daily) AS e1, "
        "(SELECT min(created_at) FROM crm.users) AS u0, (SELECT max(created_at) FROM crm.users) AS u1) "
        "SELECT coalesce(least((o0 AT TIME ZONE 'UTC')::date, e0), (u0 AT TIME ZONE 'UTC')::date) - DATE '1970-01-01', "
        "greatest((o1 AT TIME ZONE 'UTC')::date, e1, (u1 AT TIME ZONE 'UTC')::date) - DATE '1970-01-01' FROM b");
    if (row[0].is_null() || row[1].is_null())
        return std::nullopt;
    return std::make_pair(row[0].as<std::int64_t>(), row[1].as<std::int64_t>());
}

std::string isoDate(std::int64_t dayNumber)
{
    const civil::Date d = civil::civilFromDays(dayNumber);
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", static_cast<int>(d.year), d.month, d.day);
    return text;
}

std::optional<std::int64_t> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    if (parts[0] < 1900 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 ||
        parts[2] > civil::daysInMonth(parts[0], parts[1]))
        return std::nullopt;
    return civil::daysFromCivil(parts[0], parts[1], parts[2]);
}

} // namespace kestrel::core
