#pragma once

#include "analytics/gbdt_model.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace kestrel::core {

/// One fold's held-out figures.
struct FoldMetrics {
    int fold = 0;
    std::size_t trainRows = 0, testRows = 0;
    double rocAuc = 0, prAuc = 0, logLoss = 0;
    double trainSeconds = 0, predictSeconds = 0;
};

struct CrossValidationResult {
    std::vector<FoldMetrics> folds;
    FoldMetrics mean; ///< averages over the folds (fold = -1; rows summed)
    /// Each row's probability from the model of the fold that held it out (for pooled calibration
    /// and lift over the whole table).
    std::vector<float> outOfFold;
    std::vector<std::string> warnings;
};

/// Stratified k-fold cross-validation of GbdtModel::train on x/labels (0/1): each fold is held out
/// once, scored with ROC-AUC, average precision and log-loss. The fold split uses params.seed.
/// Progress covers all folds; stop is checked between boosting rounds (Error(Cancelled)).
/// Throws Error(InvalidArgument) when a class has fewer rows than folds.
CrossValidationResult crossValidate(const DenseMatrixView& x, std::span<const float> labels, int folds,
                                    const GbdtParams& params, const GbdtModel::ProgressFn& progress = {},
                                    const std::atomic<bool>* stop = nullptr);

} // namespace kestrel::core
