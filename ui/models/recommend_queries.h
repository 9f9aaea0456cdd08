#pragma once

#include "models/recommend_snapshot.h"

#include <QtCore/QJsonObject>
#include <QtSql/QSqlDatabase>

#include <map>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// The Recommendations page's SQL, in one place: ml.model_runs (model 'recommend'), the run's
/// partition of ml.recommendations, crm.products and crm.users, parameterised, on the calling
/// thread's connection. The JSON of params and metrics is read into typed values here (keys:
/// core/customers/README.md, "recommend"). Throws core::Error(Sql) with the statement in where().
class RecommendQueries {
public:
    explicit RecommendQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The most recommended products computed from a run's rows, by run id: a run never changes, so
    /// the aggregate runs once per run, not on every reload.
    using TopCache = std::map<std::int64_t, std::vector<RecommendProductStat>>;

    /// The newest succeeded recommender run with everything the page shows of it; empty when there
    /// is none. The mix of reasons and the most recommended products come from the run's metrics;
    /// what a run did not store comes from its rows (aggregates over the whole run — seconds at 10
    /// million rows, so this is only ever called off the GUI thread). With deferTop, most
    /// recommended products that are neither stored nor in topCache are left for topRecommended()
    /// (detail.topPending), so the rest can be shown first.
    std::optional<RecommendRunDetail> newestSucceeded(TopCache* topCache = nullptr, bool deferTop = false);
    /// The 20 products on the most lists of a run (count, mean rank, name, category), aggregated over
    /// its rows; kept in topCache when given.
    std::vector<RecommendProductStat> topRecommended(std::int64_t runId, TopCache* topCache = nullptr);
    /// The newest recommender run that ended (succeeded or failed; running and cancelled runs are
    /// left out); empty when there is none.
    std::optional<RecommendRunInfo> newestFinished();
    /// What the run recommended to one user, best first, with the products behind the reasons;
    /// a user without rows in the run gets the run's popular list (run.popular, the first run.top).
    /// An id that is not in crm.users is answered with known = false and no items.
    RecommendUserList userList(const RecommendRunDetail& run, std::int64_t userId);

    /// Reads a run's params and metrics JSON (as stored) into detail; public for tests.
    static void readRun(const QJsonObject& params, const QJsonObject& metrics, RecommendRunDetail& detail);
    /// Reads an evaluation — the run's metrics "evaluation", or the JSON of `kestrel recommend
    /// evaluate` (core::recommendCsvEvaluationJson) — into its view.
    static RecommendEvaluationView readEvaluation(const QJsonObject& evaluation, bool fromFile);

private:
    void readMixFromTable(RecommendRunDetail& detail);
    void nameProducts(std::vector<RecommendProductStat>& top, std::vector<RecommendPopularItem>& popular);

    QSqlDatabase m_db;
};

} // namespace kestrel::ui
