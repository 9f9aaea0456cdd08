#pragma once

#include "models/ltv_snapshot.h"

#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace kestrel::ui {

/// The LTV page's SQL, in one place: ml.model_runs (model 'ltv') and the predicted values in
/// ml.user_metrics joined to crm.users, parameterised, on the calling thread's connection. The
/// JSON of params and metrics is read into typed values here (keys: core/customers/README.md,
/// "ltv"). Throws core::Error(Sql) with the statement in where().
class LtvQueries {
public:
    explicit LtvQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The newest succeeded LTV run with everything it stored; empty when there is none.
    std::optional<LtvRunDetail> newestSucceeded();
    /// The newest LTV run that ended (succeeded or failed; running and cancelled runs are left
    /// out); empty when there is none.
    std::optional<LtvRunInfo> newestFinished();
    /// The customers with the highest predicted CLV (ltv_predicted), highest first, ties by user id.
    std::vector<LtvCustomer> topCustomers(int limit = 50);

    /// Reads a run's params and metrics JSON (as stored) into detail; public for tests.
    static void readRun(const QJsonObject& params, const QJsonObject& metrics, LtvRunDetail& detail);

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
