#pragma once

#include "charts/category_bar_chart.h"
#include "models/recommend_snapshot.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace kestrel::ui {

/// What the Recommendations page draws, made from a stored run or a file evaluation: the chart data
/// (plain values, testable without widgets) and the words around it.
class RecommendChartData {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::RecommendChartData)
public:
    /// The four ranking metrics in chart order.
    enum class Metric { Precision, Recall, Ndcg, Map, Count };
    static QString metricName(Metric metric, int k);
    static QString metricTooltip(Metric metric, int k);
    static double metricValue(const RecommendModelScores& scores, Metric metric);

    /// Precision@K, recall@K, NDCG@K and MAP@K (categories), one set per evaluated model (hybrid,
    /// item CF, content, popularity with recency, plain popularity) in the models' colours.
    static CategoryData metrics(const RecommendEvaluationView& evaluation);
    /// Catalogue coverage per model: distinct products recommended to the evaluated users out of the
    /// products seen in training.
    static CategoryData coverage(const RecommendEvaluationView& evaluation);
    /// The hybrid's NDCG@K over plain popularity's; empty when popularity's is 0 or a model is missing.
    static std::optional<double> ndcgLift(const RecommendEvaluationView& evaluation);

    /// Recommendations of the run by reason (bought together … popular), or by part of the hybrid.
    static CategoryData mixByReason(const RecommendRunDetail& run);
    static CategoryData mixBySource(const RecommendRunDetail& run);
};

} // namespace kestrel::ui
