#pragma once

#include "analytics/kernel_control.h"
#include "analytics/recommend_content.h"
#include "analytics/recommend_feedback.h"
#include "analytics/recommend_item_cf.h"
#include "analytics/recommend_popularity.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// Which part of the hybrid put an item on a user's list (ml.recommendations.source).
enum class RecommendSource : std::uint8_t { ItemCf = 0, Content = 1, Popular = 2 };

/// Why (ml.recommendations.reason_kind): bought / viewed together with a history item (item CF),
/// similar to a history item (content), popular in the user's favourite category, popular.
enum class ReasonKind : std::uint8_t {
    BoughtTogether = 0,
    ViewedTogether = 1,
    SimilarTo = 2,
    PopularInCategory = 3,
    Popular = 4
};

/// One recommended item.
struct Recommendation {
    std::int32_t item = 0;
    float score = 0;                  ///< the blended score (higher first; 0…1)
    std::int32_t reasonItem = -1;     ///< the history item behind BoughtTogether / ViewedTogether / SimilarTo
    std::int32_t reasonCategory = -1; ///< PopularInCategory: the category id
    RecommendSource source = RecommendSource::Popular;
    ReasonKind reason = ReasonKind::Popular;
};

/// What to rank by: the hybrid, or one of its parts alone (for the evaluation). The parts alone never
/// pad their lists: a user item CF or content knows nothing about gets a short or empty list.
enum class RecommendMode : std::uint8_t { Hybrid, ItemCf, Content, PopularRecent, Popular };

/// Every knob of the hybrid recommender (the defaults are the documented ones, core/analytics/README.md).
struct RecommendOptions {
    int top = 10;            ///< N: items per user, 1 … 100
    FeedbackWeights weights; ///< view 1, cart 3, purchase 5, half-life 60 days
    ItemCfOptions cf;        ///< K = 50 neighbours, M = 30 history items, shrink 1
    ContentOptions content;  ///< 5 price bands, equal group weights
    /// Personal weight n / (n + personalHistory) for a user with n distinct history items; the rest goes to
    /// popularity.
    double personalHistory = 3.0;
    /// Item CF's share of the personal weight, n / (n + cfHistory); the rest goes to content.
    double cfHistory = 2.0;
    /// Share of the popularity part that comes from the user's favourite category (the rest: global).
    double categoryPopularityShare = 0.5;
    /// A category is repeat-normal (bought items stay recommendable) when at least this share of its
    /// (user, item) purchase pairs were bought on two or more days.
    double repeatThreshold = 0.15;
    int popularCandidates = 0; ///< popular candidates per user (global and favourite category); 0 = 5 × N
    int profileFeatures = 6;   ///< content candidates come from the user's strongest profile features
    int threads = 0;           ///< 0 = all hardware threads
};

/// The hybrid's weights for a user with n distinct history items: personal = n / (n + personalHistory),
/// item CF = personal · n / (n + cfHistory), content = personal − item CF, popularity = 1 − personal.
struct BlendWeights {
    double itemCf = 0, content = 0, popular = 1;
};
BlendWeights blendWeights(double n, const RecommendOptions& options);

/// Counts that describe a fitted model.
struct RecommenderStats {
    std::int64_t users = 0, coldUsers = 0; ///< users, and users without any interaction before as-of
    std::int64_t items = 0, activeItems = 0;
    std::int64_t views = 0, carts = 0, purchases = 0; ///< interaction counts (sums of count) used
    std::int64_t feedbackCells = 0;                   ///< distinct (user, item) pairs
    std::int64_t itemsWithNeighbours = 0;
    std::int64_t repeatNormalCategories = 0;
    double feedbackSeconds = 0, similaritySeconds = 0, contentSeconds = 0;
};

/// A fitted hybrid recommender: everything recommendFor needs, immutable (many threads may use it).
struct RecommenderModel {
    RecommendOptions options;
    std::int32_t users = 0, items = 0, asOfDay = 0;
    FeedbackMatrix feedback;
    ItemNeighbours neighbours;
    ContentModel content;
    ItemPopularity popularity;
    std::vector<std::int32_t> category;     ///< per item, −1 = none
    std::vector<std::uint8_t> active;       ///< per item
    std::vector<std::int32_t> popularOrder; ///< active items by recent popularity (then all-time, then index)
    std::vector<std::int32_t> plainOrder;   ///< active items by all-time popularity (then index)
    /// Per category (index category + 1; 0 = no category): its active items by recent popularity,
    /// the largest recent popularity, the repeat rate and whether it is repeat-normal.
    std::vector<std::vector<std::int32_t>> categoryPopular;
    std::vector<double> categoryMaxPopular;
    std::vector<double> categoryRepeatRate;
    std::vector<std::uint8_t> repeatNormal;
    double maxPopular = 0;
    RecommenderStats stats;

    bool repeatNormalItem(std::int32_t item) const
    {
        return repeatNormal[static_cast<std::size_t>(category[static_cast<std::size_t>(item)] + 1)] != 0;
    }
};

/// Fits the hybrid on the interactions before endDay, as of asOfDay: the feedback matrix, item-to-item
/// similarities, content vectors, popularity and the repeat rate of every category. Throws
/// Error(InvalidArgument) for bad options or input (see buildFeedback, itemNeighbours,
/// buildContentModel), Error(Cancelled) when stopped.
RecommenderModel fitRecommender(std::span<const Interaction> interactions, const ItemCatalogue& catalogue,
                                std::int32_t users, std::int32_t asOfDay, const RecommendOptions& options,
                                const KernelControl& control = {}, std::int32_t endDay = kNoEndDay);

/// Top-N lists of the given users (0-based, any order): out is resized to users.size() × N, user k's
/// list in out[k·N …] with counts[k] entries (best first). In Hybrid mode a list is never shorter than N
/// while the catalogue has that many active items (popular items pad it; as a last resort even an
/// excluded, already-bought one), so a user never gets an empty list while any item is active.
/// Error(Cancelled) when stopped.
void recommendFor(const RecommenderModel& model, RecommendMode mode, std::span<const std::int32_t> users,
                  std::vector<Recommendation>& out, std::vector<std::int32_t>& counts,
                  const KernelControl& control = {});

/// The global popular list (recent popularity, active items), at most n entries.
std::vector<Recommendation> popularList(const RecommenderModel& model, int n);

} // namespace kestrel::core::analytics
