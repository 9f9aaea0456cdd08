#include "analytics/rfm_segment.h"

#include <algorithm>

namespace kestrel::core::analytics {

RfmSegment rfmSegmentOf(int r, int f)
{
    using S = RfmSegment;
    // kTable[5 − r][f − 1], the table in the header.
    static constexpr S kTable[5][5] = {
        {S::NewCustomers, S::PotentialLoyalists, S::PotentialLoyalists, S::Champions, S::Champions},
        {S::Promising, S::PotentialLoyalists, S::PotentialLoyalists, S::Loyal, S::Loyal},
        {S::AboutToSleep, S::AboutToSleep, S::NeedAttention, S::Loyal, S::Loyal},
        {S::Hibernating, S::Hibernating, S::AtRisk, S::AtRisk, S::CannotLoseThem},
        {S::Lost, S::Hibernating, S::AtRisk, S::AtRisk, S::CannotLoseThem},
    };
    r = std::clamp(r, 1, 5);
    f = std::clamp(f, 1, 5);
    return kTable[5 - r][f - 1];
}

std::string_view rfmSegmentName(RfmSegment segment)
{
    switch (segment) {
    case RfmSegment::Champions:
        return "Champions";
    case RfmSegment::Loyal:
        return "Loyal";
    case RfmSegment::PotentialLoyalists:
        return "Potential loyalists";
    case RfmSegment::NewCustomers:
        return "New customers";
    case RfmSegment::Promising:
        return "Promising";
    case RfmSegment::NeedAttention:
        return "Need attention";
    case RfmSegment::AboutToSleep:
        return "About to sleep";
    case RfmSegment::AtRisk:
        return "At risk";
    case RfmSegment::CannotLoseThem:
        return "Cannot lose them";
    case RfmSegment::Hibernating:
        return "Hibernating";
    case RfmSegment::Lost:
        return "Lost";
    }
    return "Unknown";
}

} // namespace kestrel::core::analytics
