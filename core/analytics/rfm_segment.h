#pragma once

#include <string_view>

namespace kestrel::core::analytics {

/// Named RFM segments, assigned from the recency and frequency scores (1–5) by the rule table of common
/// RFM practice (R rows, F columns):
///
/// | R \ F | 1              | 2                   | 3                   | 4            | 5                |
/// |-------|----------------|---------------------|---------------------|--------------|------------------|
/// | 5     | New customers  | Potential loyalists | Potential loyalists | Champions    | Champions        |
/// | 4     | Promising      | Potential loyalists | Potential loyalists | Loyal        | Loyal            |
/// | 3     | About to sleep | About to sleep      | Need attention      | Loyal        | Loyal            |
/// | 2     | Hibernating    | Hibernating         | At risk             | At risk      | Cannot lose them |
/// | 1     | Lost           | Hibernating         | At risk             | At risk      | Cannot lose them |
///
/// The values are stable (stored in ml.user_metrics); do not reorder.
enum class RfmSegment : unsigned char {
    Champions = 0,
    Loyal = 1,
    PotentialLoyalists = 2,
    NewCustomers = 3,
    Promising = 4,
    NeedAttention = 5,
    AboutToSleep = 6,
    AtRisk = 7,
    CannotLoseThem = 8,
    Hibernating = 9,
    Lost = 10,
};

/// The segment of a recency score r and frequency score f (both 1–5; values outside are clamped).
RfmSegment rfmSegmentOf(int r, int f);

/// English name of a segment ("Champions", "Loyal", "Potential loyalists", "New customers", "Promising",
/// "Need attention", "About to sleep", "At risk", "Cannot lose them", "Hibernating", "Lost"); the UI
/// translates it.
std::string_view rfmSegmentName(RfmSegment segment);

} // namespace kestrel::core::analytics
