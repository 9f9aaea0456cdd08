#include "analytics/recommend_evaluation.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

namespace kestrel::core::analytics {
namespace {

using Clock = std::chrono::steady_clock;

constexpr RecommendMode kModes[] = {RecommendMode::Hybrid, RecommendMode::ItemCf, RecommendMode::Content,
                                    RecommendMode::PopularRecent, RecommendMode::Popular};
constexpr int kModeCount = 5;

} // namespace

ListScores scoreList(std::span<const std::int32_t> recommended, std::span<const std::int32_t> relevant, int k)
{
    ListScores s;
    if (relevant.empty() || k < 1)
        return s;
    const std::size_t n = std::min(recommended.size(), static_cast<std::size_t>(k));
    const auto ideal = std::min(relevant.size(), static_cast<std::size_t>(k));
    double dcg = 0, idcg = 0, precisionSum = 0;
    int hits = 0;
    for (std::size_t r = 0; r < n; ++r)
        if (std::binary_search(relevant.begin(), relevant.end(), recommended[r])) {
            ++hits;
            dcg += 1.0 / std::log2(static_cast<double>(r) + 2.0);
            precisionSum += static_cast<double>(hits) / static_cast<double>(r + 1);
        }
    for (std::size_t r = 0; r < ideal; ++r)
        idcg += 1.0 / std::log2(static_cast<double>(r) + 2.0);
    s.precision = static_cast<double>(hits) / k;
    s.recall = static_cast<double>(hits) / static_cast<double>(relevant.size());
    s.ndcg = dcg / idcg;
    s.ap = precisionSum / static_cast<double>(ideal);
    return s;
}

RecommenderEvaluation evaluateRecommender(std::span<const Interaction> interactions, const ItemCatalogue& catalogue,
                                          std::int32_t users, std::int32_t cutDay, const RecommendOptions& options,
                                          std::int64_t maxUsers, const KernelControl& control)
{
    RecommenderEvaluation ev;
    ev.cutDay = cutDay;
    ev.k = options.top;

    // The test: distinct (user, item) purchases on or after the cut, grouped by user.
    std::vector<std::pair<std::int32_t, std::int32_t>> test;
    std::vector<std::uint8_t> trainItem(static_cast<std::size_t>(catalogue.size()), 0);
    std::vector<std::uint8_t> trainUser(static_cast<std::size_t>(std::max(users, 0)), 0);
    for (const auto& x : interactions) {
        if (x.day >= cutDay) {
            if (x.kind == InteractionKind::Purchase)
                test.emplace_back(x.user, x.item);
            continue;
        }
        ++ev.trainInteractions;
        if (x.kind == InteractionKind::Purchase)
            ev.trainPurchases += x.count;
        if (x.item >= 0 && x.item < catalogue.size())
            trainItem[static_cast<std::size_t>(x.item)] = 1;
        if (x.user >= 0 && x.user < users)
            trainUser[static_cast<std::size_t>(x.user)] = 1;
    }
    if (ev.trainPurchases == 0)
        throw Error(Error::Code::InvalidArgument, "recommend evaluation: no purchase before the cut day");
    if (test.empty())
        throw Error(Error::Code::InvalidArgument, "recommend evaluation: no purchase on or after the cut day");
    std::sort(test.begin(), test.end());
    test.erase(std::unique(test.begin(), test.end()), test.end());
    ev.testPurchases = static_cast<std::int64_t>(test.size());
    for (const auto v : trainItem)
        ev.trainItems += v;
    for (const auto v : trainUser)
        ev.trainUsers += v;
    std::vector<std::int32_t> testUsers;
    std::vector<std::size_t> testStart;
    for (std::size_t k = 0; k < test.size(); ++k)
        if (k == 0 || test[k].first != test[k - 1].first) {
            testUsers.push_back(test[k].first);
            testStart.push_back(k);
        }
    testStart.push_back(test.size());
    ev.testUsers = static_cast<std::int64_t>(testUsers.size());
    std::vector<std::size_t> chosen; // indices into testUsers
    const auto n = testUsers.size();
    if (maxUsers > 0 && static_cast<std::size_t>(maxUsers) < n) {
        for (std::int64_t s = 0; s < maxUsers; ++s)
            chosen.push_back(static_cast<std::size_t>(static_cast<double>(s) * static_cast<double>(n) /
                                                      static_cast<double>(maxUsers)));
    } else {
        for (std::size_t s = 0; s < n; ++s)
            chosen.push_back(s);
    }
    ev.evaluatedUsers = static_cast<std::int64_t>(chosen.size());
    std::vector<std::int32_t> evaluated;
    for (const auto c : chosen) {
        evaluated.push_back(testUsers[c]);
        if (trainUser[static_cast<std::size_t>(testUsers[c])] == 0)
            ++ev.coldTestUsers;
    }
    control.throwIfStopped();

    auto started = Clock::now();
    const RecommenderModel model =
        fitRecommender(interactions, catalogue, users, cutDay, options, control.sub(0.0, 0.5), cutDay);
    ev.fitSeconds = std::chrono::duration<double>(Clock::now() - started).count();

    started = Clock::now();
    RankingMetrics* metrics[kModeCount] = {&ev.hybrid, &ev.itemCf, &ev.content, &ev.popularRecent, &ev.popular};
    std::vector<Recommendation> lists;
    std::vector<std::int32_t> counts;
    std::vector<std::int32_t> ranked;
    const auto top = static_cast<std::size_t>(options.top);
    for (int m = 0; m < kModeCount; ++m) {
        recommendFor(model, kModes[m], evaluated, lists, counts, control.sub(0.5 + 0.1 * m, 0.6 + 0.1 * m));
        std::vector<std::uint8_t> recommended(static_cast<std::size_t>(model.items), 0);
        double sums[4] = {0, 0, 0, 0};
        for (std::size_t e = 0; e < evaluated.size(); ++e) {
            ranked.clear();
            for (int r = 0; r < counts[e]; ++r) {
                ranked.push_back(lists[e * top + static_cast<std::size_t>(r)].item);
                recommended[static_cast<std::size_t>(ranked.back())] = 1;
            }
            const std::size_t t = chosen[e];
            std::vector<std::int32_t> relevant;
            for (std::size_t k = testStart[t]; k < testStart[t + 1]; ++k)
                relevant.push_back(test[k].second);
            const ListScores s = scoreList(ranked, relevant, options.top);
            sums[0] += s.precision;
            sums[1] += s.recall;
            sums[2] += s.ndcg;
            sums[3] += s.ap;
        }
        RankingMetrics& r = *metrics[m];
        const double users_ = static_cast<double>(std::max<std::size_t>(1, evaluated.size()));
        r.users = static_cast<std::int64_t>(evaluated.size());
        r.precision = sums[0] / users_;
        r.recall = sums[1] / users_;
        r.ndcg = sums[2] / users_;
        r.map = sums[3] / users_;
        std::int64_t distinct = 0;
        for (const auto v : recommended)
            distinct += v;
        r.coverage = ev.trainItems > 0 ? static_cast<double>(distinct) / static_cast<double>(ev.trainItems) : 0.0;
    }
    ev.scoreSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    control.report(1.0);
    return ev;
}

} // namespace kestrel::core::analytics
