#include "analytics/anomalies.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kestrel::core::analytics {
namespace {

constexpr double kMadToSigma = 1.4826; // 1 / Φ⁻¹(3/4): MAD → standard deviation of normal noise
constexpr std::int64_t kProgressEvery = 1024;

[[noreturn]] void invalid(const std::string& what)
{
    throw Error(Error::Code::InvalidArgument, "anomalies: " + what);
}

void checkOptions(const AnomalyOptions& o)
{
    if (o.weeks < 1 || o.weeks > 520)
        invalid("weeks must be 1 to 520, not " + std::to_string(o.weeks));
    if (o.minHistory < 1 || o.minHistory > o.weeks)
        invalid("minHistory must be 1 to weeks (" + std::to_string(o.weeks) + "), not " + std::to_string(o.minHistory));
    if (!(o.threshold > 0) || !std::isfinite(o.threshold))
        invalid("threshold must be a positive number");
    if (!(o.relativeFloor >= 0) || !std::isfinite(o.relativeFloor))
        invalid("relativeFloor must be 0 or more");
    if (!(o.absoluteFloor >= 0) || !std::isfinite(o.absoluteFloor))
        invalid("absoluteFloor must be 0 or more");
    if (!(o.mediumScore > 0) || !(o.highScore >= o.mediumScore) || !std::isfinite(o.highScore))
        invalid("severity bands must satisfy 0 < mediumScore <= highScore");
}

} // namespace

double medianInPlace(std::vector<double>& values)
{
    if (values.empty())
        return AnomalyDay::kNaN;
    const std::size_t n = values.size();
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const double upper = *mid;
    if (n % 2 == 1)
        return upper;
    const double lower = *std::max_element(values.begin(), mid);
    return lower + (upper - lower) / 2;
}

AnomalyResult detectAnomalies(std::span<const std::int64_t> days, std::span<const double> values,
                              const AnomalyOptions& options, const KernelControl& control)
{
    checkOptions(options);
    if (days.size() != values.size())
        invalid(std::to_string(days.size()) + " days but " + std::to_string(values.size()) + " values");
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i > 0 && days[i] <= days[i - 1])
            invalid("day of row " + std::to_string(i) + " is not after the day of row " + std::to_string(i - 1));
        if (std::isinf(values[i]))
            invalid("value of row " + std::to_string(i) + " is infinite");
    }

    AnomalyResult result;
    result.days.resize(days.size());
    if (days.empty())
        return result;

    // Values by day offset from the first day, NaN where missing: the look-back is then an index step.
    const std::int64_t first = days.front();
    const auto span = static_cast<std::size_t>(days.back() - first + 1);
    std::vector<double> byDay(span, AnomalyDay::kNaN);
    for (std::size_t i = 0; i < days.size(); ++i)
        byDay[static_cast<std::size_t>(days[i] - first)] = values[i];

    std::vector<double> history, deviations;
    history.reserve(static_cast<std::size_t>(options.weeks));
    deviations.reserve(static_cast<std::size_t>(options.weeks));
    const auto n = static_cast<std::int64_t>(days.size());
    for (std::int64_t i = 0; i < n; ++i) {
        if (i % kProgressEvery == 0) {
            control.throwIfStopped();
            control.report(static_cast<double>(i) / static_cast<double>(n));
        }
        AnomalyDay& out = result.days[static_cast<std::size_t>(i)];
        out.day = days[static_cast<std::size_t>(i)];
        out.value = values[static_cast<std::size_t>(i)];
        const std::int64_t offset = out.day - first;
        history.clear();
        for (int w = 1; w <= options.weeks; ++w) {
            const std::int64_t back = offset - 7 * static_cast<std::int64_t>(w);
            if (back < 0)
                break;
            const double v = byDay[static_cast<std::size_t>(back)];
            if (!std::isnan(v))
                history.push_back(v);
        }
        out.history = static_cast<int>(history.size());
        if (std::isnan(out.value) || out.history < options.minHistory)
            continue;

        const double baseline = medianInPlace(history);
        deviations.clear();
        for (const double v : history)
            deviations.push_back(std::abs(v - baseline));
        const double mad = medianInPlace(deviations);
        double scale = std::max({kMadToSigma * mad, options.relativeFloor * std::abs(baseline), options.absoluteFloor});
        if (options.countFloor)
            scale = std::max(scale, std::sqrt(std::abs(baseline)));
        if (!(scale > 0))
            continue; // a history of zeros and no floor: any change would be infinitely far

        out.baseline = baseline;
        out.mad = mad;
        out.scale = scale;
        out.score = (out.value - baseline) / scale;
        out.lower = baseline - options.threshold * scale;
        out.upper = baseline + options.threshold * scale;
        ++result.verdicts;
        const double size = std::abs(out.score);
        if (size >= options.threshold) {
            out.anomalous = true;
            ++result.anomalies;
            out.direction = out.score > 0 ? AnomalyDirection::Spike : AnomalyDirection::Drop;
            out.severity = size >= options.highScore     ? AnomalySeverity::High
                           : size >= options.mediumScore ? AnomalySeverity::Medium
                                                         : AnomalySeverity::Low;
        }
    }
    if (result.verdicts == 0)
        result.warnings.push_back({"anomalies.no_verdict", "no day had " + std::to_string(options.minHistory) +
                                                               " values of the same weekday in the " +
                                                               std::to_string(options.weeks) + " weeks before it"});
    control.report(1.0);
    return result;
}

} // namespace kestrel::core::analytics
