#pragma once

#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "models/scores_snapshot.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace kestrel::core {
struct ScoreDrift;
}

namespace kestrel::ui {

/// What the Scores page draws, made from a stored run or a comparison of two: the chart data
/// (plain values, testable without widgets) and the charts' titles.
class ScoreChartData {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::ScoreChartData)
public:
    static constexpr int kBins = 20; ///< score bins of 0.05

    /// "0.30–0.35".
    static QString binRange(int bin);
    /// Labels on the bins' edges, in bin units (bin i spans i − 0.5 … i + 0.5): at 0, 0.3, 0.6
    /// and 1 (where the bands change) or at 0, 0.2 … 1.
    static std::vector<std::pair<double, QString>> binEdgeLabels(bool bandEdges = false);
    /// The histogram's score axis.
    static QString histogramAxisTitle();

    /// Users per score bin, one stacked set per band (low, medium, high) so each bar has its
    /// band's colour; the legend names each band with its count (metrics.bands) and the axis is
    /// labelled at the bands' edges.
    static CategoryData histogram(const ScoreRunDetail& run);
    static QString histogramTitle(const ScoreRunDetail& run);
    /// The validation ROC curve and the chance diagonal; the AUC in the curve's name.
    static XyData roc(const ScoreRunDetail& run);
    static QString rocTitle(const ScoreRunDetail& run);
    /// Mean predicted score against the observed rate per score bin, with the diagonal of a
    /// perfectly calibrated model.
    static XyData calibration(const ScoreRunDetail& run);
    /// Lift of the top 10 %, 20 % … of users by score (capture in the tooltips), and lift 1.
    static XyData lift(const ScoreRunDetail& run);
    /// Gain per feature, most important first, under readable feature names.
    static CategoryData importance(const ScoreRunDetail& run);
    /// The two runs' score distributions as shares of their users, side by side per bin.
    static CategoryData driftHistograms(const core::ScoreDrift& drift);
};

} // namespace kestrel::ui
