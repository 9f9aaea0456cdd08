#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace kestrel::core {

/// One bin of a reliability (calibration) curve: rows whose predicted probability falls in
/// [lower, upper), their mean prediction and the observed share of positives.
struct ReliabilityBin {
    double lower = 0, upper = 0;
    double meanPredicted = 0;
    double observedRate = 0;
    std::size_t count = 0;
};

/// The top `fraction` of rows by score: their share of positives, that share over the base rate
/// (lift) and the share of all positives they hold (capture).
struct LiftPoint {
    double fraction = 0;
    std::size_t rows = 0;
    double positiveRate = 0;
    double lift = 0;
    double capture = 0;
};

/// Metrics of a binary classifier. labels are 0/1; scores are probabilities (or any score where
/// higher means more likely positive, for the ranking metrics). Sizes must match
/// (std::invalid_argument otherwise). Ranking metrics are NaN when a class is absent.
namespace binary_metrics {

/// Area under the ROC curve (Mann–Whitney U); tied scores get their average rank, so a tie
/// between a positive and a negative counts one half.
double rocAuc(std::span<const float> labels, std::span<const float> scores);

/// Average precision (area under the precision–recall curve as a step function, as scikit-learn's
/// average_precision_score): Σ (Rₙ − Rₙ₋₁)·Pₙ over distinct score thresholds, high to low.
double averagePrecision(std::span<const float> labels, std::span<const float> scores);

/// The ROC curve as (false-positive rate, true-positive rate) points, one per distinct score
/// threshold from high to low, starting at (0, 0) and ending at (1, 1); thinned to at most maxPoints
/// (evenly over the thresholds, both ends kept). Empty when a class is absent.
std::vector<std::pair<double, double>> rocCurve(std::span<const float> labels, std::span<const float> scores,
                                                std::size_t maxPoints = 101);

/// Mean negative log-likelihood; probabilities clipped to [eps, 1 − eps].
double logLoss(std::span<const float> labels, std::span<const float> probabilities, double eps = 1e-15);

/// `bins` equal-width bins over [0, 1]; empty bins are left out.
std::vector<ReliabilityBin> reliabilityCurve(std::span<const float> labels, std::span<const float> probabilities,
                                             int bins = 10);

/// Lift at the top 10%, 20%, … `deciles`×10% of rows by score (ties broken by row order, stable).
std::vector<LiftPoint> liftAtDeciles(std::span<const float> labels, std::span<const float> scores, int deciles = 10);

} // namespace binary_metrics
} // namespace kestrel::core
