#pragma once

#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "models/segments_snapshot.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

namespace kestrel::ui {

/// What the Segments page draws, made from a stored run: the chart data (plain values, testable
/// without widgets) and the words for methods and segments (features: FeatureTexts).
class SegmentChartData {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::SegmentChartData)
public:
    /// "k-means", "DBSCAN".
    static QString methodName(const QString& method);
    /// The first `phrases` phrases of a profile, one a line ("high spend,\nbuys monthly"), never
    /// the revenue part.
    static QString shortProfile(const QString& profile, int phrases = 2);
    /// "0 · high spend,\nbuys monthly"; "Noise" for −1.
    static QString segmentLabel(const SegmentRow& segment, int phrases = 2);
    /// The segment's colour in every chart and the table.
    static QColor segmentColor(int segmentId);

    /// Share of users and share of revenue per segment (noise included, listed last).
    static CategoryData sizes(const SegmentRunDetail& run);
    /// The centroids' z-scores: a group per feature, a bar per segment (noise left out).
    static CategoryData profiles(const SegmentRunDetail& run);
    /// The sample's users on the first two principal components, a series per segment; empty
    /// series when the run stored no sample.
    static XyData scatter(const SegmentRunDetail& run);
    /// k-means with a scan: silhouette and inertia (relative to its largest) against k, and the k
    /// chosen. DBSCAN: the k-distance curve with the suggested (and the used) eps. Empty series
    /// when the run stored neither.
    static XyData kChart(const SegmentRunDetail& run);
    /// Why kChart is empty, for the chart's message.
    static QString kChartEmptyReason(const SegmentRunDetail& run);
    /// The title kChart should carry for this run.
    static QString kChartTitle(const SegmentRunDetail& run);
};

} // namespace kestrel::ui
