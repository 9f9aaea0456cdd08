// DBSCAN and the k-distance curve without a database: two blobs and noise, border rows, the link
// between k-distance and core rows, bad input, cancel.
#include "error_of.h"
#include "analytics/dbscan.h"
#include "common/error.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <random>
#include <set>

using namespace kestrel::core;
using namespace kestrel::core::analytics;

namespace {

// Two dense blobs of 200 rows (around (0,0) and (10,10)) then 5 isolated noise rows.
RowMatrix twoBlobsAndNoise()
{
    std::mt19937_64 rng(11);
    std::normal_distribution<double> noise(0.0, 0.3);
    RowMatrix x(405, 2);
    for (int i = 0; i < 200; ++i) {
        x.row(i) << noise(rng), noise(rng);
        x.row(200 + i) << 10 + noise(rng), 10 + noise(rng);
    }
    x.row(400) << 5, 5;
    x.row(401) << -8, 7;
    x.row(402) << 20, -3;
    x.row(403) << 5, -9;
    x.row(404) << -6, -6;
    return x;
}

using kestrel::test::errorOf;

} // namespace

TEST(Dbscan, FindsTwoBlobsAndMarksNoise)
{
    const RowMatrix x = twoBlobsAndNoise();
    DbscanOptions o;
    o.eps = 0.5;
    o.minSamples = 5;
    const DbscanResult r = dbscan(x, o);
    EXPECT_EQ(r.clusterCount, 2);
    EXPECT_EQ(r.noiseCount, 5);
    for (int i = 400; i < 405; ++i) {
        EXPECT_EQ(r.labels[static_cast<std::size_t>(i)], -1) << "row " << i;
        EXPECT_EQ(r.core[static_cast<std::size_t>(i)], 0);
    }
    for (int i = 0; i < 200; ++i) {
        EXPECT_EQ(r.labels[static_cast<std::size_t>(i)], 0) << "row " << i;
        EXPECT_EQ(r.labels[static_cast<std::size_t>(200 + i)], 1) << "row " << 200 + i;
    }
    EXPECT_TRUE(r.warnings.empty());
    // Single-threaded counting gives the same answer.
    o.threads = 1;
    EXPECT_EQ(dbscan(x, o).labels, r.labels);
}

TEST(Dbscan, BorderRowJoinsWithoutBeingCoreAndEpsIsInclusive)
{
    // Core rows at 0, 1, 2 (each has 3 rows within eps = 1 counting itself, except the ends);
    // row 3 (at 3) is a border row of the chain, row 4 (at 10) noise.
    RowMatrix x(5, 1);
    x << 0, 1, 2, 3, 10;
    DbscanOptions o;
    o.eps = 1.0;
    o.minSamples = 3;
    const DbscanResult r = dbscan(x, o);
    EXPECT_EQ(r.core, (std::vector<std::uint8_t>{0, 1, 1, 0, 0}));
    EXPECT_EQ(r.labels, (std::vector<int>{0, 0, 0, 0, -1}));
    EXPECT_EQ(r.clusterCount, 1);
    EXPECT_EQ(r.noiseCount, 1);
}

TEST(Dbscan, KDistanceIsSortedAndMatchesCoreRows)
{
    const RowMatrix x = twoBlobsAndNoise();
    const std::vector<double> curve = kDistanceCurve(x, 5);
    ASSERT_EQ(curve.size(), 405u);
    EXPECT_TRUE(std::is_sorted(curve.begin(), curve.end()));
    EXPECT_GT(curve.front(), 0.0);
    EXPECT_GT(curve.back(), 5.0); // an isolated row's 5th neighbour is in a blob far away
    DbscanOptions o;
    o.eps = 0.4;
    o.minSamples = 5;
    const DbscanResult r = dbscan(x, o);
    const auto coreRows = std::count(r.core.begin(), r.core.end(), 1);
    const auto withinEps = std::count_if(curve.begin(), curve.end(), [](double d) { return d <= 0.4; });
    EXPECT_EQ(coreRows, withinEps);
    // k = 1: the ball holding one row is the row itself.
    for (const double d : kDistanceCurve(x, 1)) {
        EXPECT_EQ(d, 0.0);
    }
}

TEST(Dbscan, BadInputAndCancel)
{
    RowMatrix x = twoBlobsAndNoise();
    DbscanOptions o;
    o.eps = 0.0;
    EXPECT_NE(errorOf([&] { dbscan(x, o); }).find("eps"), std::string::npos);
    o.eps = 0.5;
    o.minSamples = 0;
    EXPECT_NE(errorOf([&] { dbscan(x, o); }).find("minSamples"), std::string::npos);
    o.minSamples = 5;
    EXPECT_NE(errorOf([&] { kDistanceCurve(x, 406); }).find("k must be between"), std::string::npos);
    x(17, 1) = NAN;
    EXPECT_EQ(errorOf([&] { dbscan(x, o); }), "dbscan: row 17, column 1 is NaN");
    x(17, 1) = 0;
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    EXPECT_EQ(errorOf([&] { dbscan(x, o, control); }, Error::Code::Cancelled), "analytics kernel cancelled");
    EXPECT_EQ(errorOf([&] { kDistanceCurve(x, 5, control); }, Error::Code::Cancelled), "analytics kernel cancelled");
}

TEST(Dbscan, SubsampledKDistanceKeepsTheShapeAndTheKneeSeparatesBlobsFromNoise)
{
    const RowMatrix x = twoBlobsAndNoise();
    const std::vector<double> all = kDistanceCurve(x, 5);
    // 81 evenly spaced rows asked against all rows: each value is that row's own k-distance, so every
    // one occurs in the full curve.
    const std::vector<double> part = kDistanceCurve(x, 5, {}, 81);
    ASSERT_EQ(part.size(), 81u);
    EXPECT_TRUE(std::is_sorted(part.begin(), part.end()));
    for (const double d : part) {
        EXPECT_TRUE(std::binary_search(all.begin(), all.end(), d)) << d;
    }
    // The knee sits at the blobs' scale, far below the noise rows' distances.
    const double knee = kDistanceKnee(all);
    EXPECT_GT(knee, 0.05);
    EXPECT_LT(knee, 2.0);
    DbscanOptions o;
    o.eps = knee;
    o.minSamples = 5;
    const DbscanResult r = dbscan(x, o);
    EXPECT_EQ(r.clusterCount, 2);
    EXPECT_GE(r.noiseCount, 5);
    // Degenerate curves.
    EXPECT_EQ(kDistanceKnee({}), 0.0);
    EXPECT_EQ(kDistanceKnee({2.0, 2.0, 2.0}), 2.0);
    EXPECT_EQ(kDistanceKnee({0.0, 0.1, 0.2, 0.3, 10.0}), 0.3);
}

TEST(Dbscan, ExtendLabelsFromASampleMatchesTheFullRunOnBlobs)
{
    const RowMatrix x = twoBlobsAndNoise();
    DbscanOptions o;
    o.eps = 0.6;
    o.minSamples = 4;
    const DbscanResult full = dbscan(x, o);
    // Every other row (the noise rows 401 and 403 fall outside the sample).
    std::vector<std::int64_t> rows;
    for (std::int64_t r = 0; r < x.rows(); r += 2)
        rows.push_back(r);
    RowMatrix sample(static_cast<Eigen::Index>(rows.size()), x.cols());
    for (std::size_t i = 0; i < rows.size(); ++i)
        sample.row(static_cast<Eigen::Index>(i)) = x.row(rows[i]);
    const DbscanResult part = dbscan(sample, o);
    const std::vector<int> labels = extendLabels(x, sample, rows, part, o.eps);
    ASSERT_EQ(labels.size(), static_cast<std::size_t>(x.rows()));
    EXPECT_EQ(part.clusterCount, 2);
    for (std::size_t i = 0; i < rows.size(); ++i)
        EXPECT_EQ(labels[static_cast<std::size_t>(rows[i])], part.labels[i]);
    for (int r = 0; r < 400; ++r)
        EXPECT_EQ(labels[static_cast<std::size_t>(r)], full.labels[static_cast<std::size_t>(r)]) << "row " << r;
    for (int r = 400; r < 405; ++r)
        EXPECT_EQ(labels[static_cast<std::size_t>(r)], -1) << "row " << r;
    std::vector<std::int64_t> wrong(rows.begin(), rows.end() - 1);
    EXPECT_NE(errorOf([&] { extendLabels(x, sample, wrong, part, o.eps); }).find("does not match"), std::string::npos);
}
