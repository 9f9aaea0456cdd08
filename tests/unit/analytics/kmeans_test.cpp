// k-means kernel without a database: recovery of separated blobs, determinism, inertia, empty clusters,
// bad input that names the row and column, cancel; plus standardise, silhouette and the k scan.
#include "error_of.h"
#include "analytics/k_selection.h"
#include "analytics/kmeans.h"
#include "analytics/silhouette.h"
#include "analytics/standardise.h"
#include "common/error.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <random>
#include <set>

using namespace kestrel::core;
using namespace kestrel::core::analytics;

namespace {

// `perBlob` rows around each of `centres` (rows), N(0, spread²) noise, blob b in rows [b·perBlob, …).
RowMatrix blobs(const RowMatrix& centres, int perBlob, double spread, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, spread);
    RowMatrix x(centres.rows() * perBlob, centres.cols());
    for (Eigen::Index b = 0; b < centres.rows(); ++b) {
        for (int i = 0; i < perBlob; ++i) {
            for (Eigen::Index c = 0; c < centres.cols(); ++c) {
                x(b * perBlob + i, c) = centres(b, c) + noise(rng);
            }
        }
    }
    return x;
}

RowMatrix fourCorners()
{
    RowMatrix c(4, 2);
    c << 0, 0, 10, 0, 0, 10, 10, 10;
    return c;
}

using kestrel::test::errorOf;

} // namespace

TEST(KMeans, RecoversWellSeparatedBlobsExactly)
{
    const RowMatrix x = blobs(fourCorners(), 50, 0.5, 1);
    KMeansOptions o;
    o.k = 4;
    o.seed = 42;
    const KMeansResult r = kmeans(x, o);
    ASSERT_EQ(r.labels.size(), 200u);
    // Every blob is one cluster and the four clusters are distinct.
    std::set<int> seen;
    for (int b = 0; b < 4; ++b) {
        const int label = r.labels[static_cast<std::size_t>(b * 50)];
        for (int i = 0; i < 50; ++i) {
            EXPECT_EQ(r.labels[static_cast<std::size_t>(b * 50 + i)], label) << "blob " << b << " row " << i;
        }
        seen.insert(label);
        EXPECT_LT((r.centroids.row(label) - fourCorners().row(b)).norm(), 0.3);
        EXPECT_EQ(r.clusterSizes[static_cast<std::size_t>(label)], 50);
    }
    EXPECT_EQ(seen.size(), 4u);
    EXPECT_TRUE(r.converged);
    EXPECT_TRUE(r.warnings.empty());
}

TEST(KMeans, SameSeedSameResultWhateverTheThreadCount)
{
    const RowMatrix x = blobs(fourCorners(), 300, 3.0, 2); // overlapping: seeding matters
    KMeansOptions o;
    o.k = 5;
    o.seed = 7;
    o.threads = 2;
    const KMeansResult a = kmeans(x, o);
    const KMeansResult b = kmeans(x, o);
    EXPECT_EQ(a.labels, b.labels);
    EXPECT_EQ(a.centroids, b.centroids);
    EXPECT_EQ(a.inertia, b.inertia);
    EXPECT_EQ(a.iterations, b.iterations);
    o.threads = 1;
    const KMeansResult c = kmeans(x, o);
    EXPECT_EQ(a.labels, c.labels);
    EXPECT_NEAR(a.inertia, c.inertia, 1e-9 * a.inertia);
    EXPECT_EQ(kmeansPlusPlus(x, 5, 7), kmeansPlusPlus(x, 5, 7));
    EXPECT_NE(kmeansPlusPlus(x, 5, 7), kmeansPlusPlus(x, 5, 8));
}

TEST(KMeans, InertiaEqualsDirectComputation)
{
    const RowMatrix x = blobs(fourCorners(), 100, 2.0, 3);
    KMeansOptions o;
    o.k = 3;
    const KMeansResult r = kmeans(x, o);
    double direct = 0.0;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (Eigen::Index j = 0; j < 3; ++j) {
            double d = 0.0;
            for (Eigen::Index c = 0; c < x.cols(); ++c) {
                d += (x(i, c) - r.centroids(j, c)) * (x(i, c) - r.centroids(j, c));
            }
            best = std::min(best, d);
        }
        direct += best;
    }
    EXPECT_NEAR(r.inertia, direct, 1e-9 * direct);
    // The centroids are the means of their members (a fixed point of Lloyd after convergence).
    EXPECT_TRUE(r.converged);
    for (Eigen::Index j = 0; j < 3; ++j) {
        Eigen::RowVectorXd sum = Eigen::RowVectorXd::Zero(2);
        double n = 0;
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            if (r.labels[static_cast<std::size_t>(i)] == j) {
                sum += x.row(i);
                n += 1;
            }
        }
        EXPECT_LT((sum / n - r.centroids.row(j)).norm(), 1e-3);
    }
}

TEST(KMeans, EmptyClusterIsReseededWithTheFarthestRow)
{
    // Two initial centres far from every row: their clusters are empty on the first assignment.
    RowMatrix x(6, 1);
    x << 0, 1, 2, 10, 11, 12;
    RowMatrix init(3, 1);
    init << 1, 100, 200;
    KMeansOptions o;
    o.maxIterations = 50;
    const KMeansResult r = lloyd(x, init, o);
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_EQ(r.warnings.front().code, "kmeans.empty_cluster");
    for (const auto size : r.clusterSizes) {
        EXPECT_GT(size, 0);
    }
    EXPECT_NEAR(r.inertia, inertiaOf(x, r.centroids, r.labels), 1e-12);
    EXPECT_LT(r.inertia, 4.0 + 1e-9); // {0,1,2} | {10,11} | {12} or the like, not one cluster
}

TEST(KMeans, BadInputIsAClearError)
{
    RowMatrix x = blobs(fourCorners(), 2, 0.1, 4); // 8 rows
    KMeansOptions o;
    o.k = 9;
    EXPECT_NE(errorOf([&] { kmeans(x, o); }).find("at least 9 rows"), std::string::npos);
    o.k = 0;
    EXPECT_NE(errorOf([&] { kmeans(x, o); }).find("k must be at least 1"), std::string::npos);
    o.k = 2;
    x(5, 1) = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(errorOf([&] { kmeans(x, o); }), "kmeans: row 5, column 1 is NaN");
    x(5, 1) = 0;
    x(3, 0) = -std::numeric_limits<double>::infinity();
    EXPECT_EQ(errorOf([&] { standardise(x); }), "standardise: row 3, column 0 is -inf");
    x(3, 0) = 0;
    EXPECT_NE(errorOf([&] { lloyd(x, RowMatrix::Zero(2, 3), o); }).find("3 columns"), std::string::npos);
}

TEST(KMeans, StopFlagCancelsAndProgressReachesOne)
{
    const RowMatrix x = blobs(fourCorners(), 100, 1.0, 5);
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    KMeansOptions o;
    o.k = 4;
    EXPECT_EQ(errorOf([&] { kmeans(x, o, control); }, Error::Code::Cancelled), "analytics kernel cancelled");

    // Raised from the progress callback mid-run.
    stop = false;
    double last = -1.0;
    int calls = 0;
    control.progress = [&](double f) {
        EXPECT_GE(f, last);
        last = f;
        if (++calls == 3) {
            stop = true;
        }
    };
    EXPECT_EQ(errorOf([&] { kmeans(x, o, control); }, Error::Code::Cancelled), "analytics kernel cancelled");

    stop = false;
    last = -1.0;
    calls = -1000;
    kmeans(x, o, control);
    EXPECT_DOUBLE_EQ(last, 1.0);
}

TEST(Standardise, ZScoresAndReturnsMeansAndStds)
{
    RowMatrix x(4, 3);
    x << 1, 10, 5, 2, 20, 5, 3, 30, 5, 4, 40, 5;
    const Standardised s = standardise(x);
    EXPECT_DOUBLE_EQ(s.means[0], 2.5);
    EXPECT_DOUBLE_EQ(s.means[1], 25.0);
    EXPECT_NEAR(s.stds[0], std::sqrt(1.25), 1e-12);
    EXPECT_NEAR(s.stds[1], std::sqrt(125.0), 1e-12);
    EXPECT_DOUBLE_EQ(s.stds[2], 1.0); // constant column
    EXPECT_NEAR(s.data.col(0).mean(), 0.0, 1e-12);
    EXPECT_NEAR(s.data.col(1).squaredNorm() / 4.0, 1.0, 1e-12);
    EXPECT_EQ(s.data.col(2), Eigen::VectorXd::Zero(4));
    ASSERT_EQ(s.warnings.size(), 1u);
    EXPECT_EQ(s.warnings[0].code, "standardise.constant_column");
}

TEST(Silhouette, MatchesAHandComputedExample)
{
    // 1-D points 0, 1 (cluster 0) and 4, 6 (cluster 1).
    // row 0: a = 1, b = (4 + 6) / 2 = 5 → 4/5;   row 1: a = 1, b = (3 + 5) / 2 = 4 → 3/4
    // row 2: a = 2, b = (4 + 3) / 2 = 3.5 → 1.5/3.5;   row 3: a = 2, b = (6 + 5) / 2 = 5.5 → 3.5/5.5
    RowMatrix x(4, 1);
    x << 0, 1, 4, 6;
    const std::vector<int> labels{0, 0, 1, 1};
    const double expected = (0.8 + 0.75 + 1.5 / 3.5 + 3.5 / 5.5) / 4.0;
    EXPECT_NEAR(silhouetteScore(x, labels), expected, 1e-12);

    // Noise rows (label −1) are left out; a singleton cluster scores 0.
    RowMatrix y(6, 1);
    y << 0, 1, 4, 6, 100, 50;
    EXPECT_NEAR(silhouetteScore(y, std::vector<int>{0, 0, 1, 1, -1, -1}), expected, 1e-12);
    RowMatrix z(3, 1);
    z << 0, 1, 5;
    // row 0: a = 1, b = 5 → 0.8; row 1: a = 1, b = 4 → 0.75; row 2 alone → 0.
    EXPECT_NEAR(silhouetteScore(z, std::vector<int>{0, 0, 1}), (0.8 + 0.75) / 3.0, 1e-12);

    EXPECT_NE(errorOf([&] {
                  silhouetteScore(x, std::vector<int>{0, 0, 0, 0});
              }).find("distinct labels"),
              std::string::npos);
}

TEST(Silhouette, SampleIsSeeded)
{
    const RowMatrix x = blobs(fourCorners(), 500, 1.0, 6);
    std::vector<int> labels(2000);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        labels[i] = static_cast<int>(i / 500);
    }
    SilhouetteOptions o;
    o.sampleSize = 300;
    o.seed = 3;
    const double a = silhouetteScore(x, labels, o);
    EXPECT_EQ(a, silhouetteScore(x, labels, o));
    EXPECT_NEAR(a, silhouetteScore(x, labels), 0.05); // a sample estimates the full score
    EXPECT_GT(a, 0.8);
}

TEST(KSelection, SuggestsTheTrueNumberOfBlobs)
{
    RowMatrix c(3, 2);
    c << 0, 0, 8, 0, 4, 7;
    const RowMatrix x = blobs(c, 80, 0.6, 8);
    KMeansOptions o;
    o.seed = 1;
    const KScan scan = scanK(x, 2, 6, o);
    ASSERT_EQ(scan.points.size(), 5u);
    EXPECT_EQ(scan.suggestedK, 3);
    for (std::size_t i = 1; i < scan.points.size(); ++i) {
        EXPECT_EQ(scan.points[i].k, scan.points[i - 1].k + 1);
        EXPECT_LE(scan.points[i].inertia, scan.points[i - 1].inertia * 1.0001); // elbow curve falls
    }
    EXPECT_EQ(suggestK({{2, 5.0, 0.4}, {3, 4.0, 0.6}, {4, 3.0, 0.6}}), 3);
    EXPECT_EQ(suggestK({}), 0);
    EXPECT_NE(errorOf([&] { scanK(x, 1, 3, o); }).find("kMin"), std::string::npos);
}

TEST(KMeans, ToleranceIsRelativeToTheDataSpread)
{
    // Same shapes at two scales stop after the same number of iterations; a huge tolerance stops at once.
    const RowMatrix x = blobs(fourCorners(), 200, 3.0, 9);
    RowMatrix init(3, 2);
    init << 0, 0, 1, 1, 2, 2;
    KMeansOptions o;
    o.tolerance = 1e-2;
    const KMeansResult small = lloyd(x, init, o);
    const KMeansResult large = lloyd(RowMatrix(x * 1000.0), RowMatrix(init * 1000.0), o);
    EXPECT_EQ(small.iterations, large.iterations);
    EXPECT_EQ(small.labels, large.labels);
    o.tolerance = 1e9;
    EXPECT_EQ(lloyd(x, init, o).iterations, 1);
}

TEST(KMeans, FewerDistinctRowsThanKGivesNoNaN)
{
    // Regression guard: a cluster no row can be spared for keeps its centre instead of dividing by zero.
    RowMatrix x(4, 2);
    x << 1, 1, 1, 1, 1, 1, 5, 5;
    KMeansOptions o;
    o.k = 3;
    const KMeansResult r = kmeans(x, o);
    EXPECT_TRUE(r.centroids.allFinite());
    EXPECT_NEAR(r.inertia, 0.0, 1e-12);
}
