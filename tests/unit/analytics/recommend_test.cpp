// The hybrid recommender's kernel on hand-made data: feedback weights and decay, item-to-item cosine
// neighbours, scores and reasons, content vectors and price bands, popularity with decay, the blend,
// exclusion of bought items unless the category is repeat-normal, cold users, never an empty list,
// and every ranking metric on cases computed by hand.
#include "analytics/recommend.h"
#include "analytics/recommend_evaluation.h"
#include "error_of.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <limits>

namespace kestrel::core::analytics {
namespace {

using test::errorOf;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Interaction at(std::int32_t user, std::int32_t item, std::int32_t day, InteractionKind kind, std::uint16_t count = 1)
{
    Interaction x;
    x.user = user;
    x.item = item;
    x.day = day;
    x.kind = kind;
    x.count = count;
    return x;
}

Interaction view(std::int32_t user, std::int32_t item, std::int32_t day = 100)
{
    return at(user, item, day, InteractionKind::View);
}

Interaction buy(std::int32_t user, std::int32_t item, std::int32_t day = 100)
{
    return at(user, item, day, InteractionKind::Purchase);
}

/// A catalogue of n items without attributes (all active).
ItemCatalogue bare(std::int32_t n)
{
    ItemCatalogue c;
    c.category.assign(static_cast<std::size_t>(n), -1);
    c.brand.assign(static_cast<std::size_t>(n), -1);
    c.price.assign(static_cast<std::size_t>(n), kNaN);
    return c;
}

/// Options with flat weights (every event 1, no decay) and no shrinkage, so cosines are the textbook ones.
RecommendOptions flat(int top = 10)
{
    RecommendOptions o;
    o.top = top;
    o.weights = {1, 1, 1, 0};
    o.cf.shrink = 0;
    o.threads = 1;
    o.cf.threads = 1;
    return o;
}

std::vector<Recommendation> listOf(const RecommenderModel& m, std::int32_t user, RecommendMode mode)
{
    std::vector<Recommendation> out;
    std::vector<std::int32_t> counts;
    const std::vector<std::int32_t> users{user};
    recommendFor(m, mode, users, out, counts);
    out.resize(static_cast<std::size_t>(counts[0]));
    return out;
}

TEST(RecommendFeedback, WeighsKindsAndDecaysByHalfLife)
{
    const FeedbackWeights w; // view 1, cart 3, purchase 5, half-life 60
    const std::vector<Interaction> x{view(0, 0, 100),
                                     at(0, 0, 40, InteractionKind::Cart),
                                     at(0, 1, 100, InteractionKind::Purchase, 2),
                                     buy(0, 2, 70),
                                     buy(0, 2, 80),
                                     buy(0, 3, 90),
                                     buy(0, 3, 90),
                                     view(1, 3, 99)};
    const FeedbackMatrix m = buildFeedback(x, 2, 4, 100, w, 1);
    ASSERT_EQ(m.rowStart, (std::vector<std::int64_t>{0, 4, 5}));
    const auto r = m.row(0);
    EXPECT_EQ(r[0].item, 0);
    EXPECT_NEAR(r[0].weight, 1.0 + 3.0 * 0.5, 1e-6); // the cart is one half-life old
    EXPECT_EQ(r[0].flags, 0);
    EXPECT_NEAR(r[1].weight, 10.0, 1e-6); // count 2 × purchase 5
    EXPECT_EQ(r[1].flags, FeedbackEntry::kBought);
    EXPECT_NEAR(r[2].weight, 5.0 * (std::exp2(-30.0 / 60) + std::exp2(-20.0 / 60)), 1e-5);
    EXPECT_EQ(r[2].flags, FeedbackEntry::kBought | FeedbackEntry::kRepeat); // two purchase days
    EXPECT_EQ(r[3].flags, FeedbackEntry::kBought);                          // twice on one day: not a repeat
    EXPECT_NEAR(m.row(1)[0].weight, std::exp2(-1.0 / 60), 1e-6);
    // Interactions on or after endDay are left out.
    const FeedbackMatrix before = buildFeedback(x, 2, 4, 100, w, 1, {}, 95);
    EXPECT_EQ(before.rowStart, (std::vector<std::int64_t>{0, 3, 3})); // the cart of item 0, items 2 and 3
}

TEST(RecommendFeedback, BadInputNamesTheInteraction)
{
    const FeedbackWeights w;
    EXPECT_EQ(errorOf([&] {
                  buildFeedback(std::vector<Interaction>{view(0, 0), view(2, 0)}, 2, 1, 100, w);
              }),
              "recommend: interaction 1: user index 2 is outside 0..1");
    EXPECT_EQ(errorOf([&] { buildFeedback(std::vector<Interaction>{view(0, 5)}, 1, 3, 100, w); }),
              "recommend: interaction 0: item index 5 is outside 0..2");
    EXPECT_EQ(errorOf([&] { buildFeedback(std::vector<Interaction>{view(0, 0, 101)}, 1, 1, 100, w); }),
              "recommend: interaction 0: day 101 is after the as-of day 100");
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    errorOf([&] { buildFeedback(std::vector<Interaction>{view(0, 0)}, 1, 1, 100, w, 1, control); },
            Error::Code::Cancelled);
}

// Users 0 and 1 have items A (0) and B (1), user 2 has A and C (2): ‖A‖ = √3, ‖B‖ = √2, ‖C‖ = 1.
std::vector<Interaction> abc()
{
    return {view(0, 0), view(0, 1), view(1, 0), view(1, 1), view(2, 0), view(2, 2)};
}

TEST(RecommendItemCf, CosineNeighboursOnAHandMadeMatrix)
{
    const FeedbackMatrix m = buildFeedback(abc(), 3, 3, 100, {1, 1, 1, 0}, 1);
    ItemCfOptions o;
    o.shrink = 0;
    o.threads = 2;
    const ItemNeighbours n = itemNeighbours(m, o);
    ASSERT_EQ(n.itemsOf(0).size(), 2u);
    EXPECT_EQ(n.itemsOf(0)[0], 1);
    EXPECT_NEAR(n.simsOf(0)[0], 2 / std::sqrt(6.0), 1e-6);
    EXPECT_EQ(n.itemsOf(0)[1], 2);
    EXPECT_NEAR(n.simsOf(0)[1], 1 / std::sqrt(3.0), 1e-6);
    ASSERT_EQ(n.itemsOf(1).size(), 1u); // B and C never meet
    EXPECT_EQ(n.itemsOf(1)[0], 0);
    EXPECT_NEAR(n.simsOf(1)[0], 2 / std::sqrt(6.0), 1e-6);
    EXPECT_EQ(n.itemsOf(2)[0], 0);
    // Shrinkage: dot / (‖A‖‖B‖ + 1); K = 1 keeps the best only.
    o.shrink = 1;
    o.neighbours = 1;
    const ItemNeighbours s = itemNeighbours(m, o);
    ASSERT_EQ(s.itemsOf(0).size(), 1u);
    EXPECT_NEAR(s.simsOf(0)[0], 2 / (std::sqrt(6.0) + 1), 1e-6);
}

TEST(RecommendItemCf, HeavyUsersAreCappedToTheirHeaviestItems)
{
    const std::vector<FeedbackEntry> row{{0, 1.0f, 0}, {1, 5.0f, 0}, {2, 3.0f, 0}, {3, 3.0f, 0}};
    std::vector<FeedbackEntry> capped;
    cappedRow(row, 2, capped);
    ASSERT_EQ(capped.size(), 2u);
    EXPECT_EQ(capped[0].item, 1); // 5, then the tie 3/3 goes to the lower item
    EXPECT_EQ(capped[1].item, 2);
    cappedRow(row, 10, capped);
    EXPECT_EQ(capped.size(), 4u);
}

TEST(RecommendItemCf, ScoresAndReasonsComeFromTheHistory)
{
    std::vector<Interaction> x = abc();
    x.push_back(view(3, 0));    // user 3 viewed A
    x.push_back(buy(4, 0, 99)); // user 4 bought A
    const RecommenderModel m = fitRecommender(x, bare(3), 5, 100, flat());
    // Score(u, i) = Σ_j sim(i, j) w(u, j): B = 2/√6, C = 1/√3; item CF alone scales by the largest.
    const auto viewed = listOf(m, 3, RecommendMode::ItemCf);
    ASSERT_EQ(viewed.size(), 2u);
    EXPECT_EQ(viewed[0].item, 1);
    EXPECT_FLOAT_EQ(viewed[0].score, 1.0f);
    EXPECT_EQ(viewed[1].item, 2);
    EXPECT_NEAR(viewed[1].score, (1 / std::sqrt(3.0)) / (2 / std::sqrt(6.0)), 1e-6);
    for (const auto& r : viewed) {
        EXPECT_EQ(r.source, RecommendSource::ItemCf);
        EXPECT_EQ(r.reason, ReasonKind::ViewedTogether);
        EXPECT_EQ(r.reasonItem, 0);
    }
    const auto bought = listOf(m, 4, RecommendMode::ItemCf);
    ASSERT_FALSE(bought.empty());
    EXPECT_EQ(bought[0].reason, ReasonKind::BoughtTogether);
    EXPECT_EQ(bought[0].reasonItem, 0);
    // Views never exclude: user 0 viewed A and B and gets both back (each because of the other), and
    // C because of A, its only neighbour.
    const auto both = listOf(m, 0, RecommendMode::ItemCf);
    ASSERT_EQ(both.size(), 3u);
    EXPECT_EQ(both[0].item, 0); // A and B tie at 2/√6: the lower index first
    EXPECT_EQ(both[0].reasonItem, 1);
    EXPECT_EQ(both[1].item, 1);
    EXPECT_EQ(both[1].reasonItem, 0);
    EXPECT_EQ(both[2].item, 2);
    EXPECT_EQ(both[2].reasonItem, 0);
}

TEST(RecommendContent, PriceBandsAreQuantilesWithinTheCategory)
{
    ItemCatalogue c = bare(7);
    c.category = {0, 0, 0, 0, 0, 1, -1};
    c.price = {10, 20, 20, 30, 40, 5, kNaN};
    EXPECT_EQ(priceBands(c, 5), (std::vector<std::int32_t>{0, 1, 1, 3, 4, 0, -1}));
    EXPECT_EQ(priceBands(c, 2), (std::vector<std::int32_t>{0, 0, 0, 1, 1, 0, -1}));
}

TEST(RecommendContent, CosineOfCategoryBrandBandAndTags)
{
    ItemCatalogue c = bare(5);
    c.category = {0, 0, 1, 0, -1};
    c.brand = {0, 1, 0, -1, -1};
    c.price = {10, 10, kNaN, kNaN, kNaN};
    c.tagStart = {0, 0, 0, 0, 2, 2};
    c.tags = {5, 6};
    ContentOptions o;
    o.priceBands = 1;
    const ContentModel m = buildContentModel(c, {}, o);
    // Item 0 = (cat 0, brand 0, band) and item 1 = (cat 0, brand 1, band), each 1/√3: cosine 2/3.
    EXPECT_NEAR(m.similarity(0, 1), 2.0 / 3.0, 1e-6);
    // Item 2 = (cat 1, brand 0), 1/√2 each: shares the brand with item 0.
    EXPECT_NEAR(m.similarity(0, 2), 1 / std::sqrt(3.0) / std::sqrt(2.0), 1e-6);
    // Item 3 = (cat 0, tags 5 and 6 sharing a weight of 1): (1, ½√2, ½√2) / √2.
    EXPECT_NEAR(m.similarity(0, 3), 1 / std::sqrt(3.0) / std::sqrt(2.0), 1e-6);
    EXPECT_NEAR(m.similarity(3, 3), 1.0, 1e-6);
    EXPECT_EQ(m.cellsOf(4).size(), 0u); // no attributes: similar to nothing
    EXPECT_EQ(m.similarity(0, 4), 0.0);
    EXPECT_TRUE(m.hasCategory && m.hasBrand && m.hasPrice && m.hasTags);
    ItemCatalogue bad = c;
    bad.price[1] = -3;
    EXPECT_NE(errorOf([&] { buildContentModel(bad, {}, o); }).find("item 1: price"), std::string::npos);
}

TEST(RecommendContent, RecommendsWhatIsLikeTheHistoryWithTheMostSimilarItemAsReason)
{
    ItemCatalogue c = bare(4);
    c.category = {0, 0, 1, 0};
    c.brand = {0, 0, 1, 1};
    c.price = {10, 10, 10, 10};
    // User 0 viewed item 0 (cat 0, brand 0); item 1 is identical, item 3 shares the category, item 2 nothing.
    const RecommenderModel m = fitRecommender(std::vector<Interaction>{view(0, 0), buy(1, 2)}, c, 2, 100, flat());
    const auto list = listOf(m, 0, RecommendMode::Content);
    ASSERT_GE(list.size(), 2u);
    EXPECT_EQ(list[0].item, 1);
    EXPECT_EQ(list[0].reason, ReasonKind::SimilarTo);
    EXPECT_EQ(list[0].reasonItem, 0);
    EXPECT_EQ(list[0].source, RecommendSource::Content);
    EXPECT_EQ(list[1].item, 3);
    for (const auto& r : list) {
        EXPECT_NE(r.item, 2) << "item 2 shares nothing with the history";
        EXPECT_NE(r.reasonItem, r.item) << "an item is never its own reason";
    }
}

TEST(RecommendPopularity, PurchasesDecayAndViewsDoNotCount)
{
    const std::vector<Interaction> x{buy(0, 0, 100), buy(1, 1, 40), buy(2, 1, 40), view(0, 2, 100),
                                     at(3, 2, 100, InteractionKind::Cart)};
    const ItemPopularity p = itemPopularity(x, 3, 100, 60);
    EXPECT_DOUBLE_EQ(p.recent[0], 1.0);
    EXPECT_DOUBLE_EQ(p.recent[1], 1.0); // two purchases one half-life ago
    EXPECT_DOUBLE_EQ(p.recent[2], 0.0);
    EXPECT_EQ(p.plain, (std::vector<double>{1, 2, 0}));
    const ItemPopularity early = itemPopularity(x, 3, 100, 60, 50);
    EXPECT_EQ(early.plain, (std::vector<double>{0, 2, 0}));
}

TEST(RecommendBlend, PersonalWeightGrowsWithHistoryAndCfTakesMoreOfIt)
{
    RecommendOptions o; // k0 = 3, k1 = 2
    const BlendWeights cold = blendWeights(0, o);
    EXPECT_EQ(cold.popular, 1.0);
    EXPECT_EQ(cold.itemCf + cold.content, 0.0);
    const BlendWeights one = blendWeights(1, o);
    EXPECT_DOUBLE_EQ(one.popular, 0.75);
    EXPECT_DOUBLE_EQ(one.itemCf, 0.25 / 3);
    EXPECT_DOUBLE_EQ(one.content, 0.25 * 2 / 3);
    const BlendWeights many = blendWeights(30, o);
    EXPECT_DOUBLE_EQ(many.popular, 3.0 / 33);
    EXPECT_DOUBLE_EQ(many.itemCf, 30.0 / 33 * 30.0 / 32);
    EXPECT_GT(many.itemCf / (many.itemCf + many.content), one.itemCf / (one.itemCf + one.content));
    EXPECT_DOUBLE_EQ(many.itemCf + many.content + many.popular, 1.0);
}

// Category 0 is bought once per (user, item); category 1 is bought again and again (repeat-normal).
TEST(RecommendExclusion, BoughtItemsStayOutUnlessTheCategoryIsRepeatNormal)
{
    ItemCatalogue c = bare(4);
    c.category = {0, 0, 1, 1};
    std::vector<Interaction> x;
    for (std::int32_t u = 1; u <= 5; ++u) {
        x.push_back(buy(u, 0, 50));
        x.push_back(buy(u, 2, 50));
        x.push_back(buy(u, 2, 60)); // a second day: a repeat
    }
    x.push_back(buy(0, 0, 90));
    x.push_back(buy(0, 2, 90));
    const RecommenderModel m = fitRecommender(x, c, 6, 100, flat());
    EXPECT_EQ(m.repeatNormal, (std::vector<std::uint8_t>{0, 0, 1})); // none, category 0, category 1
    EXPECT_DOUBLE_EQ(m.categoryRepeatRate[1], 0.0);
    EXPECT_DOUBLE_EQ(m.categoryRepeatRate[2], 5.0 / 6.0);
    for (const auto mode : {RecommendMode::Hybrid, RecommendMode::PopularRecent, RecommendMode::Popular}) {
        const auto list = listOf(m, 0, mode);
        bool has0 = false, has2 = false;
        for (const auto& r : list) {
            has0 = has0 || r.item == 0;
            has2 = has2 || r.item == 2;
        }
        EXPECT_FALSE(has0) << "item 0 was bought and category 0 is not repeat-normal";
        EXPECT_TRUE(has2) << "item 2 was bought but category 1 is bought again normally";
    }
    // A higher threshold makes category 1 one-off too.
    RecommendOptions strict = flat();
    strict.repeatThreshold = 0.9;
    const RecommenderModel s = fitRecommender(x, c, 6, 100, strict);
    for (const auto& r : listOf(s, 0, RecommendMode::PopularRecent)) {
        EXPECT_TRUE(r.item == 1 || r.item == 3);
    }
}

TEST(RecommendHybrid, ColdUsersGetThePopularList)
{
    const std::vector<Interaction> x{buy(0, 2), buy(1, 2), buy(1, 1), view(2, 0)};
    const RecommenderModel m = fitRecommender(x, bare(4), 4, 100, flat(3));
    EXPECT_EQ(m.stats.coldUsers, 1);
    const auto list = listOf(m, 3, RecommendMode::Hybrid); // user 3 did nothing
    ASSERT_EQ(list.size(), 3u);
    EXPECT_EQ(list[0].item, 2);
    EXPECT_EQ(list[1].item, 1);
    EXPECT_EQ(list[2].item, 0); // never bought: popularity 0, lowest index first
    for (const auto& r : list) {
        EXPECT_EQ(r.source, RecommendSource::Popular);
        EXPECT_EQ(r.reason, ReasonKind::Popular);
        EXPECT_EQ(r.reasonItem, -1);
    }
    EXPECT_FLOAT_EQ(list[0].score, 1.0f);
    // The parts alone know nothing about a cold user.
    EXPECT_TRUE(listOf(m, 3, RecommendMode::ItemCf).empty());
    EXPECT_TRUE(listOf(m, 3, RecommendMode::Content).empty());
}

TEST(RecommendHybrid, NeverAnEmptyListAndNeverAnInactiveItem)
{
    ItemCatalogue c = bare(3);
    c.active = {1, 1, 0};
    // User 0 bought both active items (a one-off category): nothing new is left, yet the list is not empty.
    const std::vector<Interaction> x{buy(0, 0, 90), buy(0, 1, 91), buy(1, 2, 92)};
    const RecommenderModel m = fitRecommender(x, c, 2, 100, flat(5));
    const auto list = listOf(m, 0, RecommendMode::Hybrid);
    ASSERT_FALSE(list.empty());
    for (const auto& r : list) {
        EXPECT_NE(r.item, 2);
    }
    const auto other = listOf(m, 1, RecommendMode::Hybrid);
    EXPECT_EQ(other.size(), 2u); // both active items, padded from popularity
    for (const auto& r : other) {
        EXPECT_NE(r.item, 2);
    }
}

TEST(RecommendHybrid, FullListsWithConsistentReasonsOnMixedData)
{
    ItemCatalogue c = bare(12);
    for (std::int32_t i = 0; i < 12; ++i) {
        c.category[static_cast<std::size_t>(i)] = i % 3;
        c.brand[static_cast<std::size_t>(i)] = i % 2;
        c.price[static_cast<std::size_t>(i)] = 5.0 + i;
    }
    std::vector<Interaction> x;
    for (std::int32_t u = 0; u < 30; ++u)
        for (std::int32_t k = 0; k < 1 + u % 4; ++k) {
            x.push_back(view(u, (u + 3 * k) % 12, 90 + k));
            if (k % 2 == 0)
                x.push_back(buy(u, (u + 3 * k) % 12, 91 + k));
        }
    const RecommenderModel m = fitRecommender(x, c, 31, 100, flat(5));
    std::vector<std::int32_t> users(31);
    for (std::int32_t u = 0; u < 31; ++u)
        users[static_cast<std::size_t>(u)] = u;
    std::vector<Recommendation> out;
    std::vector<std::int32_t> counts;
    recommendFor(m, RecommendMode::Hybrid, users, out, counts);
    for (std::int32_t u = 0; u < 31; ++u) {
        ASSERT_EQ(counts[static_cast<std::size_t>(u)], 5) << "user " << u;
        const auto row = m.feedback.row(u);
        const auto inHistory = [&](std::int32_t item, bool bought) {
            for (const auto& e : row)
                if (e.item == item)
                    return !bought || (e.flags & FeedbackEntry::kBought) != 0;
            return false;
        };
        for (int k = 0; k < 5; ++k) {
            const Recommendation& r = out[static_cast<std::size_t>(u) * 5 + static_cast<std::size_t>(k)];
            if (k > 0) {
                EXPECT_LE(r.score, out[static_cast<std::size_t>(u) * 5 + static_cast<std::size_t>(k) - 1].score);
            }
            switch (r.reason) {
            case ReasonKind::BoughtTogether:
                EXPECT_TRUE(inHistory(r.reasonItem, true));
                EXPECT_EQ(r.source, RecommendSource::ItemCf);
                break;
            case ReasonKind::ViewedTogether:
                EXPECT_TRUE(inHistory(r.reasonItem, false) && !inHistory(r.reasonItem, true));
                break;
            case ReasonKind::SimilarTo:
                EXPECT_TRUE(inHistory(r.reasonItem, false));
                EXPECT_NE(r.reasonItem, r.item);
                EXPECT_EQ(r.source, RecommendSource::Content);
                break;
            case ReasonKind::PopularInCategory:
                EXPECT_EQ(r.reasonCategory, m.category[static_cast<std::size_t>(r.item)]);
                break;
            case ReasonKind::Popular:
                EXPECT_EQ(r.source, RecommendSource::Popular);
                break;
            }
        }
    }
    // Threads change nothing.
    RecommendOptions two = flat(5);
    two.threads = 2;
    const RecommenderModel m2 = fitRecommender(x, c, 31, 100, two);
    std::vector<Recommendation> out2;
    recommendFor(m2, RecommendMode::Hybrid, users, out2, counts);
    for (std::size_t k = 0; k < out.size(); ++k) {
        EXPECT_EQ(out[k].item, out2[k].item);
        EXPECT_EQ(out[k].reason, out2[k].reason);
    }
}

TEST(RecommendMetrics, EveryMetricOnAHandComputedList)
{
    const std::vector<std::int32_t> list{1, 2, 3, 4};
    const std::vector<std::int32_t> relevant{2, 4, 9};
    // Hits at ranks 2 and 4.
    const ListScores s = scoreList(list, relevant, 4);
    EXPECT_DOUBLE_EQ(s.precision, 0.5);
    EXPECT_DOUBLE_EQ(s.recall, 2.0 / 3.0);
    const double dcg = 1 / std::log2(3.0) + 1 / std::log2(5.0);
    const double idcg = 1 + 1 / std::log2(3.0) + 1 / std::log2(4.0); // min(4, 3) = 3 ideal hits
    EXPECT_NEAR(s.ndcg, dcg / idcg, 1e-12);
    EXPECT_NEAR(s.ndcg, 0.498189, 1e-6);
    EXPECT_DOUBLE_EQ(s.ap, (1.0 / 2 + 2.0 / 4) / 3);
    // K = 2 sees the hit at rank 2 only; the ideal has min(2, 3) = 2 hits.
    const ListScores k2 = scoreList(list, relevant, 2);
    EXPECT_DOUBLE_EQ(k2.precision, 0.5);
    EXPECT_DOUBLE_EQ(k2.recall, 1.0 / 3.0);
    EXPECT_NEAR(k2.ndcg, (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0)), 1e-12);
    EXPECT_DOUBLE_EQ(k2.ap, 0.25);
    // A short list still divides precision by K.
    const ListScores shortList = scoreList(std::vector<std::int32_t>{9}, std::vector<std::int32_t>{9}, 10);
    EXPECT_DOUBLE_EQ(shortList.precision, 0.1);
    EXPECT_DOUBLE_EQ(shortList.recall, 1.0);
    EXPECT_DOUBLE_EQ(shortList.ndcg, 1.0);
    EXPECT_DOUBLE_EQ(shortList.ap, 1.0);
    const ListScores none = scoreList(list, std::vector<std::int32_t>{}, 4);
    EXPECT_EQ(none.precision + none.recall + none.ndcg + none.ap, 0.0);
}

// Train (before day 100): user 0 bought item 0; user 1 items 0 and 1; user 2 item 2. Test: user 0
// buys item 1, user 2 items 0 and 3. Plain popularity ranks 0, 1, 2, 3; bought items are excluded
// (nothing was bought twice, so no category is repeat-normal). K = 2:
//   user 0: [1, 2] vs {1}    → P ½, R 1, NDCG 1, AP 1
//   user 2: [0, 1] vs {0, 3} → P ½, R ½, NDCG 1 / (1 + 1/log2 3), AP ½
TEST(RecommendEvaluation, TimeSplitMetricsOnAHandComputedCase)
{
    const std::vector<Interaction> x{buy(0, 0, 90),  buy(1, 0, 91),  buy(1, 1, 92),  buy(2, 2, 93),
                                     buy(0, 1, 100), buy(2, 0, 101), buy(2, 3, 101), view(1, 3, 100)};
    RecommendOptions o = flat(2);
    const RecommenderEvaluation e = evaluateRecommender(x, bare(4), 3, 100, o);
    EXPECT_EQ(e.trainPurchases, 4);
    EXPECT_EQ(e.trainItems, 3);
    EXPECT_EQ(e.testPurchases, 3);
    EXPECT_EQ(e.testUsers, 2);
    EXPECT_EQ(e.evaluatedUsers, 2);
    EXPECT_EQ(e.coldTestUsers, 0);
    const auto& p = e.popular;
    EXPECT_EQ(p.users, 2);
    EXPECT_DOUBLE_EQ(p.precision, 0.5);
    EXPECT_DOUBLE_EQ(p.recall, 0.75);
    EXPECT_NEAR(p.ndcg, (1 + 1 / (1 + 1 / std::log2(3.0))) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(p.map, 0.75);
    EXPECT_DOUBLE_EQ(p.coverage, 1.0); // items 0, 1, 2 recommended; 3 items in training
    // The evaluation never sees test purchases while training: an evenly spaced sample of one user.
    const RecommenderEvaluation sample = evaluateRecommender(x, bare(4), 3, 100, o, 1);
    EXPECT_EQ(sample.evaluatedUsers, 1);
    EXPECT_EQ(sample.testUsers, 2);
}

TEST(RecommendEvaluation, NoPurchaseAfterOrBeforeTheCutIsAnError)
{
    const std::vector<Interaction> x{buy(0, 0, 90), view(0, 1, 120)};
    EXPECT_EQ(errorOf([&] { evaluateRecommender(x, bare(2), 1, 100, flat()); }),
              "recommend evaluation: no purchase on or after the cut day");
    EXPECT_EQ(errorOf([&] { evaluateRecommender(x, bare(2), 1, 80, flat()); }),
              "recommend evaluation: no purchase before the cut day");
}

} // namespace
} // namespace kestrel::core::analytics
