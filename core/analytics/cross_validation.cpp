#include "analytics/cross_validation.h"

#include "analytics/binary_metrics.h"
#include "analytics/stratified_folds.h"
#include "common/error.h"

#include <chrono>
#include <stdexcept>

namespace kestrel::core {
namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

CrossValidationResult crossValidate(const DenseMatrixView& x, std::span<const float> labels, int folds,
                                    const GbdtParams& params, const GbdtModel::ProgressFn& progress,
                                    const std::atomic<bool>* stop)
{
    if (labels.size() != x.rows)
        throw Error(Error::Code::InvalidArgument, "cross-validation: labels and rows differ in number");
    std::vector<int> assignment;
    try {
        assignment = stratifiedFolds(labels, folds, params.seed);
    } catch (const std::invalid_argument& e) {
        throw Error(Error::Code::InvalidArgument, e.what());
    }

    CrossValidationResult result;
    result.mean.fold = -1;
    result.outOfFold.assign(x.rows, 0.0f);
    for (int f = 0; f < folds; ++f) {
        std::vector<float> trainX, testX, trainY, testY;
        trainX.reserve(x.rows * x.cols);
        for (std::size_t r = 0; r < x.rows; ++r) {
            const bool test = assignment[r] == f;
            auto& dst = test ? testX : trainX;
            dst.insert(dst.end(), x.data + r * x.cols, x.data + (r + 1) * x.cols);
            (test ? testY : trainY).push_back(labels[r]);
        }
        const DenseMatrixView trainView{trainX.data(), trainY.size(), x.cols};
        const DenseMatrixView testView{testX.data(), testY.size(), x.cols};

        GbdtModel::ProgressFn foldProgress;
        if (progress)
            foldProgress = [&](double fraction, const std::string& text) {
                progress((f + fraction) / folds,
                         "fold " + std::to_string(f + 1) + " of " + std::to_string(folds) + ": " + text);
            };
        auto start = std::chrono::steady_clock::now();
        GbdtTrainResult trained = GbdtModel::train(trainView, trainY, params, foldProgress, stop);
        FoldMetrics m;
        m.fold = f;
        m.trainRows = trainY.size();
        m.testRows = testY.size();
        m.trainSeconds = secondsSince(start);
        start = std::chrono::steady_clock::now();
        const std::vector<float> p = trained.model->predict(testView);
        m.predictSeconds = secondsSince(start);
        for (std::size_t r = 0, t = 0; r < x.rows; ++r)
            if (assignment[r] == f)
                result.outOfFold[r] = p[t++];
        m.rocAuc = binary_metrics::rocAuc(testY, p);
        m.prAuc = binary_metrics::averagePrecision(testY, p);
        m.logLoss = binary_metrics::logLoss(testY, p);
        for (auto& w : trained.warnings)
            if (f == 0)
                result.warnings.push_back(w);
        result.folds.push_back(m);

        result.mean.trainRows += m.trainRows;
        result.mean.testRows += m.testRows;
        result.mean.rocAuc += m.rocAuc / folds;
        result.mean.prAuc += m.prAuc / folds;
        result.mean.logLoss += m.logLoss / folds;
        result.mean.trainSeconds += m.trainSeconds / folds;
        result.mean.predictSeconds += m.predictSeconds / folds;
    }
    return result;
}

} // namespace kestrel::core
