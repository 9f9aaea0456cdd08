#include "models/segments_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/segments_queries.h"
#include "models/sql_connection.h"

#include <QtCore/QElapsedTimer>
#include <spdlog/spdlog.h>

namespace kestrel::ui {

SegmentsModel::SegmentsModel(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

SegmentsModel::~SegmentsModel()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void SegmentsModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
}

int SegmentsModel::load(std::int64_t runId)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_pool.start([this, generation, runId, params = m_params] {
        if (generation != m_generation.load())
            return;
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<SegmentsSnapshot>();
        snapshot->generation = generation;
        QString message, details;
        for (int attempt = 0;; ++attempt) {
            try {
                QSqlDatabase db = SqlConnection::forThisThread(params);
                SegmentsQueries queries(db);
                snapshot->runs = queries.runs();
                if (runId != 0)
                    snapshot->run = queries.run(runId);
                if (!snapshot->run && !snapshot->runs.empty())
                    snapshot->run = queries.run(snapshot->runs.front().runId);
                break;
            } catch (const core::Error& e) {
                // A connection that died under us (server restart) fails its next statement: drop
                // it and try once more on a fresh one. A real SQL error simply fails again.
                if (attempt == 0 && e.code() != core::Error::Code::ConnectionFailed) {
                    SqlConnection::resetThisThread();
                    snapshot->runs.clear();
                    snapshot->run.reset();
                    continue;
                }
                const bool connection =
                    e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
                const QString what = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
                message = connection ? tr("The database cannot be reached: %1").arg(what)
                                     : tr("The segments could not be loaded: %1").arg(what);
                details = QString::fromStdString(e.where());
                core::logging::get("ui")->error("segments load failed: {} | {}", e.what(), e.where());
                snapshot.reset();
                break;
            }
        }
        if (snapshot)
            snapshot->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = SegmentsSnapshotPtr(snapshot), message, details] {
                deliver(generation, result, message, details);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void SegmentsModel::deliver(int generation, SegmentsSnapshotPtr snapshot, const QString& message,
                            const QString& details)
{
    if (generation != m_generation.load())
        return;
    m_loading = false;
    if (snapshot)
        emit loaded(std::move(snapshot));
    else
        emit failed(message, details);
}

} // namespace kestrel::ui
