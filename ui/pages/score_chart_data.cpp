#include "pages/score_chart_data.h"

#include "charts/chart_palette.h"
#include "customers/scoring_service.h"
#include "models/feature_texts.h"
#include "models/score_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <numeric>

namespace kestrel::ui {
namespace {

double binLower(int bin)
{
    return bin / static_cast<double>(ScoreChartData::kBins);
}

QString score(double v, int decimals = 2)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

QString ScoreChartData::binRange(int bin)
{
    return tr("%1–%2").arg(score(binLower(bin)), score(binLower(bin + 1)));
}

std::vector<std::pair<double, QString>> ScoreChartData::binEdgeLabels(bool bandEdges)
{
    std::vector<std::pair<double, QString>> out;
    // Band edges: 0, 0.3, 0.6, 1 (bins 0, 6, 12, 20), so the axis shows where the bands change.
    const std::vector<int> edges =
        bandEdges ? std::vector<int>{0, 6, 12, kBins} : std::vector<int>{0, 4, 8, 12, 16, kBins};
    for (int edge : edges)
        out.emplace_back(edge - 0.5, QLocale().toString(binLower(edge), 'g', 2));
    return out;
}

QString ScoreChartData::histogramAxisTitle()
{
    return tr("Score");
}

CategoryData ScoreChartData::histogram(const ScoreRunDetail& run)
{
    CategoryData data;
    data.stacked = true;
    const std::int64_t total = std::accumulate(run.histogram.begin(), run.histogram.end(), std::int64_t{0});
    for (int b = 0; b < kBins; ++b) {
        const int band = core::ScoringService::bandOf(binLower(b) + 0.5 / kBins);
        data.categories << binRange(b);
        data.categoryTooltips
            << tr("Scores %1 · %2 (%3)").arg(binRange(b), ScoreTexts::bandName(band), ScoreTexts::bandRange(band));
    }
    data.axisLabels = binEdgeLabels(true);
    for (int band = 0; band < 3; ++band) {
        BarSeries series;
        // Two short lines fit three entries under a narrow plot in any language; the axis shows
        // the bands' edges.
        series.name = tr("%1\n%2").arg(ScoreTexts::bandName(band),
                                       format::count(static_cast<double>(run.bands[static_cast<std::size_t>(band)])));
        series.color = ScoreTexts::bandColor(run.info.model, band);
        for (int b = 0; b < kBins; ++b) {
            const auto i = static_cast<std::size_t>(b);
            const std::int64_t n = i < run.histogram.size() ? run.histogram[i] : 0;
            const bool inBand = core::ScoringService::bandOf(binLower(b) + 0.5 / kBins) == band;
            series.values.push_back(inBand ? static_cast<double>(n) : 0.0);
            series.tooltips.push_back(
                inBand
                    ? tr("%n users (%1)", nullptr, static_cast<int>(n))
                          .arg(format::percent(total > 0 ? static_cast<double>(n) / static_cast<double>(total) : 0.0))
                    : QString());
        }
        data.series.push_back(std::move(series));
    }
    return data;
}

QString ScoreChartData::histogramTitle(const ScoreRunDetail& run)
{
    return tr("Scores of %1 users").arg(format::count(static_cast<double>(run.info.scoredUsers)));
}

XyData ScoreChartData::roc(const ScoreRunDetail& run)
{
    XyData data;
    data.x = {tr("False-positive rate"), format::Kind::Ratio, false, 0.0, 1.0};
    data.y = {tr("True-positive rate"), format::Kind::Ratio, false, 0.0, 1.0};
    const bool churn = run.info.model == QLatin1String("churn");
    // Short legend entries: the ROC chart is the narrowest of the page.
    XySeries curve{run.info.rocAuc ? tr("AUC %1").arg(score(*run.info.rocAuc, 3)) : tr("Model"),
                   XySeries::Style::Line,
                   {},
                   chartColor(0),
                   {}};
    for (const auto& [fpr, tpr] : run.roc) {
        curve.points.emplace_back(fpr, tpr);
        curve.labels.push_back((churn ? tr("Finds %1 of the churners, flagging %2 of the others")
                                      : tr("Finds %1 of the buyers, flagging %2 of the others"))
                                   .arg(format::percent(tpr, 0), format::percent(fpr, 0)));
    }
    data.series.push_back(std::move(curve));
    data.series.push_back({tr("Chance"), XySeries::Style::Reference, {{0.0, 0.0}, {1.0, 1.0}}, {}, {}});
    return data;
}

QString ScoreChartData::rocTitle(const ScoreRunDetail& run)
{
    return run.info.rocAuc ? tr("ROC curve · AUC %1").arg(score(*run.info.rocAuc, 3)) : tr("ROC curve");
}

XyData ScoreChartData::calibration(const ScoreRunDetail& run)
{
    XyData data;
    data.x = {tr("Mean predicted score"), format::Kind::Ratio, false, 0.0, std::nullopt};
    data.y = {tr("Observed rate"), format::Kind::Ratio, false, 0.0, std::nullopt};
    XySeries curve{tr("Model"), XySeries::Style::LineWithPoints, {}, chartColor(0), {}};
    double top = 0.1;
    for (const ReliabilityPoint& p : run.reliability) {
        curve.points.emplace_back(p.meanPredicted, p.observedRate);
        curve.labels.push_back(tr("%1: predicted %2, observed %3 (%n users)", nullptr, static_cast<int>(p.count))
                                   .arg(tr("Scores %1–%2").arg(score(p.lower, 1), score(p.upper, 1)),
                                        format::percent(p.meanPredicted), format::percent(p.observedRate)));
        top = std::max({top, p.meanPredicted, p.observedRate});
    }
    data.series.push_back(std::move(curve));
    // The diagonal as far as the points go, so a model that never scores above 0.4 is not drawn
    // in a corner.
    top = std::min(1.0, top);
    data.series.push_back({tr("Perfect calibration"), XySeries::Style::Reference, {{0.0, 0.0}, {top, top}}, {}, {}});
    return data;
}

XyData ScoreChartData::lift(const ScoreRunDetail& run)
{
    XyData data;
    // A little room right of 100 %, so the last decile's dot is not cut by the frame.
    data.x = {tr("Top share of users by score"), format::Kind::Ratio, false, 0.0, 1.04};
    data.y = {tr("Lift (× the average rate)"), format::Kind::Number, false, 0.0, std::nullopt};
    const bool churn = run.info.model == QLatin1String("churn");
    XySeries curve{tr("Lift"), XySeries::Style::LineWithPoints, {}, chartColor(0), {}};
    for (const LiftRow& l : run.lift) {
        curve.points.emplace_back(l.fraction, l.lift);
        curve.labels.push_back(
            (churn ? tr("Top %1: %2× the average churn rate, %3 of all churners")
                   : tr("Top %1: %2× the average purchase rate, %3 of all buyers"))
                .arg(format::percent(l.fraction, 0), format::decimal(l.lift, 3), format::percent(l.capture, 0)));
    }
    data.series.push_back(std::move(curve));
    data.series.push_back({tr("No model (lift 1)"), XySeries::Style::Reference, {{0.0, 1.0}, {1.0, 1.0}}, {}, {}});
    return data;
}

CategoryData ScoreChartData::importance(const ScoreRunDetail& run)
{
    CategoryData data;
    double total = 0;
    for (const auto& [feature, gain] : run.importance)
        total += gain;
    BarSeries series{tr("Gain"), {}, chartColor(0), {}};
    for (const auto& [feature, gain] : run.importance) {
        data.categories << FeatureTexts::label(feature);
        data.categoryTooltips << FeatureTexts::description(feature);
        series.values.push_back(gain);
        series.tooltips.push_back(
            tr("%1 (%2 of the total)").arg(format::decimal(gain, 3), format::percent(total > 0 ? gain / total : 0.0)));
    }
    data.series.push_back(std::move(series));
    return data;
}

CategoryData ScoreChartData::driftHistograms(const core::ScoreDrift& drift)
{
    CategoryData data;
    for (int b = 0; b < kBins; ++b) {
        data.categories << binRange(b);
        data.categoryTooltips << tr("Scores %1").arg(binRange(b));
    }
    data.axisLabels = binEdgeLabels();
    const auto add = [&](std::int64_t runId, const std::array<std::int64_t, 20>& histogram, std::int64_t users,
                         QColor color) {
        BarSeries series{tr("Run %1").arg(runId), {}, color, {}};
        for (int b = 0; b < kBins; ++b) {
            const std::int64_t n = histogram[static_cast<std::size_t>(b)];
            const double share = users > 0 ? static_cast<double>(n) / static_cast<double>(users) : 0.0;
            series.values.push_back(share);
            series.tooltips.push_back(tr("%n users (%1)", nullptr, static_cast<int>(n)).arg(format::percent(share)));
        }
        data.series.push_back(std::move(series));
    };
    add(drift.runA, drift.histogramA, drift.usersA, QColor(0x94, 0xa3, 0xb8));
    add(drift.runB, drift.histogramB, drift.usersB, chartColor(0));
    return data;
}

} // namespace kestrel::ui
