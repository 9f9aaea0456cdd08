#pragma once

#include "charts/xy_chart.h"
#include "models/pricing_snapshot.h"

#include <QtCore/QCoreApplication>

namespace kestrel::ui {

/// What the price-demand chart shows for one row.
struct PricingChartData {
    QString title;
    /// Series 0: the weeks (scatter); series 1: the fitted line (following series 0, so no legend),
    /// when there is an estimate.
    XyData data;
    /// The fitted line: ln units = meanLogUnits + elasticity · (ln price − meanLogPrice), through the
    /// centroid of the points (where the regression line passes at the sample's average trend and season).
    double meanLogPrice = 0, meanLogUnits = 0;
};

/// The price-demand chart of a row on log-log axes: every week as a dot (price, or for a category
/// the price index, against units sold) and the fitted line with the elasticity as its slope; the
/// title names the row and its elasticity with the interval.
class PricingChart {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::PricingChart)
public:
    static PricingChartData of(const PricingRow& row);
};

} // namespace kestrel::ui
