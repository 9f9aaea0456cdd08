#pragma once

#include "analytics/recommend.h"
#include "analytics/recommend_evaluation.h"

#include <QtCore/QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// What `kestrel analyze recommend` asks for.
struct RecommendServiceOptions {
    /// The cut (timestamptz text, or a bare date = 00:00 UTC); only orders and events before it are
    /// read. Empty = the day after the newest order, event or sign-up.
    std::string asOf;
    int top = 10;             ///< items per user, 1..100
    double halfLifeDays = 60; ///< time decay of the feedback, 0..3650 (0 = none)
    int evalDays = 30;        ///< the evaluation tests on the purchases of the last evalDays before as-of; 0 = none
    std::int64_t evalMaxUsers = 20000; ///< the evaluation scores an evenly spaced sample of this many test users
    int threads = 0;                   ///< 0 = all hardware threads
};

/// A product of the run's popular list (for users newer than the run).
struct PopularProduct {
    std::int64_t productId = 0;
    double score = 0; ///< recent popularity, 1 = the most popular
    std::string category;
};

/// What a run computed and wrote.
struct RecommendReport {
    std::int64_t runId = 0;
    std::string asOf;
    analytics::RecommenderStats stats;
    analytics::RecommendOptions options;
    std::int64_t rows = 0;                                           ///< rows written to the run's partition
    std::int64_t recommendedItems = 0;                               ///< distinct products recommended
    double coverage = 0;                                             ///< recommendedItems / active products
    std::int64_t bySource[3] = {0, 0, 0};                            ///< item_cf, content, popular
    std::int64_t byReason[5] = {0, 0, 0, 0, 0};                      ///< bought_together … popular
    std::vector<std::pair<std::string, double>> categoryRepeatRates; ///< (category, repeat rate)
    std::vector<std::string> repeatNormalCategories;
    std::vector<PopularProduct> popular; ///< top 20
    std::optional<analytics::RecommenderEvaluation> evaluation;
    std::string evaluationCut; ///< the evaluation's first test day (YYYY-MM-DD)
    int evalDays = 0;
    std::vector<std::string> warnings; ///< translated
    double readSeconds = 0, evaluateSeconds = 0, fitSeconds = 0, recommendSeconds = 0, writeSeconds = 0,
           indexSeconds = 0, attachSeconds = 0;
    std::int64_t durationMs = 0;
};

/// One stored recommendation with the names the reason needs.
struct StoredRecommendation {
    int rank = 0;
    std::int64_t productId = 0;
    std::string productName, category;
    double score = 0;
    std::string source, reasonKind;   ///< as stored (item_cf | content | popular; bought_together | …)
    std::int64_t reasonProductId = 0; ///< 0 = none
    std::string reasonProductName, reasonCategory;
};

/// A user's list as `kestrel recommend user` shows it.
struct UserRecommendations {
    std::int64_t runId = 0;
    std::int64_t userId = 0;
    std::string runAsOf;
    bool popularFallback = false; ///< the user has no stored row (newer than the run): the run's popular list
    std::vector<StoredRecommendation> items;
};

/// The hybrid recommender on the database (model `recommend`): reads users, products and the
/// implicit feedback by COPY, evaluates the recommender on a time split of the same data (the last
/// evalDays as test), fits it on everything before as-of, and writes every user's top N by COPY into a
/// new table ml.recommendations_run_<run_id> (LIKE ml.recommendations with its checks, plus CHECK
/// (run_id = id)), indexed on (user_id, rank); then, in one short transaction, attaches it as the
/// run's partition of ml.recommendations, drops the partitions of runs older than the previous
/// succeeded one and marks the run succeeded. A cancel or failure leaves the previous partitions
/// and drops the new table.
class RecommendService {
public:
    /// Error(InvalidArgument) before anything is written for bad options, a bad as-of, no users or no
    /// products; Error(Cancelled) when stopped.
    static RecommendReport run(JobContext& ctx, const RecommendServiceOptions& options);

    /// The newest succeeded recommend run, 0 when there is none.
    static std::int64_t newestRun(Database& db);

    /// The run's metrics as stored in ml.model_runs (see core/customers/README.md).
    static QJsonObject metricsJson(const RecommendReport& report);

    /// The stored list of a user of the newest run, or the run's popular list when the user has no
    /// row (registered after the run). Error(InvalidArgument) for an unknown user id or when no run
    /// has succeeded yet.
    static UserRecommendations forUser(Database& db, std::int64_t userId);
};

/// The reason of a stored recommendation in the reader's language: "bought together with <name>",
/// "viewed together with <name>", "similar to <name>", "popular in <category>", "popular now".
std::string recommendationReasonText(const StoredRecommendation& item);

/// The stored names of the enums: source "item_cf" | "content" | "popular", reason "bought_together" | ….
const char* recommendSourceName(analytics::RecommendSource source);
const char* reasonKindName(analytics::ReasonKind reason);

} // namespace kestrel::core
