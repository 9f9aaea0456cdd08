#include "models/scores_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "customers/scoring_service.h"
#include "db/database.h"
#include "models/scores_queries.h"
#include "models/sql_connection.h"

#include <QtCore/QElapsedTimer>
#include <spdlog/spdlog.h>

namespace kestrel::ui {
namespace {

QString firstLine(const core::Error& e)
{
    return QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

ScoresModel::ScoresModel(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ScoresModel::~ScoresModel()
{
    ++m_generation;
    m_closing = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void ScoresModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
}

int ScoresModel::load(const QString& model, std::int64_t runId)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_pool.start([this, generation, model, runId, params = m_params] {
        if (generation != m_generation.load())
            return;
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<ScoresSnapshot>();
        snapshot->generation = generation;
        snapshot->model = model;
        QString message, details;
        for (int attempt = 0;; ++attempt) {
            try {
                QSqlDatabase db = SqlConnection::forThisThread(params);
                ScoresQueries queries(db);
                snapshot->runs = queries.runs(model);
                snapshot->newestRunId = queries.newestSucceeded(model);
                if (runId != 0)
                    snapshot->run = queries.run(model, runId);
                if (!snapshot->run && snapshot->newestRunId != 0)
                    snapshot->run = queries.run(model, snapshot->newestRunId);
                snapshot->top = queries.top(model);
                break;
            } catch (const core::Error& e) {
                // A connection that died under us (server restart) fails its next statement: drop
                // it and try once more on a fresh one. A real SQL error simply fails again.
                if (attempt == 0 && e.code() != core::Error::Code::ConnectionFailed) {
                    SqlConnection::resetThisThread();
                    snapshot->runs.clear();
                    snapshot->run.reset();
                    snapshot->top.clear();
                    continue;
                }
                const bool connection =
                    e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
                message = connection ? tr("The database cannot be reached: %1").arg(firstLine(e))
                                     : tr("The scores could not be loaded: %1").arg(firstLine(e));
                details = QString::fromStdString(e.where());
                core::logging::get("ui")->error("scores load failed: {} | {}", e.what(), e.where());
                snapshot.reset();
                break;
            }
        }
        if (snapshot)
            snapshot->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = ScoresSnapshotPtr(snapshot), message, details] {
                deliver(generation, result, message, details);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void ScoresModel::deliver(int generation, ScoresSnapshotPtr snapshot, const QString& message, const QString& details)
{
    if (generation != m_generation.load())
        return;
    m_loading = false;
    if (snapshot)
        emit loaded(std::move(snapshot));
    else
        emit failed(message, details);
}

void ScoresModel::loadChurnDays()
{
    if (!m_hasConnection)
        return;
    m_pool.start([this, params = m_params] {
        if (m_closing)
            return;
        int days = 0;
        QString message, details;
        try {
            core::RetryPolicy policy;
            policy.attempts = 2; // the connection banner speaks for a server that is away
            core::Database db(params, policy);
            days = core::ScoringService::churnDays(db);
        } catch (const core::Error& e) {
            message = tr("The churn window setting could not be read: %1").arg(firstLine(e));
            details = QString::fromStdString(e.where());
        }
        QMetaObject::invokeMethod(
            this,
            [this, days, message, details] {
                if (message.isEmpty())
                    emit churnDaysLoaded(days);
                else
                    emit churnDaysFailed(message, details);
            },
            Qt::QueuedConnection);
    });
}

void ScoresModel::saveChurnDays(int days)
{
    if (!m_hasConnection)
        return;
    m_pool.start([this, params = m_params, days] {
        QString message, details;
        try {
            core::RetryPolicy policy;
            policy.attempts = 2;
            core::Database db(params, policy);
            core::ScoringService::setChurnDays(db, days);
        } catch (const core::Error& e) {
            message = tr("The churn window was not saved: %1").arg(firstLine(e));
            details = QString::fromStdString(e.where());
        }
        QMetaObject::invokeMethod(
            this,
            [this, days, message, details] {
                if (message.isEmpty())
                    emit churnDaysSaved(days);
                else
                    emit churnDaysFailed(message, details);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kestrel::ui
