// One Lloyd iteration of k-means on 1,000,000 × 8 standardised rows, k = 8 (issue 4's figure). The
// side-by-side comparison with scikit-learn on identical data and centres is bench/kmeans/run.sh; this
// case tracks our own kernel. Read "s_per_lloyd_iteration" (the time of the benchmark iteration itself
// covers two Lloyd runs).
#include "analytics/kmeans.h"
#include "analytics/standardise.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <random>

namespace {

using namespace kestrel::core::analytics;

constexpr Eigen::Index kRows = 1'000'000;
constexpr Eigen::Index kCols = 8;
constexpr int kClusters = 8;
constexpr int kLloydIterations = 10;

// Eight Gaussian blobs with overlapping tails (so labels keep moving for many iterations), standardised.
const RowMatrix& data()
{
    static const RowMatrix x = [] {
        std::mt19937_64 rng(42);
        std::normal_distribution<double> unit(0.0, 1.0);
        RowMatrix centres(kClusters, kCols);
        for (Eigen::Index i = 0; i < centres.size(); ++i) {
            centres.data()[i] = 4.0 * unit(rng);
        }
        RowMatrix raw(kRows, kCols);
        for (Eigen::Index r = 0; r < kRows; ++r) {
            const Eigen::Index blob = static_cast<Eigen::Index>(rng() % kClusters);
            for (Eigen::Index c = 0; c < kCols; ++c) {
                raw(r, c) = centres(blob, c) + 2.0 * unit(rng);
            }
        }
        return standardise(raw).data;
    }();
    return x;
}

// k rows drawn with a fixed seed, as run.sh does (k-means++ centres would converge in a handful of
// iterations and leave little to measure).
RowMatrix randomRows(const RowMatrix& x, int k)
{
    std::mt19937_64 rng(7);
    RowMatrix centres(k, x.cols());
    for (int j = 0; j < k; ++j) {
        centres.row(j) = x.row(static_cast<Eigen::Index>(rng() % static_cast<std::uint64_t>(x.rows())));
    }
    return centres;
}

double secondsOf(const RowMatrix& x, const RowMatrix& init, const KMeansOptions& options, int& iterations)
{
    const auto start = std::chrono::steady_clock::now();
    const KMeansResult r = lloyd(x, init, options);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    iterations = r.iterations;
    benchmark::DoNotOptimize(r.inertia);
    return s;
}

// Each benchmark iteration runs Lloyd with 1 and with 1 + kLloydIterations iterations; the difference
// is the cost of kLloydIterations iterations alone, without the fixed set-up and final assignment.
void BM_KMeansLloydIteration(benchmark::State& state)
{
    const RowMatrix& x = data();
    const RowMatrix init = randomRows(x, kClusters);
    KMeansOptions options;
    options.tolerance = 0.0;
    options.threads = static_cast<int>(state.range(0));
    double seconds = 0.0;
    int iterations = 0;
    for (auto _ : state) {
        int shortRun = 0;
        int longRun = 0;
        options.maxIterations = 1;
        const double a = secondsOf(x, init, options, shortRun);
        options.maxIterations = 1 + kLloydIterations;
        const double b = secondsOf(x, init, options, longRun);
        seconds += b - a;
        iterations += longRun - shortRun;
    }
    state.counters["s_per_lloyd_iteration"] = iterations > 0 ? seconds / iterations : 0.0;
    state.counters["lloyd_iterations"] = benchmark::Counter(iterations, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_KMeansLloydIteration)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_KMeansPlusPlusSeeding(benchmark::State& state)
{
    const RowMatrix& x = data();
    for (auto _ : state) {
        benchmark::DoNotOptimize(kmeansPlusPlus(x, kClusters, 7).data());
    }
}
BENCHMARK(BM_KMeansPlusPlusSeeding)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
