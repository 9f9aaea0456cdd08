#include "analytics/binary_metrics.h"
#include "analytics/stratified_folds.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

namespace kestrel::core {
namespace {

using namespace binary_metrics;

TEST(BinaryMetrics, RocAucOfAHandWorkedExample)
{
    // 3 of the 4 positive/negative pairs are ordered right.
    const std::vector<float> y{0, 0, 1, 1}, s{0.1f, 0.4f, 0.35f, 0.8f};
    EXPECT_DOUBLE_EQ(rocAuc(y, s), 0.75);
}

TEST(BinaryMetrics, RocAucCountsATieAsOneHalf)
{
    // Pairs: (0.5+, 0.5-) tie = 0.5, (0.5+, 0.2-) = 1, (0.9+, both) = 2 → 3.5 / 4.
    const std::vector<float> y{0, 1, 0, 1}, s{0.5f, 0.5f, 0.2f, 0.9f};
    EXPECT_DOUBLE_EQ(rocAuc(y, s), 0.875);
    const std::vector<float> allTied{0.3f, 0.3f, 0.3f, 0.3f};
    EXPECT_DOUBLE_EQ(rocAuc(y, allTied), 0.5);
}

TEST(BinaryMetrics, RocAucIsNaNWithOneClassAndThrowsOnSizeMismatch)
{
    const std::vector<float> y{1, 1}, s{0.2f, 0.3f};
    EXPECT_TRUE(std::isnan(rocAuc(y, s)));
    const std::vector<float> shorter{0.1f};
    EXPECT_THROW(rocAuc(y, shorter), std::invalid_argument);
}

TEST(BinaryMetrics, AveragePrecisionMatchesScikitLearnsExample)
{
    // sklearn.metrics.average_precision_score([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) = 0.8333…
    const std::vector<float> y{0, 0, 1, 1}, s{0.1f, 0.4f, 0.35f, 0.8f};
    EXPECT_NEAR(averagePrecision(y, s), 5.0 / 6.0, 1e-12);
}

TEST(BinaryMetrics, AveragePrecisionTreatsTiedScoresAsOneThreshold)
{
    // 0.9 → recall 1/2, precision 1; the 0.5 pair together → recall 1, precision 2/3.
    const std::vector<float> y{0, 1, 0, 1}, s{0.5f, 0.5f, 0.2f, 0.9f};
    EXPECT_NEAR(averagePrecision(y, s), 0.5 * 1.0 + 0.5 * 2.0 / 3.0, 1e-12);
}

TEST(BinaryMetrics, LogLossAndItsClipping)
{
    const std::vector<float> y{1, 0}, p{0.8f, 0.3f};
    EXPECT_NEAR(logLoss(y, p), -(std::log(0.8) + std::log(0.7)) / 2, 1e-7);
    const std::vector<float> y1{1}, p0{0.0f};
    EXPECT_NEAR(logLoss(y1, p0), -std::log(1e-15), 1e-9);
    EXPECT_TRUE(std::isfinite(logLoss(y1, p0)));
}

TEST(BinaryMetrics, ReliabilityCurveBinsByPredictedProbability)
{
    const std::vector<float> y{0, 1, 0, 1, 1}, p{0.05f, 0.15f, 0.12f, 0.95f, 1.0f};
    const auto bins = reliabilityCurve(y, p, 10);
    ASSERT_EQ(bins.size(), 3u); // empty bins left out; p = 1 falls in the last bin
    EXPECT_EQ(bins[0].count, 1u);
    EXPECT_NEAR(bins[0].meanPredicted, 0.05, 1e-6);
    EXPECT_DOUBLE_EQ(bins[0].observedRate, 0.0);
    EXPECT_EQ(bins[1].count, 2u);
    EXPECT_NEAR(bins[1].meanPredicted, 0.135, 1e-6);
    EXPECT_DOUBLE_EQ(bins[1].observedRate, 0.5);
    EXPECT_NEAR(bins[1].lower, 0.1, 1e-12);
    EXPECT_EQ(bins[2].count, 2u);
    EXPECT_NEAR(bins[2].meanPredicted, 0.975, 1e-6);
    EXPECT_DOUBLE_EQ(bins[2].observedRate, 1.0);
}

TEST(BinaryMetrics, LiftAtTopDeciles)
{
    // Scores 10 … 1; 3 positives at ranks 1, 2 and 4; base rate 0.3.
    const std::vector<float> y{1, 1, 0, 1, 0, 0, 0, 0, 0, 0};
    std::vector<float> s;
    for (int i = 10; i >= 1; --i)
        s.push_back(float(i));
    const auto lift = liftAtDeciles(y, s, 10);
    ASSERT_EQ(lift.size(), 10u);
    EXPECT_EQ(lift[0].rows, 1u);
    EXPECT_NEAR(lift[0].lift, 1.0 / 0.3, 1e-9);
    EXPECT_NEAR(lift[0].capture, 1.0 / 3, 1e-9);
    EXPECT_NEAR(lift[1].lift, 1.0 / 0.3, 1e-9);
    EXPECT_NEAR(lift[2].positiveRate, 2.0 / 3, 1e-9);
    EXPECT_NEAR(lift[2].lift, (2.0 / 3) / 0.3, 1e-9);
    EXPECT_NEAR(lift[3].capture, 1.0, 1e-9);
    EXPECT_NEAR(lift[9].lift, 1.0, 1e-9);
}

TEST(StratifiedFolds, KeepsTheClassBalanceInEveryFold)
{
    std::vector<float> y(1000, 0.0f);
    for (int i = 0; i < 1000; i += 4)
        y[static_cast<std::size_t>(i)] = 1.0f; // 250 positives
    const auto folds = stratifiedFolds(y, 5, 7);
    std::vector<int> rows(5, 0), positives(5, 0);
    for (std::size_t i = 0; i < y.size(); ++i) {
        ASSERT_GE(folds[i], 0);
        ASSERT_LT(folds[i], 5);
        rows[static_cast<std::size_t>(folds[i])]++;
        positives[static_cast<std::size_t>(folds[i])] += y[i] > 0.5f;
    }
    for (int f = 0; f < 5; ++f) {
        EXPECT_EQ(rows[static_cast<std::size_t>(f)], 200);
        EXPECT_EQ(positives[static_cast<std::size_t>(f)], 50);
    }
    EXPECT_EQ(folds, stratifiedFolds(y, 5, 7));
    EXPECT_NE(folds, stratifiedFolds(y, 5, 8));
}

TEST(StratifiedFolds, RefusesAClassSmallerThanTheFoldCount)
{
    const std::vector<float> y{1, 0, 0, 0, 0, 0, 1};
    EXPECT_THROW(stratifiedFolds(y, 3, 1), std::invalid_argument);
    EXPECT_THROW(stratifiedFolds(y, 1, 1), std::invalid_argument);
}

} // namespace
} // namespace kestrel::core

TEST(BinaryMetrics, RocCurveOfAHandWorkedExampleAndItsTrapezoidEqualsTheAuc)
{
    const std::vector<float> y{0, 0, 1, 1}, s{0.1f, 0.4f, 0.35f, 0.8f};
    const auto curve = kestrel::core::binary_metrics::rocCurve(y, s);
    // Thresholds 0.8 (tp 1), 0.4 (fp 1), 0.35 (tp 2), 0.1 (fp 2).
    const std::vector<std::pair<double, double>> expected{{0, 0}, {0, 0.5}, {0.5, 0.5}, {0.5, 1}, {1, 1}};
    EXPECT_EQ(curve, expected);
    // Ties form one diagonal step; the trapezoid area equals rocAuc on random data.
    std::vector<float> yy, ss;
    for (int i = 0; i < 500; ++i) {
        yy.push_back(static_cast<float>(i % 3 == 0));
        ss.push_back(static_cast<float>((i * 37) % 101) / 100.0f + (i % 3 == 0 ? 0.2f : 0.0f));
    }
    const auto full = kestrel::core::binary_metrics::rocCurve(yy, ss, 100000);
    double area = 0;
    for (std::size_t i = 1; i < full.size(); ++i)
        area += (full[i].first - full[i - 1].first) * (full[i].second + full[i - 1].second) / 2;
    EXPECT_NEAR(area, kestrel::core::binary_metrics::rocAuc(yy, ss), 1e-12);
    const auto thin = kestrel::core::binary_metrics::rocCurve(yy, ss, 11);
    ASSERT_EQ(thin.size(), 11u);
    EXPECT_EQ(thin.front(), (std::pair<double, double>{0, 0}));
    EXPECT_EQ(thin.back(), (std::pair<double, double>{1, 1}));
    EXPECT_TRUE(kestrel::core::binary_metrics::rocCurve(std::vector<float>{1, 1}, std::vector<float>{0.2f, 0.3f}).empty());
}
