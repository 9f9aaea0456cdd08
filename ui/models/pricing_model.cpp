#include "models/pricing_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/pricing_queries.h"
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

PricingModel::PricingModel(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

PricingModel::~PricingModel()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void PricingModel::setConnection(core::ConnectionParams params)
{
    m_params = std::move(params);
    m_hasConnection = true;
    ++m_generation;
}

int PricingModel::load()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_pool.start([this, generation, params = m_params] {
        if (generation != m_generation.load())
            return;
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<PricingSnapshot>();
        snapshot->generation = generation;
        QString message, details;
        for (int attempt = 0;; ++attempt) {
            try {
                QSqlDatabase db = SqlConnection::forThisThread(params);
                PricingQueries queries(db);
                snapshot->run = queries.newestSucceeded();
                const auto finished = queries.newestFinished();
                if (finished && finished->status == QLatin1String("failed"))
                    snapshot->failedAfter = finished;
                if (snapshot->run)
                    snapshot->rows = queries.rows(snapshot->run->info.runId);
                break;
            } catch (const core::Error& e) {
                // A connection that died under us (server restart) fails its next statement: drop
                // it and try once more on a fresh one. A real SQL error simply fails again.
                if (attempt == 0 && e.code() != core::Error::Code::ConnectionFailed) {
                    SqlConnection::resetThisThread();
                    snapshot->run.reset();
                    snapshot->failedAfter.reset();
                    snapshot->rows.clear();
                    continue;
                }
                const bool connection =
                    e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
                message = connection ? tr("The database cannot be reached: %1").arg(firstLine(e))
                                     : tr("The price elasticities could not be loaded: %1").arg(firstLine(e));
                details = QString::fromStdString(e.where());
                core::logging::get("ui")->error("pricing load failed: {} | {}", e.what(), e.where());
                snapshot.reset();
                break;
            }
        }
        if (snapshot)
            snapshot->elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(
            this,
            [this, generation, result = PricingSnapshotPtr(snapshot), message, details] {
                deliver(generation, result, message, details);
            },
            Qt::QueuedConnection);
    });
    return generation;
}

void PricingModel::deliver(int generation, PricingSnapshotPtr snapshot, const QString& message, const QString& details)
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
