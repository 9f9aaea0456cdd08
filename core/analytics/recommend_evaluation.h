#pragma once

#include "analytics/kernel_control.h"
#include "analytics/recommend.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// Ranking quality of one list against the items the user actually bought (binary relevance).
struct ListScores {
    double precision = 0; ///< hits in the first K / K
    double recall = 0;    ///< hits in the first K / |relevant|
    double ndcg =
        0; ///< DCG / ideal DCG; DCG = Σ over hits at rank r of 1 / log2(r + 1), ideal over min(K, |relevant|) hits
    double ap = 0; ///< Σ over hits at rank r of precision@r, / min(K, |relevant|)
};

/// Scores one recommended list (best first; only the first k entries count) against the relevant
/// items (ascending, distinct). All zero when relevant is empty.
ListScores scoreList(std::span<const std::int32_t> recommended, std::span<const std::int32_t> relevant, int k);

/// A model's means over the evaluated users, and its catalogue coverage.
struct RankingMetrics {
    double precision = 0, recall = 0, ndcg = 0, map = 0;
    double coverage = 0; ///< distinct items recommended to the evaluated users / items seen in training
    std::int64_t users = 0;
};

/// The time split's sizes and every model's metrics.
struct RecommenderEvaluation {
    std::int32_t cutDay = 0; ///< training: interactions before it; test: purchases on or after it
    int k = 10;
    std::int64_t trainInteractions = 0, trainPurchases = 0, trainItems = 0, trainUsers = 0;
    std::int64_t testPurchases = 0;  ///< distinct (user, item) pairs bought on or after the cut
    std::int64_t testUsers = 0;      ///< users with at least one test purchase
    std::int64_t evaluatedUsers = 0; ///< of those, the ones scored (all, or an evenly spaced sample)
    std::int64_t coldTestUsers = 0;  ///< evaluated users without any training interaction
    RankingMetrics hybrid, itemCf, content, popularRecent, popular;
    double fitSeconds = 0, scoreSeconds = 0;
};

/// Offline evaluation on a time split: fits the recommender on the interactions before cutDay (as of
/// cutDay), then for every user with a purchase on or after cutDay ranks K = options.top items with the
/// hybrid, item CF alone, content alone, popularity with recency alone and plain popularity (all-time
/// counts), all with the same exclusion of already-bought items, and scores them against the distinct
/// items the user bought in the test period. maxUsers > 0 scores an evenly spaced sample of that many
/// test users. Throws Error(InvalidArgument) when there is no purchase before or none on/after the cut
/// (the message says which), Error(Cancelled) when stopped.
RecommenderEvaluation evaluateRecommender(std::span<const Interaction> interactions, const ItemCatalogue& catalogue,
                                          std::int32_t users, std::int32_t cutDay, const RecommendOptions& options,
                                          std::int64_t maxUsers = 0, const KernelControl& control = {});

} // namespace kestrel::core::analytics
