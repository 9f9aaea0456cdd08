#pragma once

#include <cstdint>
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
};

} // namespace kestrel::core
