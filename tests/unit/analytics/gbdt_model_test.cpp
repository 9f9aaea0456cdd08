#include "analytics/binary_metrics.h"
#include "analytics/cross_validation.h"
#include "analytics/gbdt_model.h"
#include "common/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace kestrel::core {
namespace {

/// y = 1 when x0 + 0.5·x1 − x2 + noise > 0; x3 and x4 are noise; 2% of cells missing.
struct Synthetic {
    std::vector<float> x, y;
    std::size_t rows = 0, cols = 5;
    DenseMatrixView view() const { return {x.data(), rows, cols}; }
};

Synthetic makeData(std::size_t rows, std::uint64_t seed)
{
    Synthetic d;
    d.rows = rows;
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> unit;
    for (std::size_t r = 0; r < rows; ++r) {
        float v[5];
        for (float& f : v)
            f = normal(rng);
        d.y.push_back(v[0] + 0.5f * v[1] - v[2] + 0.3f * normal(rng) > 0 ? 1.0f : 0.0f);
        for (float f : v)
            d.x.push_back(unit(rng) < 0.02f ? std::nanf("") : f);
    }
    return d;
}

GbdtParams quickParams()
{
    GbdtParams p;
    p.rounds = 60;
    p.eta = 0.2;
    p.maxDepth = 3;
    p.nthread = 1;
    return p;
}

TEST(GbdtModel, LearnsASeparableProblem)
{
    const auto train = makeData(1500, 1), test = makeData(500, 2);
    const auto result = GbdtModel::train(train.view(), train.y, quickParams());
    const auto p = result.model->predict(test.view());
    ASSERT_EQ(p.size(), 500u);
    EXPECT_GT(binary_metrics::rocAuc(test.y, p), 0.95);
    EXPECT_EQ(result.model->boostedRounds(), 60);
    EXPECT_EQ(result.model->featureCount(), 5u);
}

TEST(GbdtModel, SameDataAndSeedGiveIdenticalPredictions)
{
    const auto train = makeData(1000, 3), test = makeData(300, 4);
    const auto a = GbdtModel::train(train.view(), train.y, quickParams()).model->predict(test.view());
    const auto b = GbdtModel::train(train.view(), train.y, quickParams()).model->predict(test.view());
    EXPECT_EQ(a, b);
    GbdtParams other = quickParams();
    other.seed = 43;
    const auto c = GbdtModel::train(train.view(), train.y, other).model->predict(test.view());
    EXPECT_NE(a, c); // subsampling depends on the seed
}

TEST(GbdtModel, ShapContributionsSumToTheMargin)
{
    const auto train = makeData(800, 5), test = makeData(100, 6);
    const auto model = GbdtModel::train(train.view(), train.y, quickParams()).model;
    const auto contrib = model->contributions(test.view());
    const auto p = model->predict(test.view());
    const auto margin = model->predictMargin(test.view());
    ASSERT_EQ(contrib.size(), 100u * 6u);
    for (std::size_t r = 0; r < 100; ++r) {
        double sum = 0;
        for (std::size_t c = 0; c < 6; ++c)
            sum += contrib[r * 6 + c];
        const double q = p[r];
        const double logit = std::log(q / (1.0 - q));
        EXPECT_NEAR(sum, margin[r], 1e-4) << "row " << r;
        // p is a float: near 0 or 1 its rounding (~6e-8) moves the logit by ~6e-8 / (p (1 - p)).
        EXPECT_NEAR(sum, logit, 1e-4 + 1e-7 / (q * (1.0 - q))) << "row " << r;
    }
}

TEST(GbdtModel, ApproximateContributionsAlsoSumToTheMarginButDifferFromShap)
{
    const auto train = makeData(800, 5), test = makeData(100, 6);
    const auto model = GbdtModel::train(train.view(), train.y, GbdtParams::randomForest(50, 3)).model;
    const auto exact = model->contributions(test.view());
    const auto approx = model->contributions(test.view(), true);
    const auto margin = model->predictMargin(test.view());
    ASSERT_EQ(approx.size(), 100u * 6u);
    for (std::size_t r = 0; r < 100; ++r) {
        double sum = 0;
        for (std::size_t c = 0; c < 6; ++c)
            sum += approx[r * 6 + c];
        EXPECT_NEAR(sum, margin[r], 1e-4) << "row " << r;
    }
    EXPECT_NE(exact, approx);
}

TEST(GbdtModel, GainImportanceFavoursTheInformativeFeatures)
{
    const auto train = makeData(1500, 7);
    const auto imp = GbdtModel::train(train.view(), train.y, quickParams()).model->importance();
    ASSERT_EQ(imp.size(), 5u);
    EXPECT_GT(imp[0].gain, imp[3].gain);
    EXPECT_GT(imp[2].gain, imp[4].gain);
}

TEST(GbdtModel, SaveAndLoadKeepPredictions)
{
    const auto train = makeData(600, 8), test = makeData(100, 9);
    const auto model = GbdtModel::train(train.view(), train.y, quickParams()).model;
    const auto bytes = model->save();
    ASSERT_FALSE(bytes.empty());
    const auto loaded = GbdtModel::load(bytes);
    EXPECT_EQ(loaded->featureCount(), 5u);
    EXPECT_EQ(loaded->predict(test.view()), model->predict(test.view()));
    EXPECT_THROW(GbdtModel::load({1, 2, 3}), Error);
    EXPECT_THROW(GbdtModel::load({}), Error);
}

TEST(GbdtModel, StopFlagAbortsBetweenRounds)
{
    const auto train = makeData(500, 10);
    std::atomic<bool> stop{false};
    int rounds = 0;
    auto progress = [&](double, const std::string&) {
        if (++rounds == 5)
            stop = true;
    };
    try {
        GbdtModel::train(train.view(), train.y, quickParams(), progress, &stop);
        FAIL() << "training was not stopped";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Cancelled);
        EXPECT_NE(std::string(e.what()).find("after 5 of 60 rounds"), std::string::npos) << e.what();
    }
    EXPECT_EQ(rounds, 5);
}

TEST(GbdtModel, EvalSetGivesALogLossPerRound)
{
    const auto train = makeData(800, 11), eval = makeData(200, 12);
    const auto ev = eval.view();
    const auto result = GbdtModel::train(train.view(), train.y, quickParams(), {}, nullptr, &ev, eval.y);
    ASSERT_EQ(result.evalLogLoss.size(), 60u);
    EXPECT_LT(result.evalLogLoss.back(), result.evalLogLoss.front());
    const auto p = result.model->predict(ev);
    EXPECT_NEAR(result.evalLogLoss.back(), binary_metrics::logLoss(eval.y, p), 1e-3);
}

TEST(GbdtModel, RandomForestModeGrowsParallelTreesInOneRound)
{
    const auto train = makeData(1500, 13), test = makeData(500, 14);
    GbdtParams p = GbdtParams::randomForest(50, 42);
    p.nthread = 1;
    const auto result = GbdtModel::train(train.view(), train.y, p);
    EXPECT_EQ(result.model->boostedRounds(), 1);
    EXPECT_GT(binary_metrics::rocAuc(test.y, result.model->predict(test.view())), 0.9);
}

TEST(GbdtModel, RefusesBadLabelsAndShapes)
{
    const auto train = makeData(100, 15);
    std::vector<float> bad = train.y;
    bad[3] = 2.0f;
    EXPECT_THROW(GbdtModel::train(train.view(), bad, quickParams()), Error);
    const std::vector<float> fewer(train.y.begin(), train.y.begin() + 50);
    EXPECT_THROW(GbdtModel::train(train.view(), fewer, quickParams()), Error);
    const auto model = GbdtModel::train(train.view(), train.y, quickParams()).model;
    const DenseMatrixView narrow{train.x.data(), 10, 4};
    EXPECT_THROW(model->predict(narrow), Error);
}

TEST(CrossValidation, ScoresEveryFoldAndIsRepeatable)
{
    const auto data = makeData(1000, 16);
    const auto a = crossValidate(data.view(), data.y, 4, quickParams());
    ASSERT_EQ(a.folds.size(), 4u);
    std::size_t tested = 0;
    for (const auto& f : a.folds) {
        EXPECT_GT(f.rocAuc, 0.9);
        EXPECT_EQ(f.trainRows + f.testRows, 1000u);
        tested += f.testRows;
    }
    EXPECT_EQ(tested, 1000u);
    EXPECT_GT(a.mean.rocAuc, 0.95);
    ASSERT_EQ(a.outOfFold.size(), 1000u);
    EXPECT_GT(binary_metrics::rocAuc(data.y, a.outOfFold), 0.95);
    const auto b = crossValidate(data.view(), data.y, 4, quickParams());
    EXPECT_DOUBLE_EQ(a.mean.rocAuc, b.mean.rocAuc);
    EXPECT_DOUBLE_EQ(a.mean.logLoss, b.mean.logLoss);
}

} // namespace
} // namespace kestrel::core
