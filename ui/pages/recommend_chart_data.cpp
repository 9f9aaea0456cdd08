#include "pages/recommend_chart_data.h"

#include "charts/chart_palette.h"
#include "models/recommend_texts.h"
#include "widgets/value_format.h"

#include <numeric>

namespace kestrel::ui {
namespace {

constexpr int kMetrics = static_cast<int>(RecommendChartData::Metric::Count);

QString share(std::int64_t part, std::int64_t whole)
{
    return format::percent(whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0);
}

CategoryData mix(const std::vector<std::pair<QString, std::int64_t>>& counts, bool reasons)
{
    CategoryData data;
    const std::int64_t total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0},
                                               [](std::int64_t sum, const auto& c) { return sum + c.second; });
    BarSeries series{RecommendChartData::tr("Recommendations"), {}, chartColor(0), {}};
    for (const auto& [key, n] : counts) {
        data.categories << (reasons ? RecommendTexts::reasonName(key) : RecommendTexts::sourceName(key));
        data.categoryTooltips << (reasons ? RecommendTexts::reasonTooltip(key) : RecommendTexts::sourceTooltip(key));
        series.values.push_back(static_cast<double>(n));
        series.tooltips.push_back(RecommendChartData::tr("%1 recommendations (%2 of all)")
                                      .arg(format::count(static_cast<double>(n)), share(n, total)));
    }
    data.series.push_back(std::move(series));
    return data;
}

} // namespace

QString RecommendChartData::metricName(Metric metric, int k)
{
    switch (metric) {
    case Metric::Precision:
        return tr("Precision@%1").arg(k);
    case Metric::Recall:
        return tr("Recall@%1").arg(k);
    case Metric::Ndcg:
        return tr("NDCG@%1").arg(k);
    case Metric::Map:
    case Metric::Count:
        break;
    }
    return tr("MAP@%1").arg(k);
}

QString RecommendChartData::metricTooltip(Metric metric, int k)
{
    switch (metric) {
    case Metric::Precision:
        return tr("Of the first %1 products on a list, the share the user then bought").arg(k);
    case Metric::Recall:
        return tr("Of the products a user bought in the test period, the share found in the first %1").arg(k);
    case Metric::Ndcg:
        return tr("Like recall, but a hit near the top of the list counts more (1 = every purchase at the top)");
    case Metric::Map:
    case Metric::Count:
        break;
    }
    return tr("Mean average precision: the precision at each hit in the first %1, averaged").arg(k);
}

double RecommendChartData::metricValue(const RecommendModelScores& s, Metric metric)
{
    switch (metric) {
    case Metric::Precision:
        return s.precision;
    case Metric::Recall:
        return s.recall;
    case Metric::Ndcg:
        return s.ndcg;
    case Metric::Map:
    case Metric::Count:
        break;
    }
    return s.map;
}

CategoryData RecommendChartData::metrics(const RecommendEvaluationView& e)
{
    CategoryData data;
    for (int m = 0; m < kMetrics; ++m) {
        data.categories << metricName(static_cast<Metric>(m), e.k);
        data.categoryTooltips << metricTooltip(static_cast<Metric>(m), e.k);
    }
    for (std::size_t i = 0; i < kRecommendModels; ++i) {
        const auto kind = static_cast<RecommendModelKind>(i);
        const RecommendModelScores& s = e.models[i];
        if (!s.present)
            continue;
        BarSeries series{RecommendTexts::modelName(kind), {}, RecommendTexts::modelColor(kind), {}};
        for (int m = 0; m < kMetrics; ++m) {
            const double v = metricValue(s, static_cast<Metric>(m));
            series.values.push_back(v);
            series.tooltips.push_back(format::decimal(v, 3));
        }
        data.series.push_back(std::move(series));
    }
    return data;
}

CategoryData RecommendChartData::coverage(const RecommendEvaluationView& e)
{
    CategoryData data;
    BarSeries series{tr("Catalogue coverage"), {}, chartColor(4), {}};
    for (std::size_t i = 0; i < kRecommendModels; ++i) {
        const auto kind = static_cast<RecommendModelKind>(i);
        const RecommendModelScores& s = e.models[i];
        if (!s.present)
            continue;
        data.categories << RecommendTexts::modelName(kind);
        data.categoryTooltips << RecommendTexts::modelTooltip(kind);
        series.values.push_back(s.coverage);
        series.tooltips.push_back(tr("%1 of the catalogue").arg(format::percent(s.coverage, 1)));
    }
    data.series.push_back(std::move(series));
    return data;
}

std::optional<double> RecommendChartData::ndcgLift(const RecommendEvaluationView& e)
{
    const RecommendModelScores& hybrid = e.model(RecommendModelKind::Hybrid);
    const RecommendModelScores& popular = e.model(RecommendModelKind::Popularity);
    if (!hybrid.present || !popular.present || popular.ndcg <= 0)
        return std::nullopt;
    return hybrid.ndcg / popular.ndcg;
}

CategoryData RecommendChartData::mixByReason(const RecommendRunDetail& run)
{
    return mix(run.byReason, true);
}

CategoryData RecommendChartData::mixBySource(const RecommendRunDetail& run)
{
    return mix(run.bySource, false);
}

} // namespace kestrel::ui
