#include "analytics/rfm.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kestrel::core::analytics {
namespace {

void checkField(std::span<const double> values, std::string_view field, bool nonNegative)
{
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v) || (nonNegative && v < 0.0)) {
            throw Error(Error::Code::InvalidArgument,
                        "rfm: " + std::string(field) + " of row " + std::to_string(i) + " is " +
                            (std::isfinite(v) ? std::to_string(v) + " (must be ≥ 0)" : std::string("not a number")));
        }
    }
}

void warnUnused(const std::vector<std::uint8_t>& scores, std::string_view field, std::vector<KernelWarning>& warnings)
{
    bool used[6] = {};
    for (const auto s : scores) {
        used[s] = true;
    }
    const auto count = std::count(used + 1, used + 6, true);
    if (!scores.empty() && count < 5) {
        warnings.push_back({"rfm.few_distinct_values", std::string(field) + ": ties leave only " +
                                                           std::to_string(count) + " of the 5 scores in use"});
    }
}

} // namespace

std::vector<std::uint8_t> quintileScores(std::span<const double> values, bool higherIsBetter)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const auto n = static_cast<long double>(sorted.size());
    std::vector<std::uint8_t> scores(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::size_t below =
            higherIsBetter
                ? static_cast<std::size_t>(std::lower_bound(sorted.begin(), sorted.end(), values[i]) - sorted.begin())
                : static_cast<std::size_t>(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), values[i]));
        scores[i] = static_cast<std::uint8_t>(1 + static_cast<int>(5.0L * static_cast<long double>(below) / n));
    }
    return scores;
}

RfmResult scoreRfm(const RfmInput& input, const KernelControl& control)
{
    const std::size_t n = input.recencyDays.size();
    if (input.frequency.size() != n || input.monetary.size() != n) {
        throw Error(Error::Code::InvalidArgument,
                    "rfm: recency, frequency and monetary differ in length (" + std::to_string(n) + ", " +
                        std::to_string(input.frequency.size()) + ", " + std::to_string(input.monetary.size()) + ")");
    }
    checkField(input.recencyDays, "recency", true);
    checkField(input.frequency, "frequency", true);
    checkField(input.monetary, "monetary", false);
    control.throwIfStopped();

    RfmResult result;
    result.recency = quintileScores(input.recencyDays, false);
    control.report(0.3);
    control.throwIfStopped();
    result.frequency = quintileScores(input.frequency, true);
    control.report(0.6);
    control.throwIfStopped();
    result.monetary = quintileScores(input.monetary, true);
    result.segments.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        result.segments[i] = rfmSegmentOf(result.recency[i], result.frequency[i]);
    }
    warnUnused(result.recency, "recency", result.warnings);
    warnUnused(result.frequency, "frequency", result.warnings);
    warnUnused(result.monetary, "monetary", result.warnings);
    control.report(1.0);
    return result;
}

} // namespace kestrel::core::analytics
