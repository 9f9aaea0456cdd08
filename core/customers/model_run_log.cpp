#include "customers/model_run_log.h"

#include "common/error.h"
#include "db/database.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace kestrel::core {
namespace {

std::string jsonText(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

std::int64_t ModelRunLog::start(Database& db, const std::string& model, const QJsonObject& params,
                                const std::string& dataTo)
{
    std::int64_t id = 0;
    db.transact([&](pqxx::work& tx) {
        id = tx.exec_params1("INSERT INTO ml.model_runs (model, status, params, data_to) "
                             "VALUES ($1, 'running', $2::jsonb, $3::timestamptz) RETURNING run_id",
                             model, jsonText(params), dataTo)[0]
                 .as<std::int64_t>();
    });
    return id;
}

void ModelRunLog::succeed(pqxx::work& tx, std::int64_t runId, const QJsonObject& metrics, std::int64_t durationMs)
{
    tx.exec_params0("UPDATE ml.model_runs SET status = 'succeeded', metrics = $2::jsonb, finished_at = now(), "
                    "duration_ms = $3, error = NULL WHERE run_id = $1",
                    runId, jsonText(metrics), durationMs);
}

void ModelRunLog::fail(Database& db, std::int64_t runId, bool cancelled, const std::string& error,
                       std::int64_t durationMs) noexcept
{
    try {
        db.transact([&](pqxx::work& tx) {
            tx.exec_params0("UPDATE ml.model_runs SET status = $2, error = $3, finished_at = now(), "
                            "duration_ms = $4 WHERE run_id = $1",
                            runId, std::string(cancelled ? "cancelled" : "failed"), error, durationMs);
        });
    } catch (...) {
        // The run stays 'running'; the results were not written either way.
    }
}

void ModelRunLog::guard(Database& db, std::int64_t runId, std::chrono::steady_clock::time_point started,
                        const std::function<void()>& work)
{
    try {
        work();
    } catch (const Error& e) {
        fail(db, runId, e.code() == Error::Code::Cancelled, e.what(), elapsedMs(started));
        throw;
    } catch (const std::exception& e) {
        fail(db, runId, false, e.what(), elapsedMs(started));
        throw;
    }
}

std::int64_t ModelRunLog::elapsedMs(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
}

} // namespace kestrel::core
