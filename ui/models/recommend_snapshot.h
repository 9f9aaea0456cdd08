#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One recommender run (any status) as ml.model_runs holds it.
struct RecommendRunInfo {
    std::int64_t runId = 0;
    QString status; ///< running, succeeded, failed, cancelled
    QDateTime startedAt;
    QDateTime finishedAt;
    std::int64_t durationMs = 0;
    QString error; ///< why a failed run failed
};

/// The models an evaluation compares, in the order of the JSON's "models" object and of every chart.
enum class RecommendModelKind { Hybrid, ItemCf, Content, PopularityRecent, Popularity, Count };
inline constexpr std::size_t kRecommendModels = static_cast<std::size_t>(RecommendModelKind::Count);

/// One model's means over the evaluated users ({"precision", "recall", "ndcg", "map", "coverage", "users"}).
struct RecommendModelScores {
    bool present = false; ///< the JSON had this model
    double precision = 0, recall = 0, ndcg = 0, map = 0;
    double coverage = 0; ///< distinct items recommended / items seen in training
    std::int64_t users = 0;
};

/// A time-split evaluation: of the database (the run's metrics "evaluation") or of a transactions file
/// (`kestrel recommend evaluate --json`, the same keys). Numbers the JSON does not have stay 0/empty.
struct RecommendEvaluationView {
    bool fromFile = false;
    QString label;   ///< "This database" or the file's name
    QString cutDate; ///< "YYYY-MM-DD": training before it, test on and after it
    bool defaultCut = true;
    int testDays = 30; ///< the default cut leaves this many days for the test
    int k = 10;
    std::int64_t trainPurchases = 0, testPurchases = 0, testUsers = 0, coldTestUsers = 0;
    std::int64_t evaluatedUsers = 0; ///< of the test users, the ones scored (the database's may be a sample)
    std::array<RecommendModelScores, kRecommendModels> models{};
    // A file's own facts.
    QString filePath;
    std::int64_t rows = 0, purchases = 0, returns = 0, skippedNoUser = 0, users = 0, items = 0;
    QString firstDate, lastDate;
    QStringList contentFeatures; ///< "category", "price_band"
    std::int64_t durationMs = 0;

    const RecommendModelScores& model(RecommendModelKind kind) const { return models[static_cast<std::size_t>(kind)]; }
};
using RecommendEvaluationPtr = std::shared_ptr<const RecommendEvaluationView>;

/// A product in the "most recommended" list.
struct RecommendProductStat {
    std::int64_t productId = 0;
    QString name; ///< empty when the product is no longer in crm.products
    QString category;
    std::int64_t users = 0; ///< users it was recommended to
    double meanRank = 0;
};

/// A product of the run's global popular list (what users without rows in the run get).
struct RecommendPopularItem {
    std::int64_t productId = 0;
    QString name;
    QString category;
    double score = 0;
};

/// The newest succeeded recommender run with what the page shows of it (keys:
/// core/customers/README.md, "recommend").
struct RecommendRunDetail {
    RecommendRunInfo info;
    QString asOf; ///< as stored ("2026-05-02 00:00:00+00")
    int top = 10;
    std::optional<double> halfLifeDays;
    std::int64_t users = 0;            ///< users who got a list
    std::int64_t coldUsers = 0;        ///< of those, users without any history before as-of
    std::int64_t catalogueItems = 0;   ///< active products that could be recommended ("active_items")
    std::int64_t recommendedItems = 0; ///< distinct products on any list
    std::vector<QString> warnings;
    std::vector<std::pair<QString, double>> timings; ///< phase key → seconds, as stored

    std::optional<RecommendEvaluationView> evaluation;
    QString evaluationNote; ///< why there is no evaluation (stored by the run), may be empty

    /// Recommendations by part of the hybrid (item_cf, content, popular) and by reason
    /// (bought_together, viewed_together, similar_to, popular_in_category, popular); keys as stored.
    std::vector<std::pair<QString, std::int64_t>> bySource, byReason;
    std::vector<RecommendProductStat> topRecommended;
    /// The mix, or the most recommended products, came from ml.recommendations, not from the
    /// run's metrics.
    bool mixFromTable = false;
    bool topFromTable = false;
    /// The most recommended products are still being aggregated over the run's rows; they arrive
    /// on their own (RecommendModel::topProductsLoaded).
    bool topPending = false;
    std::vector<RecommendPopularItem> popular;

    double coverage() const
    {
        return catalogueItems > 0 ? static_cast<double>(recommendedItems) / static_cast<double>(catalogueItems) : 0.0;
    }
};

/// What the page reads at once: the newest succeeded run and a failed run after it.
struct RecommendSnapshot {
    int generation = 0;
    std::optional<RecommendRunDetail> run;
    std::optional<RecommendRunInfo> failedAfter; ///< the newest finished run failed after the one shown
    double elapsedMs = 0;
};
using RecommendSnapshotPtr = std::shared_ptr<const RecommendSnapshot>;
using RecommendProductsPtr = std::shared_ptr<const std::vector<RecommendProductStat>>;

/// One line of a user's list with its reason (ml.recommendations joined to the products).
struct RecommendListItem {
    int rank = 0;
    std::int64_t productId = 0;
    QString productName;
    QString category;
    double score = 0;
    QString source;     ///< item_cf, content, popular
    QString reasonKind; ///< bought_together, viewed_together, similar_to, popular_in_category, popular
    std::optional<std::int64_t> reasonProductId;
    QString reasonProductName;
    QString reasonCategory;
};

/// The answer to "what was user X recommended?".
struct RecommendUserList {
    std::int64_t userId = 0;
    std::int64_t runId = 0;
    bool known = false; ///< the user exists in crm.users
    QString userName;
    bool popularFallback = false; ///< the user has no rows in the run: the run's popular list
    std::vector<RecommendListItem> items;
};
using RecommendUserListPtr = std::shared_ptr<const RecommendUserList>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::RecommendSnapshotPtr)
Q_DECLARE_METATYPE(kestrel::ui::RecommendUserListPtr)
Q_DECLARE_METATYPE(kestrel::ui::RecommendEvaluationPtr)
