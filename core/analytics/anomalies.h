#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// How values are compared. Differences of raw counts or money are not comparable from a quiet day to
/// a busy one (noise grows with the level), so counts and shares are first put on a scale where their
/// noise is about constant:
enum class AnomalyScale : std::uint8_t {
    Linear,     ///< as given
    Count,      ///< counts of independent events, in units of `unit`: y = 2·√(x / unit + 3/8) (Anscombe),
                ///< where Poisson noise has a spread of 1, which is also the least scale
    Proportion, ///< shares of per-day trials (sessions): y = asin(√p), where binomial noise has a spread
                ///< of 1 / (2·√trials), the least scale of that day
};

/// How a day is judged against its weekday baseline.
///
/// For each day d the history is the values of the same weekday in the previous `weeks` weeks (d − 7,
/// d − 14, …, d − 7·weeks) that are present. With fewer than `minHistory` of them there is no verdict.
/// Otherwise, on the compared scale y (see AnomalyScale; y = x for Linear):
///   baseline = median(history)
///   MAD      = median(|history − baseline|)
///   scale    = max(1.4826 · MAD, the floors)
///   score    = (y − baseline) / scale
/// and the day is anomalous when |score| ≥ threshold: a spike above the baseline, a drop below it.
/// 1.4826 · MAD estimates the standard deviation of normal noise, so the threshold reads as a robust
/// z-score. The floors keep a flat history (MAD near 0) from flagging every wiggle: relativeFloor ·
/// |baseline| and absoluteFloor, both in the metric's own units (mapped onto the compared scale by its
/// slope at the baseline), and the noise floor of a Count or Proportion scale. A scale that is still 0
/// (a Linear history of zeros with no floor) gives no verdict. The baseline and the band baseline ±
/// threshold · scale are reported back in the metric's units (the band of a count or share is then not
/// symmetric, and never below 0). Severity grows with |score|: low below mediumScore, medium below
/// highScore, high from there.
///
/// The median and the MAD ignore a minority of outliers, so an anomalous day does not shift the
/// baselines of the weeks after it (and is not removed from their history either).
struct AnomalyOptions {
    int weeks = 8;          ///< same-weekday days looked back at (1..520)
    int minHistory = 4;     ///< of them present for a verdict (1..weeks)
    double threshold = 3.5; ///< |score| at which a day is anomalous (> 0)
    AnomalyScale scale = AnomalyScale::Linear;
    double unit = 1.0;           ///< Count: the size of one event in the values' units (> 0)
    double relativeFloor = 0.05; ///< scale ≥ this share of |baseline| (≥ 0), in the metric's units
    double absoluteFloor = 0.0;  ///< scale ≥ this (≥ 0), in the metric's units
    double mediumScore = 5.0;    ///< |score| from which an anomaly is medium
    double highScore = 8.0;      ///< |score| from which an anomaly is high (≥ mediumScore)
};

enum class AnomalyDirection : std::uint8_t { Spike, Drop };
enum class AnomalySeverity : std::uint8_t { Low, Medium, High };

/// The verdict on one day. Without a verdict (too little history, a missing value, a zero scale) the
/// numbers other than day, value and history are NaN and anomalous is false.
struct AnomalyDay {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    std::int64_t day = 0;   ///< as given (days since 1970-01-01)
    double value = kNaN;    ///< NaN = missing
    int history = 0;        ///< same-weekday values present in the look-back
    double baseline = kNaN; ///< in the metric's units
    double mad = kNaN;      ///< the median absolute deviation before the floors, on the compared scale
    double scale = kNaN;    ///< on the compared scale
    double score = kNaN;
    double lower = kNaN, upper = kNaN; ///< the band in the metric's units
    bool anomalous = false;
    AnomalyDirection direction = AnomalyDirection::Spike; ///< meaningful when anomalous
    AnomalySeverity severity = AnomalySeverity::Low;      ///< meaningful when anomalous

    bool hasVerdict() const { return !std::isnan(scale); }
};

struct AnomalyResult {
    std::vector<AnomalyDay> days; ///< one per input day, in input order
    std::int64_t verdicts = 0;    ///< days with a verdict
    std::int64_t anomalies = 0;   ///< anomalous days
    std::vector<KernelWarning> warnings;
};

/// Judges every day of a daily series against the same weekday of the weeks before it (see
/// AnomalyOptions). days are day numbers in strictly increasing order; they need not be consecutive:
/// a day that is not listed, or whose value is NaN, is missing — it gets no verdict and is no one's
/// history (a day without sales should be passed as 0, not left out). trials: with the Proportion
/// scale, the attempts behind each day's share (a share with no trials is missing); else empty.
/// Throws Error(InvalidArgument) naming the 0-based row or the option (spans of different lengths,
/// days out of order, an infinite or negative value where the scale needs 0 or more, a share outside
/// 0..1, options out of range), Error(Cancelled) when stopped. Warns ("anomalies.no_verdict") when no
/// day had enough history.
AnomalyResult detectAnomalies(std::span<const std::int64_t> days, std::span<const double> values,
                              const AnomalyOptions& options = {}, const KernelControl& control = {},
                              std::span<const double> trials = {});

/// The median of the values (the mean of the middle two for an even count); NaN for none. Reorders
/// the vector.
double medianInPlace(std::vector<double>& values);

} // namespace kestrel::core::analytics
