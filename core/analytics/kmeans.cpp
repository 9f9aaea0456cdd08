#include "analytics/kmeans.h"

#include "analytics/matrix_checks.h"
#include "analytics/parallel_rows.h"

#include "common/error.h"
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>

namespace kestrel::core::analytics {
namespace {

// Rows per distance block: 1024 × d inputs and 1024 × k dot products stay in L2 for small d and k.
constexpr Eigen::Index kBlockRows = 1024;

using ColMatrix = Eigen::MatrixXd;

// Per-thread accumulators of one assignment pass.
struct Partial {
    RowMatrix sums;
    std::vector<std::int64_t> counts;
    std::int64_t changed = 0;
};

// Uniform double in [0, 1) from 53 random bits; unlike std::uniform_real_distribution it is the same on
// every standard library, so a seed reproduces across platforms.
double uniform01(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

void checkInput(const RowMatrix& x, int k, std::string_view kernel)
{
    if (x.cols() < 1) {
        throw Error(Error::Code::InvalidArgument, std::string(kernel) + ": the data has no columns");
    }
    if (k < 1) {
        throw Error(Error::Code::InvalidArgument,
                    std::string(kernel) + ": k must be at least 1 (got " + std::to_string(k) + ")");
    }
    if (x.rows() < k) {
        throw Error(Error::Code::InvalidArgument, std::string(kernel) + ": k = " + std::to_string(k) +
                                                      " needs at least " + std::to_string(k) + " rows, the data has " +
                                                      std::to_string(x.rows()));
    }
    requireFinite(x, kernel);
}

// Nearest centre of every row in [begin, end) by ‖c‖² − 2x·c (‖x‖² does not change the argmin), computed
// blockwise with one small matrix product per block; accumulates per-cluster sums and counts.
void assignRange(const RowMatrix& x, const ColMatrix& centresT, const Eigen::VectorXd& centreNorms, std::int64_t begin,
                 std::int64_t end, std::vector<int>& labels, Partial& part)
{
    const Eigen::Index k = centresT.cols();
    const Eigen::Index d = x.cols();
    RowMatrix dots(kBlockRows, k);
    for (Eigen::Index b = begin; b < end; b += kBlockRows) {
        const Eigen::Index rows = std::min<Eigen::Index>(kBlockRows, end - b);
        dots.topRows(rows).noalias() = x.middleRows(b, rows) * centresT;
        for (Eigen::Index i = 0; i < rows; ++i) {
            const double* dot = dots.data() + i * k;
            int best = 0;
            double bestValue = centreNorms[0] - 2.0 * dot[0];
            for (Eigen::Index j = 1; j < k; ++j) {
                const double v = centreNorms[j] - 2.0 * dot[j];
                if (v < bestValue) {
                    bestValue = v;
                    best = static_cast<int>(j);
                }
            }
            const auto r = static_cast<std::size_t>(b + i);
            if (labels[r] != best) {
                labels[r] = best;
                ++part.changed;
            }
            const double* row = x.data() + (b + i) * d;
            double* sum = part.sums.data() + static_cast<Eigen::Index>(best) * d;
            for (Eigen::Index c = 0; c < d; ++c) {
                sum[c] += row[c];
            }
            ++part.counts[static_cast<std::size_t>(best)];
        }
    }
}

// One assignment pass over all rows on `threads` fixed row slices; partials reduced in slice order.
Partial assignAll(const RowMatrix& x, const RowMatrix& centres, std::vector<int>& labels, int threads)
{
    const Eigen::Index k = centres.rows();
    const ColMatrix centresT = centres.transpose();
    const Eigen::VectorXd centreNorms = centres.rowwise().squaredNorm();
    std::vector<Partial> parts(static_cast<std::size_t>(std::max(1, threads)));
    for (auto& p : parts) {
        p.sums = RowMatrix::Zero(k, x.cols());
        p.counts.assign(static_cast<std::size_t>(k), 0);
    }
    parallelRows(x.rows(), threads, [&](std::int64_t begin, std::int64_t end, int p) {
        assignRange(x, centresT, centreNorms, begin, end, labels, parts[static_cast<std::size_t>(p)]);
    });
    Partial total = std::move(parts[0]);
    for (std::size_t p = 1; p < parts.size(); ++p) {
        total.sums += parts[p].sums;
        total.changed += parts[p].changed;
        for (Eigen::Index j = 0; j < k; ++j) {
            total.counts[static_cast<std::size_t>(j)] += parts[p].counts[static_cast<std::size_t>(j)];
        }
    }
    return total;
}

// scikit-learn's rule: an empty cluster takes the row farthest from its current centre (rows whose own
// cluster would become empty are skipped). Ties go to the lower row index.
void reseedEmpty(const RowMatrix& x, const RowMatrix& centres, std::vector<int>& labels, Partial& total, int iteration,
                 std::vector<KernelWarning>& warnings)
{
    const Eigen::Index k = centres.rows();
    std::vector<Eigen::Index> empty;
    for (Eigen::Index j = 0; j < k; ++j) {
        if (total.counts[static_cast<std::size_t>(j)] == 0) {
            empty.push_back(j);
        }
    }
    if (empty.empty()) {
        return;
    }
    std::vector<double> dist(static_cast<std::size_t>(x.rows()));
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        dist[static_cast<std::size_t>(r)] = (x.row(r) - centres.row(labels[static_cast<std::size_t>(r)])).squaredNorm();
    }
    std::vector<Eigen::Index> order(static_cast<std::size_t>(x.rows()));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    std::stable_sort(order.begin(), order.end(), [&](Eigen::Index a, Eigen::Index b) {
        return dist[static_cast<std::size_t>(a)] > dist[static_cast<std::size_t>(b)];
    });
    std::size_t next = 0;
    for (const Eigen::Index j : empty) {
        while (next < order.size()) {
            const Eigen::Index r = order[next++];
            const auto from = static_cast<std::size_t>(labels[static_cast<std::size_t>(r)]);
            if (total.counts[from] <= 1) {
                continue;
            }
            total.sums.row(static_cast<Eigen::Index>(from)) -= x.row(r);
            --total.counts[from];
            total.sums.row(j) = x.row(r);
            total.counts[static_cast<std::size_t>(j)] = 1;
            labels[static_cast<std::size_t>(r)] = static_cast<int>(j);
            warnings.push_back({"kmeans.empty_cluster", "cluster " + std::to_string(j) + " was empty at iteration " +
                                                            std::to_string(iteration) + "; re-seeded with row " +
                                                            std::to_string(r)});
            break;
        }
    }
}

// Mean of the column variances in one row-major pass on the row-split threads. Sums are taken around
// the first row, which keeps E[y²] − E[y]² well conditioned for data far from the origin.
double meanVariance(const RowMatrix& x, int threads)
{
    const Eigen::RowVectorXd origin = x.row(0);
    std::vector<Eigen::RowVectorXd> sums(static_cast<std::size_t>(threads), Eigen::RowVectorXd::Zero(x.cols()));
    std::vector<Eigen::RowVectorXd> squares(sums);
    parallelRows(x.rows(), threads, [&](std::int64_t begin, std::int64_t end, int p) {
        Eigen::RowVectorXd& sum = sums[static_cast<std::size_t>(p)];
        Eigen::RowVectorXd& square = squares[static_cast<std::size_t>(p)];
        const Eigen::Index d = x.cols();
        for (std::int64_t r = begin; r < end; ++r) {
            const double* row = x.data() + r * d;
            for (Eigen::Index c = 0; c < d; ++c) {
                const double y = row[c] - origin[c];
                sum[c] += y;
                square[c] += y * y;
            }
        }
    });
    Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(x.cols());
    Eigen::RowVectorXd square = Eigen::RowVectorXd::Zero(x.cols());
    for (std::size_t p = 0; p < sums.size(); ++p) {
        sum += sums[p];
        square += squares[p];
    }
    const auto n = static_cast<double>(x.rows());
    const Eigen::RowVectorXd mean = sum / n;
    return ((square / n) - mean.cwiseAbs2()).cwiseMax(0.0).mean();
}

} // namespace

double inertiaOf(const RowMatrix& x, const RowMatrix& centroids, const std::vector<int>& labels, int threads)
{
    threads = std::max(1, threads);
    std::vector<double> sums(static_cast<std::size_t>(threads), 0.0);
    parallelRows(x.rows(), threads, [&](std::int64_t begin, std::int64_t end, int p) {
        double s = 0.0;
        for (std::int64_t r = begin; r < end; ++r) {
            s += (x.row(r) - centroids.row(labels[static_cast<std::size_t>(r)])).squaredNorm();
        }
        sums[static_cast<std::size_t>(p)] = s;
    });
    return std::accumulate(sums.begin(), sums.end(), 0.0);
}

RowMatrix kmeansPlusPlus(const RowMatrix& x, int k, std::uint64_t seed, const KernelControl& control)
{
    checkInput(x, k, "kmeans++");
    const Eigen::Index n = x.rows();
    std::mt19937_64 rng(seed);
    const int trials = 2 + static_cast<int>(std::log(static_cast<double>(k)));

    RowMatrix centres(k, x.cols());
    const auto first = static_cast<Eigen::Index>(rng() % static_cast<std::uint64_t>(n));
    centres.row(0) = x.row(first);
    Eigen::VectorXd closest = (x.rowwise() - x.row(first)).rowwise().squaredNorm();
    double potential = closest.sum();
    std::vector<double> cumulative(static_cast<std::size_t>(n));
    Eigen::VectorXd candidate(n);
    Eigen::VectorXd bestClosest(n);

    for (int c = 1; c < k; ++c) {
        control.throwIfStopped();
        control.report(static_cast<double>(c) / k);
        std::partial_sum(closest.data(), closest.data() + n, cumulative.begin());
        Eigen::Index bestRow = -1;
        double bestPotential = 0.0;
        for (int t = 0; t < trials; ++t) {
            Eigen::Index row;
            if (potential > 0.0) {
                const double target = uniform01(rng) * cumulative.back();
                row = std::upper_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin();
                row = std::min(row, n - 1);
            } else {
                // Every row sits on a centre already (fewer distinct rows than k): any row will do.
                row = static_cast<Eigen::Index>(rng() % static_cast<std::uint64_t>(n));
            }
            candidate = (x.rowwise() - x.row(row)).rowwise().squaredNorm().cwiseMin(closest);
            const double p = candidate.sum();
            if (bestRow < 0 || p < bestPotential) {
                bestRow = row;
                bestPotential = p;
                bestClosest.swap(candidate);
            }
        }
        centres.row(c) = x.row(bestRow);
        closest.swap(bestClosest);
        potential = bestPotential;
    }
    control.report(1.0);
    return centres;
}

KMeansResult lloyd(const RowMatrix& x, const RowMatrix& initialCentres, const KMeansOptions& options,
                   const KernelControl& control)
{
    const auto k = static_cast<int>(initialCentres.rows());
    checkInput(x, k, "kmeans");
    if (initialCentres.cols() != x.cols()) {
        throw Error(Error::Code::InvalidArgument, "kmeans: the initial centres have " +
                                                      std::to_string(initialCentres.cols()) +
                                                      " columns, the data has " + std::to_string(x.cols()));
    }
    requireFinite(initialCentres, "kmeans (initial centres)");
    if (options.maxIterations < 1) {
        throw Error(Error::Code::InvalidArgument, "kmeans: maxIterations must be at least 1");
    }
    const int threads = defaultThreads(options.threads);

    // Tolerance relative to the data's spread, as scikit-learn does, so it does not depend on scale.
    const double shiftTolerance = options.tolerance > 0.0 ? options.tolerance * meanVariance(x, threads) : 0.0;

    KMeansResult result;
    RowMatrix centres = initialCentres;
    std::vector<int> labels(static_cast<std::size_t>(x.rows()), -1);
    for (int it = 0; it < options.maxIterations; ++it) {
        control.throwIfStopped();
        Partial total = assignAll(x, centres, labels, threads);
        reseedEmpty(x, centres, labels, total, it, result.warnings);
        RowMatrix updated(k, x.cols());
        for (int j = 0; j < k; ++j) {
            const auto count = total.counts[static_cast<std::size_t>(j)];
            // Still empty only when no row could be spared (fewer distinct rows than k): keep the centre.
            updated.row(j) = count > 0 ? RowMatrix(total.sums.row(j) / static_cast<double>(count)) : centres.row(j);
        }
        const double shift = (updated - centres).squaredNorm();
        centres.swap(updated);
        result.iterations = it + 1;
        control.report(static_cast<double>(it + 1) / options.maxIterations);
        if ((it > 0 && total.changed == 0) || shift <= shiftTolerance) {
            result.converged = true;
            break;
        }
    }
    control.throwIfStopped();
    // Labels consistent with the final centres.
    Partial final = assignAll(x, centres, labels, threads);
    result.clusterSizes = std::move(final.counts);
    result.inertia = inertiaOf(x, centres, labels, threads);
    result.centroids = std::move(centres);
    result.labels = std::move(labels);
    for (int j = 0; j < k; ++j) {
        if (result.clusterSizes[static_cast<std::size_t>(j)] == 0) {
            result.warnings.push_back({"kmeans.empty_cluster", "cluster " + std::to_string(j) + " is empty"});
        }
    }
    control.report(1.0);
    return result;
}

KMeansResult kmeans(const RowMatrix& x, const KMeansOptions& options, const KernelControl& control)
{
    checkInput(x, options.k, "kmeans");
    const RowMatrix centres = kmeansPlusPlus(x, options.k, options.seed, control.sub(0.0, 0.1));
    return lloyd(x, centres, options, control.sub(0.1, 1.0));
}

} // namespace kestrel::core::analytics
