#include "charts/chart_ticks.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {

std::vector<double> niceTicks(double maxValue, int maxTicks, bool integral)
{
    maxTicks = std::max(maxTicks, 2);
    if (!(maxValue > 0))
        maxValue = 1;
    const double raw = maxValue / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    if (integral)
        step = std::max(1.0, std::ceil(step));
    std::vector<double> ticks;
    for (int i = 0;; ++i) {
        const double t = i * step;
        ticks.push_back(t);
        if (t >= maxValue - 1e-9 * step)
            break;
    }
    return ticks;
}

std::vector<double> niceTicksBetween(double lo, double hi, int maxTicks, bool integral)
{
    maxTicks = std::max(maxTicks, 2);
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (lo > hi)
        std::swap(lo, hi);
    if (hi - lo < 1e-12) {
        const double pad = std::abs(lo) > 1e-12 ? std::abs(lo) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    if (integral)
        step = std::max(1.0, std::ceil(step));
    const double first = std::floor(lo / step + 1e-9) * step;
    std::vector<double> ticks;
    for (int i = 0;; ++i) {
        double t = first + i * step;
        if (std::abs(t) < step * 1e-9)
            t = 0; // no "-0"
        ticks.push_back(t);
        if (t >= hi - 1e-9 * step || i > 4 * maxTicks)
            break;
    }
    return ticks;
}

std::vector<double> logTicksBetween(double lo, double hi, int maxTicks)
{
    maxTicks = std::max(maxTicks, 2);
    if (!(lo > 0) || !std::isfinite(hi) || !(hi > lo))
        return {};
    const auto inside = [&](double v) { return v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12); };
    std::vector<double> ticks;
    if (std::log10(hi / lo) < 1.0) {
        // Nice steps can fall mostly outside a narrow range: ask for finer ones until three are inside.
        for (int wanted = maxTicks; wanted <= 4 * maxTicks; ++wanted) {
            ticks.clear();
            for (const double t : niceTicksBetween(lo, hi, wanted, false))
                if (t > 0 && inside(t))
                    ticks.push_back(t);
            if (ticks.size() >= 3 || static_cast<int>(ticks.size()) >= maxTicks)
                break;
        }
        return ticks;
    }
    const int first = static_cast<int>(std::floor(std::log10(lo)));
    const int last = static_cast<int>(std::ceil(std::log10(hi)));
    const std::vector<std::vector<double>> patterns{{1, 2, 5}, {1, 3}, {1}};
    for (const auto& pattern : patterns) {
        ticks.clear();
        for (int k = first; k <= last; ++k)
            for (const double m : pattern)
                if (const double v = m * std::pow(10.0, k); inside(v))
                    ticks.push_back(v);
        if (static_cast<int>(ticks.size()) <= maxTicks)
            return ticks;
    }
    // Whole decades are still too many: every n-th one.
    const auto step = static_cast<std::size_t>((ticks.size() + static_cast<std::size_t>(maxTicks) - 1) /
                                               static_cast<std::size_t>(maxTicks));
    std::vector<double> thinned;
    for (std::size_t i = 0; i < ticks.size(); i += step)
        thinned.push_back(ticks[i]);
    return thinned;
}

std::vector<AxisTick> dateTicks(const std::vector<QDate>& days, int maxLabels, int first, int last)
{
    std::vector<AxisTick> ticks;
    const int n = static_cast<int>(days.size());
    first = std::max(first, 0);
    last = std::min(last, n - 1);
    if (n == 0 || first > last)
        return ticks;
    maxLabels = std::max(maxLabels, 1);
    const QLocale locale;
    const auto add = [&](int i, const QString& format) {
        ticks.push_back({static_cast<double>(i), locale.toString(days[static_cast<std::size_t>(i)], format)});
    };
    for (int step : {1, 2, 3, 7, 14}) {
        if ((last - first) / step + 1 <= maxLabels) {
            for (int i = first; i <= last; i += step)
                add(i, QStringLiteral("d MMM"));
            return ticks;
        }
    }
    const double months = (last - first + 1) / 30.4;
    int stepMonths = 1;
    for (int s : {1, 2, 3, 6, 12}) {
        stepMonths = s;
        if (months / s <= maxLabels)
            break;
    }
    while (months / stepMonths > maxLabels)
        stepMonths += 12;
    for (int i = first; i <= last; ++i) {
        const QDate& d = days[static_cast<std::size_t>(i)];
        if (d.day() == 1 && (d.month() - 1) % stepMonths == 0)
            add(i, QStringLiteral("MMM yyyy"));
    }
    return ticks;
}

} // namespace kestrel::ui
