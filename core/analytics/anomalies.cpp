#include "analytics/anomalies.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kestrel::core::analytics {
namespace {

constexpr double kMadToSigma = 1.4826; // 1 / Φ⁻¹(3/4): MAD → standard deviation of normal noise
constexpr double kHalfPi = 1.57079632679489661923;
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
    if (!(o.unit > 0) || !std::isfinite(o.unit))
        invalid("unit must be a positive number");
    if (!(o.relativeFloor >= 0) || !std::isfinite(o.relativeFloor))
        invalid("relativeFloor must be 0 or more");
    if (!(o.absoluteFloor >= 0) || !std::isfinite(o.absoluteFloor))
        invalid("absoluteFloor must be 0 or more");
    if (!(o.mediumScore > 0) || !(o.highScore >= o.mediumScore) || !std::isfinite(o.highScore))
        invalid("severity bands must satisfy 0 < mediumScore <= highScore");
}

/// The compared scale: forward, back and its slope (dy/dx) at a value in the metric's units.
struct Scale {
    AnomalyScale kind;
    double unit;

    double forward(double x) const
    {
        switch (kind) {
        case AnomalyScale::Count:
            return 2.0 * std::sqrt(std::max(0.0, x) / unit + 0.375);
        case AnomalyScale::Proportion:
            return std::asin(std::sqrt(std::clamp(x, 0.0, 1.0)));
        case AnomalyScale::Linear:
            break;
        }
        return x;
    }
    double back(double y) const
    {
        switch (kind) {
        case AnomalyScale::Count: {
            const double half = std::max(0.0, y) / 2;
            return std::max(0.0, unit * (half * half - 0.375));
        }
        case AnomalyScale::Proportion: {
            const double s = std::sin(std::clamp(y, 0.0, kHalfPi));
            return s * s;
        }
        case AnomalyScale::Linear:
            break;
        }
        return y;
    }
    double slope(double x) const
    {
        switch (kind) {
        case AnomalyScale::Count:
            return 1.0 / (unit * std::sqrt(std::max(0.0, x) / unit + 0.375));
        case AnomalyScale::Proportion: {
            const double p = std::clamp(x, 1e-6, 1 - 1e-6);
            return 1.0 / (2.0 * std::sqrt(p * (1 - p)));
        }
        case AnomalyScale::Linear:
            break;
        }
        return 1.0;
    }
    /// The least scale from the noise of the kind itself (0 for Linear).
    double noiseFloor(double trials) const
    {
        switch (kind) {
        case AnomalyScale::Count:
            return 1.0;
        case AnomalyScale::Proportion:
            return 0.5 / std::sqrt(trials);
        case AnomalyScale::Linear:
            break;
        }
        return 0.0;
    }
};

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
                              const AnomalyOptions& options, const KernelControl& control,
                              std::span<const double> trials)
{
    checkOptions(options);
    const bool proportion = options.scale == AnomalyScale::Proportion;
    if (days.size() != values.size())
        invalid(std::to_string(days.size()) + " days but " + std::to_string(values.size()) + " values");
    if (!proportion && !trials.empty())
        invalid("trials are for the Proportion scale");
    if (proportion && trials.size() != values.size())
        invalid(std::to_string(trials.size()) + " trials but " + std::to_string(values.size()) + " values");
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (i > 0 && days[i] <= days[i - 1])
            invalid("day of row " + std::to_string(i) + " is not after the day of row " + std::to_string(i - 1));
        const double v = values[i];
        if (std::isinf(v))
            invalid("value of row " + std::to_string(i) + " is infinite");
        if (options.scale == AnomalyScale::Count && v < 0)
            invalid("value of row " + std::to_string(i) + " is negative, which a count cannot be");
        if (proportion && (v < 0 || v > 1))
            invalid("value of row " + std::to_string(i) + " is not a share between 0 and 1");
        if (proportion && !(trials[i] >= 0))
            invalid("trials of row " + std::to_string(i) + " are not 0 or more");
    }

    AnomalyResult result;
    result.days.resize(days.size());
    if (days.empty())
        return result;
    const Scale scale{options.scale, options.unit};

    // Compared values by day offset from the first day, NaN where missing: the look-back is then an
    // index step.
    const std::int64_t first = days.front();
    const auto span = static_cast<std::size_t>(days.back() - first + 1);
    std::vector<double> byDay(span, AnomalyDay::kNaN);
    for (std::size_t i = 0; i < days.size(); ++i) {
        const bool present = !std::isnan(values[i]) && (!proportion || trials[i] > 0);
        if (present)
            byDay[static_cast<std::size_t>(days[i] - first)] = scale.forward(values[i]);
    }

    std::vector<double> history, deviations;
    history.reserve(static_cast<std::size_t>(options.weeks));
    deviations.reserve(static_cast<std::size_t>(options.weeks));
    const auto n = static_cast<std::int64_t>(days.size());
    for (std::int64_t i = 0; i < n; ++i) {
        if (i % kProgressEvery == 0) {
            control.throwIfStopped();
            control.report(static_cast<double>(i) / static_cast<double>(n));
        }
        const auto row = static_cast<std::size_t>(i);
        AnomalyDay& out = result.days[row];
        out.day = days[row];
        out.value = values[row];
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
        const double y = byDay[static_cast<std::size_t>(offset)];
        if (std::isnan(y) || out.history < options.minHistory)
            continue;

        const double baselineY = medianInPlace(history);
        deviations.clear();
        for (const double v : history)
            deviations.push_back(std::abs(v - baselineY));
        const double mad = medianInPlace(deviations);
        const double baseline = scale.back(baselineY);
        const double unitsFloor =
            std::max(options.relativeFloor * std::abs(baseline), options.absoluteFloor) * scale.slope(baseline);
        const double s = std::max({kMadToSigma * mad, unitsFloor, scale.noiseFloor(proportion ? trials[row] : 0.0)});
        if (!(s > 0))
            continue; // a history of zeros and no floor: any change would be infinitely far

        out.baseline = baseline;
        out.mad = mad;
        out.scale = s;
        out.score = (y - baselineY) / s;
        out.lower = scale.back(baselineY - options.threshold * s);
        out.upper = scale.back(baselineY + options.threshold * s);
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
