// The hybrid recommender's kernel alone (no database): fitting (feedback matrix + item-to-item
// similarities) and ranking, on an in-memory catalogue and history shaped like the generator's:
// 2,000 products in 8 categories with brands, prices and tags, users with a favourite category,
// a few views, carts and purchases each (Zipf popularity).
#include "analytics/recommend.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace {

using namespace kestrel::core::analytics;

struct Problem {
    std::vector<Interaction> interactions;
    ItemCatalogue catalogue;
    std::int32_t users = 0;
};

/// Deterministic: products i have category i % 8, brand i % 40, a log-normal price and 1–3 of 24 tags;
/// each user has a favourite category that draws 60 % of their picks, and 0–12 interactions.
Problem makeProblem(std::int32_t users, std::int32_t items)
{
    Problem p;
    p.users = users;
    std::mt19937_64 rng(42);
    const auto uniform = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    auto& c = p.catalogue;
    c.tagStart.push_back(0);
    for (std::int32_t i = 0; i < items; ++i) {
        c.category.push_back(i % 8);
        c.brand.push_back(i % 40);
        c.price.push_back(std::exp(3 + uniform()));
        const int tags = 1 + static_cast<int>(rng() % 3);
        for (int t = 0; t < tags; ++t)
            c.tags.push_back(static_cast<std::int32_t>((i % 8) * 3 + static_cast<std::int32_t>(rng() % 3)));
        c.tagStart.push_back(static_cast<std::int64_t>(c.tags.size()));
    }
    // Zipf-like popularity by rank = item index.
    const auto popular = [&](std::int32_t category) {
        for (;;) {
            const auto i = static_cast<std::int32_t>(std::pow(static_cast<double>(items), uniform())) - 1;
            if (category < 0 || i % 8 == category)
                return i;
        }
    };
    for (std::int32_t u = 0; u < users; ++u) {
        const auto taste = static_cast<std::int32_t>(rng() % 8);
        const int n = static_cast<int>(rng() % 13);
        for (int k = 0; k < n; ++k) {
            Interaction x;
            x.user = u;
            x.item = popular(uniform() < 0.6 ? taste : -1);
            x.day = 20000 + static_cast<std::int32_t>(rng() % 180);
            const double r = uniform();
            x.kind = r < 0.65 ? InteractionKind::View : r < 0.9 ? InteractionKind::Cart : InteractionKind::Purchase;
            p.interactions.push_back(x);
        }
    }
    return p;
}

const Problem& problem()
{
    static const Problem p = makeProblem(200000, 2000);
    return p;
}

void BM_RecommendFit(benchmark::State& state)
{
    const Problem& p = problem();
    RecommendOptions o;
    o.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        const RecommenderModel m = fitRecommender(p.interactions, p.catalogue, p.users, 20180, o);
        benchmark::DoNotOptimize(m.neighbours.item.data());
    }
    state.counters["users"] = p.users;
    state.counters["interactions"] = static_cast<double>(p.interactions.size());
}
BENCHMARK(BM_RecommendFit)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

/// Top-10 for 20,000 users; arguments: threads, candidates per content feature, profile features.
void BM_RecommendRank(benchmark::State& state)
{
    const Problem& p = problem();
    RecommendOptions o;
    o.threads = static_cast<int>(state.range(0));
    o.content.candidatesPerFeature = static_cast<int>(state.range(1));
    o.profileFeatures = static_cast<int>(state.range(2));
    static const RecommenderModel base =
        fitRecommender(p.interactions, p.catalogue, p.users, 20180, RecommendOptions{});
    RecommenderModel m = base;
    m.options.threads = o.threads;
    m.options.content.candidatesPerFeature = o.content.candidatesPerFeature;
    m.options.profileFeatures = o.profileFeatures;
    std::vector<std::int32_t> users(20000);
    for (std::size_t k = 0; k < users.size(); ++k)
        users[k] = static_cast<std::int32_t>(k * 10);
    std::vector<Recommendation> out;
    std::vector<std::int32_t> counts;
    for (auto _ : state) {
        recommendFor(m, RecommendMode::Hybrid, users, out, counts);
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["us_per_user"] = benchmark::Counter(
        static_cast<double>(users.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_RecommendRank)
    ->Args({1, 300, 8})
    ->Args({1, 100, 6})
    ->Args({2, 100, 6})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace
