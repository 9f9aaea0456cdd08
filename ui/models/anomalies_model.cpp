#include "models/anomalies_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "customers/anomaly_service.h"
#include "db/database.h"
#include "models/anomaly_queries.h"
#include "models/sql_connection.h"

#include <QtCore/QElapsedTimer>
#include <spdlog/spdlog.h>

#include <cmath>
#include <limits>

namespace kestrel::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString firstLine(const core::Error& e)
{
    return QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
}

/// Days since 1970-01-01 of a date, and back.
std::int64_t dayNumber(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d);
}

QDate dateOf(std::int64_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace

AnomaliesModel::AnomaliesModel(QObject* parent) : QObject(parent)
{
    // One thread for the list, one for a chart: a chart does not wait behind a list and vice versa.
    m_pool.setMaxThreadCount(2);
}

AnomaliesModel::~AnomaliesModel()
{
    ++m_generation;
    ++m_profileGeneration;
    m_pool.clear();
    m_pool.waitForDone();
}

void AnomaliesModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
    ++m_profileGeneration;
}

int AnomaliesModel::load(const AnomalyFilter& filter)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_pool.start([this, generation, filter, params = m_params] {
        if (generation != m_generation.load())
            return;
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<AnomaliesSnapshot>();
        snapshot->generation = generation;
        snapshot->filter = filter;
        QString message, details;
        for (int attempt = 0;; ++attempt) {
            try {
                QSqlDatabase db = SqlConnection::forThisThread(params);
                AnomalyQueries queries(db);
                snapshot->run = queries.newestRun(QStringLiteral("succeeded"));
                const auto finished = queries.newestRun();
                if (finished && finished->status == QLatin1String("failed"))
                    snapshot->failedAfter = finished;
                // "The last N days" end where the newest run's period ends.
                if (filter.days > 0 && snapshot->run && snapshot->run->to.isValid()) {
                    snapshot->to = snapshot->run->to;
                    snapshot->from = snapshot->to.addDays(1 - filter.days);
                }
                snapshot->rows = queries.rows(filter, snapshot->from, snapshot->to);
                if (snapshot->rows.size() > static_cast<std::size_t>(AnomalyQueries::kRowLimit)) {
                    snapshot->rows.resize(AnomalyQueries::kRowLimit);
                    snapshot->truncated = true;
                }
                snapshot->eventTypes = queries.eventTypes();
                std::tie(snapshot->total, snapshot->toReview) = queries.counts();
                break;
            } catch (const core::Error& e) {
                // A connection that died under us fails its next statement: try once more afresh.
                if (attempt == 0 && e.code() != core::Error::Code::ConnectionFailed) {
                    SqlConnection::resetThisThread();
                    snapshot = std::make_shared<AnomaliesSnapshot>();
                    snapshot->generation = generation;
                    snapshot->filter = filter;
                    continue;
                }
                const bool connection =
                    e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
                message = connection ? tr("The database cannot be reached: %1").arg(firstLine(e))
                                     : tr("The anomalies could not be loaded: %1").arg(firstLine(e));
                details = QString::fromStdString(e.where());
                core::logging::get("ui")->error("anomalies load failed: {} | {}", e.what(), e.where());
                snapshot.reset();
                break;
            }
        }
        if (snapshot)
            snapshot->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = AnomaliesSnapshotPtr(snapshot), message, details] {
                if (generation != m_generation.load())
                    return;
                m_loading = false;
                if (result)
                    emit loaded(result);
                else
                    emit failed(message, details);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

int AnomaliesModel::loadProfile(const AnomalyRow& row, QDate lastDay)
{
    const int generation = ++m_profileGeneration;
    m_profileLoading = true;
    m_pool.start([this, generation, row, lastDay, params = m_params] {
        if (generation != m_profileGeneration.load())
            return;
        auto profile = std::make_shared<AnomalyProfile>();
        profile->generation = generation;
        profile->anomalyId = row.id;
        profile->metric = row.metric;
        profile->eventType = row.eventType;
        QString message;
        try {
            const auto metric = core::anomalyMetricFromKey(row.metric.toStdString());
            if (!metric)
                throw core::Error(core::Error::Code::InvalidArgument, "unknown metric " + row.metric.toStdString());
            const std::int64_t day = dayNumber(row.day);
            std::int64_t to = day + kProfileDaysAfter;
            if (lastDay.isValid())
                to = std::max(day, std::min(to, dayNumber(lastDay)));
            core::Database db(params);
            const std::string eventType = row.eventType.toStdString();
            const auto p = core::AnomalyService::profile(db, *metric, eventType, day - kProfileDaysBefore, to,
                                                         row.threshold, row.weeks, row.minSessions, row.unit);
            for (std::size_t i = 0; i < p.series.days.size(); ++i) {
                const auto& d = p.days[i];
                profile->days.push_back(dateOf(p.series.days[i]));
                profile->values.push_back(std::isnan(p.series.values[i]) ? kNaN : p.series.values[i]);
                profile->lower.push_back(d.hasVerdict() ? d.lower : kNaN);
                profile->upper.push_back(d.hasVerdict() ? d.upper : kNaN);
            }
            core::AnomalyFilter stored;
            stored.metric = row.metric.toStdString();
            stored.eventType = eventType;
            stored.from = dateOf(day - kProfileDaysBefore).toString(Qt::ISODate).toStdString();
            stored.to = dateOf(to).toString(Qt::ISODate).toStdString();
            for (const auto& r : core::AnomalyService::list(db, stored)) {
                if (r.eventType != eventType)
                    continue;
                profile->marks.push_back({r.id, QDate::fromString(QString::fromStdString(r.day), Qt::ISODate), r.value,
                                          r.baseline, r.score, QString::fromStdString(r.direction),
                                          QString::fromStdString(r.status)});
            }
        } catch (const core::Error& e) {
            message = tr("The chart of this anomaly could not be read: %1").arg(firstLine(e));
            core::logging::get("ui")->error("anomaly profile failed: {} | {}", e.what(), e.where());
            profile.reset();
        } catch (const std::exception& e) {
            message = tr("The chart of this anomaly could not be read: %1").arg(QString::fromStdString(e.what()));
            core::logging::get("ui")->error("anomaly profile failed: {}", e.what());
            profile.reset();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = AnomalyProfilePtr(profile), message] {
                if (generation != m_profileGeneration.load())
                    return;
                m_profileLoading = false;
                if (result)
                    emit profileLoaded(result);
                else
                    emit profileFailed(message);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

} // namespace kestrel::ui
