#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"
#include "analytics/rfm_segment.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// Per-customer RFM inputs, one entry per customer in the same order in all three spans.
struct RfmInput {
    std::span<const double> recencyDays; ///< days since the last order (≥ 0); fewer days = better
    std::span<const double> frequency;   ///< orders in the window (≥ 0)
    std::span<const double> monetary;    ///< revenue in the window
};

/// Quintile scores (1–5) and segments, in input order.
struct RfmResult {
    std::vector<std::uint8_t> recency;
    std::vector<std::uint8_t> frequency;
    std::vector<std::uint8_t> monetary;
    std::vector<RfmSegment> segments; ///< rfmSegmentOf(recency, frequency)
    std::vector<KernelWarning> warnings;
};

/// Quintile score of every value: 1 + ⌊5 · below / n⌋, where `below` counts the values strictly worse
/// (smaller when higherIsBetter, larger otherwise). Equal values always get the same score and the scores
/// do not depend on input order — ties are resolved by value, never by position.
std::vector<std::uint8_t> quintileScores(std::span<const double> values, bool higherIsBetter);

/// Scores R (fewer days = higher), F and M, and names each customer's segment. Throws Error
/// (Code::InvalidArgument) when the spans differ in length or a value is not finite or a recency or
/// frequency is negative (naming the field and the 0-based row); Error (Code::Cancelled) when stopped.
/// Warns ("rfm.few_distinct_values") when ties leave a score unused.
RfmResult scoreRfm(const RfmInput& input, const KernelControl& control = {});

} // namespace kestrel::core::analytics
