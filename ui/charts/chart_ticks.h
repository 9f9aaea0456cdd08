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

/// Tick values (positive, in data units) for a logarithmic axis showing [lo, hi] (lo > 0): over a
/// decade or more the 1-2-5 sequence of each decade (thinned to 1-3, then to whole decades, then to
/// every other decade when there would be more than maxTicks); within less than a decade "nice"
/// linear steps, fine enough that at least three fall inside. Only values inside [lo, hi].
std::vector<double> logTicksBetween(double lo, double hi, int maxTicks);

/// Labelled positions (indices into days, within [first, last]) for a day axis with at most
/// maxLabels labels: every 1/2/3/7/14 days from `first`, or at month starts every 1/2/3/6/12
/// months. Labels use the default QLocale.
std::vector<AxisTick> dateTicks(const std::vector<QDate>& days, int maxLabels, int first, int last);

} // namespace kestrel::ui
