#include "models/recommend_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/recommend_queries.h"
#include "models/sql_connection.h"

#include <QtCore/QElapsedTimer>
#include <spdlog/spdlog.h>

#include <functional>

namespace kestrel::ui {
namespace {

QString firstLine(const core::Error& e)
{
    return QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
}

bool isConnectionError(const core::Error& e)
{
    return e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
}

/// Runs fn on this thread's connection; a connection that died under us (server restart) fails its
/// next statement, so a failure is retried once on a fresh connection. A real SQL error fails again.
void withRetry(const core::ConnectionParams& params, const std::function<void(QSqlDatabase&)>& fn)
{
    for (int attempt = 0;; ++attempt) {
        try {
            QSqlDatabase db = SqlConnection::forThisThread(params);
            fn(db);
            return;
        } catch (const core::Error& e) {
            if (attempt == 0 && e.code() != core::Error::Code::ConnectionFailed) {
                SqlConnection::resetThisThread();
                continue;
            }
            throw;
        }
    }
}

} // namespace

RecommendModel::RecommendModel(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

RecommendModel::~RecommendModel()
{
    ++m_generation;
    ++m_lookUpGeneration;
    m_pool.clear();
    m_pool.waitForDone();
}

void RecommendModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
    ++m_lookUpGeneration;
}

int RecommendModel::load()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_topPending = false;
    m_pool.start([this, generation, params = m_params] {
        if (generation != m_generation.load())
            return;
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<RecommendSnapshot> snapshot;
        QString message, details;
        try {
            withRetry(params, [&](QSqlDatabase& db) {
                auto s = std::make_shared<RecommendSnapshot>();
                s->generation = generation;
                RecommendQueries queries(db);
                // The most recommended products may need seconds over a big run: they follow.
                s->run = queries.newestSucceeded(&m_topCache, true);
                const auto finished = queries.newestFinished();
                if (finished && finished->status == QLatin1String("failed"))
                    s->failedAfter = finished;
                snapshot = std::move(s);
            });
            snapshot->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        } catch (const core::Error& e) {
            message = isConnectionError(e) ? tr("The database cannot be reached: %1").arg(firstLine(e))
                                           : tr("The recommendations could not be loaded: %1").arg(firstLine(e));
            details = QString::fromStdString(e.where());
            core::logging::get("ui")->error("recommend load failed: {} | {}", e.what(), e.where());
            snapshot.reset();
        }
        const bool topPending = snapshot && snapshot->run && snapshot->run->topPending;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = RecommendSnapshotPtr(snapshot), message, details, topPending] {
                if (generation != m_generation.load())
                    return;
                m_loading = false;
                m_topPending = topPending;
                if (result)
                    emit loaded(result);
                else
                    emit failed(message, details);
            },
            Qt::QueuedConnection);
        if (!topPending || generation != m_generation.load())
            return;
        const std::int64_t runId = snapshot->run->info.runId;
        auto products = std::make_shared<std::vector<RecommendProductStat>>();
        try {
            withRetry(params,
                      [&](QSqlDatabase& db) { *products = RecommendQueries(db).topRecommended(runId, &m_topCache); });
        } catch (const core::Error& e) {
            // The rest of the page is shown; the table says it has nothing rather than failing the page.
            core::logging::get("ui")->error("recommend top products failed: {} | {}", e.what(), e.where());
            products->clear();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, runId, result = RecommendProductsPtr(products)] {
                if (generation != m_generation.load())
                    return;
                m_topPending = false;
                emit topProductsLoaded(runId, result);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void RecommendModel::lookUp(RecommendSnapshotPtr snapshot, std::int64_t userId)
{
    const int generation = ++m_lookUpGeneration;
    m_lookingUp = true;
    m_pool.start([this, generation, params = m_params, snapshot = std::move(snapshot), userId] {
        if (generation != m_lookUpGeneration.load())
            return;
        std::shared_ptr<RecommendUserList> list;
        QString message, details;
        try {
            withRetry(params, [&](QSqlDatabase& db) {
                list = std::make_shared<RecommendUserList>(RecommendQueries(db).userList(*snapshot->run, userId));
            });
        } catch (const core::Error& e) {
            message = isConnectionError(e) ? tr("The database cannot be reached: %1").arg(firstLine(e))
                                           : tr("The user's recommendations could not be read: %1").arg(firstLine(e));
            details = QString::fromStdString(e.where());
            core::logging::get("ui")->error("recommend look-up failed: {} | {}", e.what(), e.where());
            list.reset();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = RecommendUserListPtr(list), message, details] {
                if (generation != m_lookUpGeneration.load())
                    return;
                m_lookingUp = false;
                if (result)
                    emit userListReady(result);
                else
                    emit lookUpFailed(message, details);
            },
            Qt::QueuedConnection);
    });
}

} // namespace kestrel::ui
