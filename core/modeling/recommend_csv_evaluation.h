#pragma once

#include "analytics/recommend.h"
#include "analytics/recommend_evaluation.h"
#include "modeling/transactions_csv.h"

#include <QtCore/QJsonObject>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace kestrel::core {

/// `kestrel recommend evaluate`: which file and columns, where to cut, how long the lists are.
struct RecommendCsvOptions {
    TransactionsCsvOptions file;
    std::string cutDate;                   ///< YYYY-MM-DD; empty = the last 30 days are the test
    analytics::RecommendOptions recommend; ///< top = K of the metrics
};

/// The evaluation of the recommender on a transactions file (no database).
struct RecommendCsvEvaluation {
    std::string file;
    std::int64_t rows = 0, purchases = 0, returns = 0, skippedNoUser = 0, users = 0, items = 0;
    std::string firstDate, lastDate;          ///< of the purchases
    std::string cutDate;                      ///< the first test day
    bool defaultCut = true;                   ///< the cut was chosen (last 30 days), not given
    std::vector<std::string> contentFeatures; ///< what the content part had: "category", "price_band"
    analytics::RecommenderEvaluation evaluation;
    double readSeconds = 0;
    std::int64_t durationMs = 0;
};

/// Days of purchases the default cut leaves for the test: the last 30 days of the file.
inline constexpr int kDefaultTestDays = 30;

/// Reads the file and evaluates the hybrid, its parts and plain popularity on a time split (see
/// analytics::evaluateRecommender). Throws Error(InvalidArgument) for a bad file or value (see
/// TransactionsFile::load), a bad --cut-date, no purchase before the cut or none on or after it (the
/// message says which and gives the file's date range); Error(Cancelled) when stopped.
RecommendCsvEvaluation evaluateTransactionsCsv(const RecommendCsvOptions& options,
                                               const std::function<void(double, const std::string&)>& progress = {},
                                               const std::atomic<bool>* stop = nullptr);

/// {"hybrid": {precision, recall, ndcg, map, coverage, users}, "item_cf": …, "content": …,
///  "popularity_recent": …, "popularity": …} — one shape for the file evaluation and the run's metrics.
QJsonObject recommenderModelsJson(const analytics::RecommenderEvaluation& evaluation);

/// The CLI's JSON: file, rows, purchases, returns, skipped_no_user, users, items, first_date,
/// last_date, cut_date, default_cut, train_purchases, test_purchases, test_users, cold_test_users, k,
/// content_features, models, parameters, duration_ms.
QJsonObject recommendCsvEvaluationJson(const RecommendCsvEvaluation& evaluation,
                                       const analytics::RecommendOptions& options);

/// The recommender's parameters as JSON (for runs and the CLI).
QJsonObject recommendOptionsJson(const analytics::RecommendOptions& options);

/// "YYYY-MM-DD" of a day number.
std::string isoDate(std::int32_t day);

} // namespace kestrel::core
