#pragma once

#include "models/pricing_snapshot.h"

#include <QtSql/QSqlDatabase>

#include <optional>
#include <vector>

namespace kestrel::ui {

/// The Pricing page's SQL, in one place: ml.model_runs (model 'elasticity') and the run's rows in
/// ml.price_elasticity with the products' names, parameterised, on the calling thread's
/// connection. Throws core::Error(Sql) with the statement in where().
class PricingQueries {
public:
    explicit PricingQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The newest succeeded elasticity run; empty when there is none.
    std::optional<PricingRun> newestSucceeded();
    /// The newest elasticity run that ended (succeeded or failed); empty when there is none.
    std::optional<PricingRunInfo> newestFinished();
    /// The run's rows with their chart points: categories by name, then products by category and id.
    std::vector<PricingRow> rows(std::int64_t runId);

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
