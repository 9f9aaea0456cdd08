#pragma once

#include "models/scores_snapshot.h"

#include <QtSql/QSqlDatabase>

#include <cstdint>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// The Scores page's SQL, in one place: ml.model_runs (model 'propensity' or 'churn') and the
/// current scores in ml.user_metrics joined to crm.users, parameterised, on the calling thread's
/// connection. The JSON of params, metrics and reasons is read into typed values here (keys:
/// core/customers/README.md, "What the runs store"). Throws core::Error(Sql) with the statement in
/// where(), core::Error(InvalidArgument) for a model that is not a scoring model.
class ScoresQueries {
public:
    explicit ScoresQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Runs of the model in any status, newest first (at most `limit`) — what
    /// ScoringService::history lists.
    std::vector<ScoreRunInfo> runs(const QString& model, int limit = 50);
    /// The newest succeeded run of the model; 0 when none.
    std::int64_t newestSucceeded(const QString& model);
    /// One succeeded run of the model; empty when there is none with that id.
    std::optional<ScoreRunDetail> run(const QString& model, std::int64_t runId);
    /// The users with the highest current score of the model, highest first (ties by user id).
    std::vector<ScoredUser> top(const QString& model, int limit = 50);

private:
    QSqlDatabase m_db;
};

} // namespace kestrel::ui
