#include "models/dashboard_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/dashboard_queries.h"
#include "models/sql_connection.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <map>
#include <mutex>
#include <utility>

namespace kestrel::ui {
namespace {

using Window = std::pair<QDate, QDate>;

Window key(const DayRange& r)
{
    return {r.from, r.to};
}

// Runs fn on this thread's connection; a connection that died under us (server restart, killed
// backend) is re-opened once and the work repeated, since it only reads.
void withDatabase(const core::ConnectionParams& params, QueryCanceller& canceller, int generation,
                  const std::function<void(DashboardQueries&)>& fn)
{
    for (int attempt = 0;; ++attempt) {
        QSqlDatabase db = SqlConnection::forThisThread(params);
        const int token = canceller.enter(generation, db);
        try {
            DashboardQueries queries(db);
            fn(queries);
            canceller.leave(token);
            return;
        } catch (const core::Error&) {
            canceller.leave(token);
            if (attempt > 0 || SqlConnection::isAlive(db))
                throw;
            db = QSqlDatabase();
            SqlConnection::resetThisThread();
            core::logging::get("ui")->info("dashboard connection was lost; reconnecting");
        }
    }
}

double sumOver(const std::map<QDate, double>& perDay, const DayRange& range)
{
    double total = 0;
    for (auto it = perDay.lower_bound(range.from); it != perDay.end() && it->first <= range.to; ++it)
        total += it->second;
    return total;
}

std::vector<double> column(const std::map<QDate, double>& perDay, const std::vector<QDate>& days)
{
    std::vector<double> out;
    out.reserve(days.size());
    for (const QDate& d : days) {
        auto it = perDay.find(d);
        out.push_back(it == perDay.end() ? 0.0 : it->second);
    }
    return out;
}

std::optional<double> ratio(double num, double den)
{
    if (den == 0.0)
        return std::nullopt;
    return num / den;
}

} // namespace

struct DashboardModel::Batch {
    int generation = 0;
    core::ConnectionParams params;
    std::optional<DayRange> requested;
    int defaultDays = 30;
    QElapsedTimer timer;

    DayRange range;
    QDate latest;

    std::mutex mutex; // guards everything below
    int pending = 0;
    int lightPending = 0;
    DashboardQueries::UserCounts users;
    DashboardQueries::OrderCounts orders;
    std::map<Window, qint64> active;
    std::vector<DashboardQueries::EventRow> events;
    std::vector<DashboardAnomaly> anomalies;
    std::int64_t anomaliesToReview = 0;
    bool failed = false;
    QString errorMessage;
    QString errorDetails;

    /// Builds what is known so far; call with the mutex held.
    SnapshotPtr snapshot(bool complete) const;

    void fail(const core::Error& e)
    {
        std::lock_guard lock(mutex);
        if (failed)
            return;
        failed = true;
        const bool connection =
            e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
        const QString what = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
        errorMessage =
            connection
                ? QCoreApplication::translate("kestrel::ui::DashboardModel", "The database cannot be reached: %1")
                      .arg(what)
                : QCoreApplication::translate("kestrel::ui::DashboardModel", "The dashboard could not be loaded: %1")
                      .arg(what);
        errorDetails = QString::fromStdString(e.where());
        core::logging::get("ui")->error("dashboard load failed: {} | {}", e.what(), e.where());
    }
};

DashboardModel::DashboardModel(QObject* parent) : QObject(parent)
{
    // Two light tasks and two distinct-user counts start at once; the work itself runs in the
    // server's backends, so this is about overlapping round trips, not local CPU.
    m_pool.setMaxThreadCount(4);
}

DashboardModel::~DashboardModel()
{
    ++m_generation; // running tasks skip what is left
    m_pool.clear();
    m_canceller.cancelAllNow();
    m_pool.waitForDone();
}

void DashboardModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
}

int DashboardModel::load(std::optional<DayRange> range, int defaultDays)
{
    const int generation = ++m_generation;
    m_canceller.cancelBefore(generation);
    m_loading = true;
    auto batch = std::make_shared<Batch>();
    batch->generation = generation;
    batch->params = m_params;
    batch->requested = range;
    batch->defaultDays = std::max(1, defaultDays);
    batch->timer.start();
    m_pool.start([this, batch] {
        if (batch->generation != m_generation.load())
            return;
        try {
            withDatabase(batch->params, m_canceller, batch->generation,
                         [&](DashboardQueries& q) { batch->latest = q.latestDataDay(); });
        } catch (const core::Error& e) {
            if (batch->generation != m_generation.load())
                return;
            batch->fail(e);
            deliverError(batch->generation, batch->errorMessage, batch->errorDetails);
            return;
        }
        if (batch->requested) {
            batch->range = *batch->requested;
        } else {
            const QDate today = QDate::currentDate();
            const QDate last = batch->latest.isValid() ? std::min(batch->latest, today) : today;
            batch->range = DayRange::ending(last, batch->defaultDays);
        }
        fanOut(batch);
    });
    return generation;
}

void DashboardModel::fanOut(const std::shared_ptr<Batch>& batch)
{
    const DayRange range = batch->range;
    // Distinct-user windows: 30 days ending at the period end and the 30 before (active users),
    // the period and the previous period (conversion). A 30-day period shares them.
    std::vector<DayRange> windows;
    for (const DayRange& w :
         {DayRange::ending(range.to, 30), DayRange::ending(range.to.addDays(-30), 30), range, range.previous()}) {
        if (std::find(windows.begin(), windows.end(), w) == windows.end())
            windows.push_back(w);
    }
    // Light tasks are queued first and their results are sent as an early snapshot (see
    // finishTask); the distinct-user counts follow, two of them side by side.
    std::vector<std::pair<bool, std::function<void(DashboardQueries&)>>> tasks;
    tasks.emplace_back(true, [batch, range](DashboardQueries& q) {
        auto orders = q.orders(range);
        std::lock_guard lock(batch->mutex);
        batch->orders = std::move(orders);
    });
    tasks.emplace_back(true, [batch, range](DashboardQueries& q) {
        auto users = q.users(range);
        auto events = q.eventsByType(range);
        auto anomalies = q.anomalies(range);
        const qint64 toReview = q.anomaliesToReview();
        std::lock_guard lock(batch->mutex);
        batch->users = std::move(users);
        batch->events = std::move(events);
        batch->anomalies = std::move(anomalies);
        batch->anomaliesToReview = toReview;
    });
    for (const DayRange& w : windows) {
        tasks.emplace_back(false, [batch, w](DashboardQueries& q) {
            const qint64 n = q.activeUsers(w);
            std::lock_guard lock(batch->mutex);
            batch->active[key(w)] = n;
        });
    }
    {
        std::lock_guard lock(batch->mutex);
        batch->pending = static_cast<int>(tasks.size());
        batch->lightPending = 2;
    }
    for (auto& [light, task] : tasks) {
        m_pool.start([this, batch, light = light, task = std::move(task)] {
            if (batch->generation == m_generation.load()) {
                try {
                    withDatabase(batch->params, m_canceller, batch->generation, task);
                } catch (const core::Error& e) {
                    if (batch->generation == m_generation.load()) // a cancelled stale load is no error
                        batch->fail(e);
                }
            }
            finishTask(batch, light);
        });
    }
}

void DashboardModel::finishTask(const std::shared_ptr<Batch>& batch, bool light)
{
    std::lock_guard lock(batch->mutex);
    const bool last = --batch->pending == 0;
    const bool lightDone = light && --batch->lightPending == 0;
    if (batch->generation != m_generation.load())
        return;
    if (batch->failed) {
        if (last)
            deliverError(batch->generation, batch->errorMessage, batch->errorDetails);
        return;
    }
    if (!last && !lightDone)
        return;
    // Posted under the mutex, so an early snapshot always reaches the GUI thread before the
    // complete one of the same load.
    SnapshotPtr result = batch->snapshot(last);
    if (last)
        core::logging::get("ui")->info("dashboard {}..{} loaded in {:.0f} ms",
                                       result->range.from.toString(Qt::ISODate).toStdString(),
                                       result->range.to.toString(Qt::ISODate).toStdString(), result->elapsedMs);
    QMetaObject::invokeMethod(
        this, [this, generation = batch->generation, result] { deliver(generation, result); }, Qt::QueuedConnection);
}

SnapshotPtr DashboardModel::Batch::snapshot(bool complete) const
{
    auto snap = std::make_shared<DashboardSnapshot>();
    const DayRange prev = range.previous();
    snap->range = range;
    snap->latestDataDay = latest;
    snap->complete = complete;
    snap->generation = generation;
    for (QDate d = range.from; d <= range.to; d = d.addDays(1))
        snap->days.push_back(d);

    const double ordersNow = sumOver(orders.ordersPerDay, range), ordersPrev = sumOver(orders.ordersPerDay, prev);
    const double revenueNow = sumOver(orders.revenuePerDay, range), revenuePrev = sumOver(orders.revenuePerDay, prev);
    const auto activeIn = [&](const DayRange& w) -> std::optional<double> {
        auto it = active.find(key(w));
        if (it == active.end())
            return std::nullopt;
        return static_cast<double>(it->second);
    };
    const auto divide = [](std::optional<double> num, std::optional<double> den) -> std::optional<double> {
        return num && den ? ratio(*num, *den) : std::nullopt;
    };

    snap->users = {static_cast<double>(users.total), static_cast<double>(users.totalPrevious)};
    snap->orders = {ordersNow, ordersPrev};
    snap->revenue = {revenueNow, revenuePrev};
    snap->averageOrder = {ratio(revenueNow, ordersNow), ratio(revenuePrev, ordersPrev)};
    if (complete) {
        snap->activeUsers30d = {activeIn(DayRange::ending(range.to, 30)),
                                activeIn(DayRange::ending(range.to.addDays(-30), 30))};
        snap->conversion = {divide(static_cast<double>(orders.buyers), activeIn(range)),
                            divide(static_cast<double>(orders.buyersPrevious), activeIn(prev))};
    }

    snap->revenuePerDay = column(orders.revenuePerDay, snap->days);
    snap->newUsersPerDay = column(users.newPerDay, snap->days);

    std::map<QString, std::map<QDate, double>> byType;
    for (const auto& row : events)
        byType[row.type][row.day] += row.events;
    for (const auto& [type, perDay] : byType)
        snap->eventsByType.push_back({type, column(perDay, snap->days)});
    const auto total = [](const DailyColumn& c) {
        double t = 0;
        for (double v : c.values)
            t += v;
        return t;
    };
    std::stable_sort(snap->eventsByType.begin(), snap->eventsByType.end(),
                     [&](const DailyColumn& a, const DailyColumn& b) { return total(a) > total(b); });
    snap->anomalies = anomalies;
    snap->anomaliesToReview = anomaliesToReview;
    snap->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return snap;
}

void DashboardModel::deliver(int generation, SnapshotPtr snapshot)
{
    if (generation != m_generation.load() || !m_loading)
        return;
    m_loading = !snapshot->complete;
    emit loaded(std::move(snapshot));
}

void DashboardModel::deliverError(int generation, const QString& message, const QString& details)
{
    // Called from a worker: hop to the GUI thread first.
    QMetaObject::invokeMethod(
        this,
        [this, generation, message, details] {
            if (generation != m_generation.load())
                return;
            m_loading = false;
            emit failed(message, details);
        },
        Qt::QueuedConnection);
}

} // namespace kestrel::ui
