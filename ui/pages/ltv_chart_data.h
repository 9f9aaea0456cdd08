#pragma once

#include "charts/category_bar_chart.h"
#include "charts/heat_map_chart.h"
#include "charts/xy_chart.h"
#include "models/ltv_snapshot.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace kestrel::ui {

/// What the LTV page draws, made from a stored run: the chart data (plain values, testable without
/// widgets) and the charts' titles.
class LtvChartData {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::LtvChartData)
public:
    static constexpr int kHorizons[3] = {3, 6, 12};
    static constexpr int kCohortCurves = 6; ///< the latest cohorts drawn as curves

    /// Customers per value bucket of historical LTV over horizon 0, 1 or 2 (3, 6, 12 months); the
    /// three share their buckets, so switching compares like with like. Labels at the buckets' edges.
    static CategoryData valueHistogram(const LtvRunDetail& run, int horizon);
    static QString valueHistogramTitle(const LtvRunDetail& run, int horizon);
    /// Customers per bucket of predicted CLV; empty when the run has no CLV (no Gamma-Gamma).
    static CategoryData clvHistogram(const LtvRunDetail& run);
    static QString clvHistogramTitle(const LtvRunDetail& run);
    /// Mean, median, 75th and 90th percentile of historical LTV (sets) for 3, 6 and 12 months
    /// (categories); a statistic the run could not compute is 0 with a tooltip saying why.
    static CategoryData horizons(const LtvRunDetail& run);

    /// Acquisition month × months since the first purchase: cumulative revenue per customer.
    static HeatMapData cohortRevenue(const LtvRunDetail& run);
    /// The same grid: share of the cohort with a purchase in that month. The colour scale ends at
    /// the largest share after month 0 (month 0 is 100 % by definition and would wash out the rest).
    static HeatMapData cohortRetention(const LtvRunDetail& run);

    /// Cumulative revenue per customer by month since the first purchase, one line per acquisition
    /// channel (history.channels[].curve), and a dashed line at the CAC of each channel that has one.
    static XyData channelCurves(const LtvRunDetail& run);
    /// The same for the latest kCohortCurves cohorts (rows of the revenue matrix).
    static XyData cohortCurves(const LtvRunDetail& run);

    /// Predicted against actual mean repeat purchases per customer in the holdout, by repeat
    /// purchases in the calibration period (0, 1 … 6, 7+). The run must have a calibration.
    static CategoryData calibration(const LtvRunDetail& run);
    static QString calibrationTitle(const LtvRunDetail& run);
};

} // namespace kestrel::ui
