#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>

#include <vector>

namespace kestrel::ui {

struct AxisTick {
    double position = 0;
    QString label;
};

/// 0, step, 2·step … up to the first tick at or above maxValue, at most about maxTicks of them;
/// step is 1, 2, 2.5 or 5 times a power of ten (at least 1 when integral).
std::vector<double> niceTicks(double maxValue, int maxTicks, bool integral);

/// Ticks covering [lo, hi] (either may be negative): multiples of a "nice" step from the last one at
/// or below lo to the first one at or above hi, at most about maxTicks of them. An empty or
/// degenerate range is widened around its value.
std::vector<double> niceTicksBetween(double lo, double hi, int maxTicks, bool integral);

/// Labelled positions (indices into days, within [first, last]) for a day axis with at most
/// maxLabels labels: every 1/2/3/7/14 days from `first`, or at month starts every 1/2/3/6/12
/// months. Labels use the default QLocale.
std::vector<AxisTick> dateTicks(const std::vector<QDate>& days, int maxLabels, int first, int last);

} // namespace kestrel::ui
