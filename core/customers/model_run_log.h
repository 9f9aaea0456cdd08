#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include <pqxx/transaction>

class QJsonObject;

namespace kestrel::core {

class Database;

/// ml.model_runs bookkeeping shared by the customer services: a run row is committed as 'running'
/// before the work starts, marked 'succeeded' inside the transaction that writes the results (so
/// results and status commit together), or 'failed'/'cancelled' afterwards when the work threw.
class ModelRunLog {
public:
    /// Inserts a 'running' row and commits it; returns its run_id.
    static std::int64_t start(Database& db, const std::string& model, const QJsonObject& params,
                              const std::string& dataTo);
    /// Marks the run succeeded with its metrics and duration, in the caller's transaction.
    static void succeed(pqxx::work& tx, std::int64_t runId, const QJsonObject& metrics, std::int64_t durationMs);
    /// Marks the run failed (or cancelled when cancelled is true) with the error text; never throws.
    static void fail(Database& db, std::int64_t runId, bool cancelled, const std::string& error,
                     std::int64_t durationMs) noexcept;
    /// Runs work (which writes the results and calls succeed() in their transaction); when it throws,
    /// marks the run cancelled (Error(Cancelled)) or failed, with the time since started, and rethrows.
    static void guard(Database& db, std::int64_t runId, std::chrono::steady_clock::time_point started,
                      const std::function<void()>& work);
    /// Milliseconds since a moment, for durations.
    static std::int64_t elapsedMs(std::chrono::steady_clock::time_point since);
};

} // namespace kestrel::core
