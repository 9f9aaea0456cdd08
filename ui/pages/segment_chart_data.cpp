#include "pages/segment_chart_data.h"

#include "charts/chart_palette.h"
#include "models/feature_texts.h"
#include "models/segments_table_model.h"
#include "widgets/value_format.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kestrel::ui {

QString SegmentChartData::methodName(const QString& method)
{
    if (method == QLatin1String("dbscan"))
        return tr("DBSCAN");
    if (method == QLatin1String("kmeans"))
        return tr("k-means");
    return method;
}

QString SegmentChartData::shortProfile(const QString& profile, int phrases)
{
    QStringList parts = profile.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    // The revenue part ("40% of revenue") is what the bars show; leave it out of labels.
    parts.erase(
        std::remove_if(parts.begin(), parts.end(), [](const QString& p) { return p.contains(QLatin1Char('%')); }),
        parts.end());
    return parts.mid(0, phrases).join(QStringLiteral(",\n"));
}

QString SegmentChartData::segmentLabel(const SegmentRow& segment, int phrases)
{
    if (segment.segmentId < 0)
        return SegmentsTableModel::segmentName(segment.segmentId);
    const QString profile = shortProfile(segment.profile, phrases);
    return profile.isEmpty() ? SegmentsTableModel::segmentName(segment.segmentId)
                             : tr("%1 · %2").arg(segment.segmentId).arg(profile);
}

QColor SegmentChartData::segmentColor(int segmentId)
{
    return segmentId < 0 ? chartMutedColor() : chartColor(segmentId);
}

CategoryData SegmentChartData::sizes(const SegmentRunDetail& run)
{
    CategoryData data;
    std::int64_t total = 0;
    for (const SegmentRow& s : run.segments)
        total += s.size;
    BarSeries users{tr("Share of users"), {}, QColor(0x64, 0x74, 0x8b), {}};
    BarSeries revenue{tr("Share of revenue"), {}, QColor(0x25, 0x63, 0xeb), {}};
    // Two lines of profile while the bars leave room for them.
    const int phrases = run.segments.size() > 4 ? 1 : 2;
    for (const SegmentRow& s : run.segments) {
        data.categories << segmentLabel(s, phrases);
        data.categoryTooltips << (s.segmentId < 0 ? SegmentsTableModel::segmentName(s.segmentId)
                                                  : tr("Segment %1: %2").arg(s.segmentId).arg(s.profile));
        const double share = total > 0 ? static_cast<double>(s.size) / static_cast<double>(total) : 0.0;
        users.values.push_back(share);
        users.tooltips.push_back(
            tr("%1 (%2 users)").arg(format::percent(share, 1), format::count(static_cast<double>(s.size))));
        revenue.values.push_back(s.revenueShare);
    }
    data.series = {std::move(users), std::move(revenue)};
    return data;
}

CategoryData SegmentChartData::profiles(const SegmentRunDetail& run)
{
    CategoryData data;
    QStringList features = run.features;
    for (const SegmentRow& s : run.segments) { // a run that listed no features: take the centroid's
        for (const SegmentFeatureValue& f : s.centroid) {
            if (!features.contains(f.feature))
                features << f.feature;
        }
    }
    for (const QString& f : features) {
        data.categories << FeatureTexts::shortLabel(f);
        data.categoryTooltips << FeatureTexts::description(f);
    }
    for (const SegmentRow& s : run.segments) {
        if (s.segmentId < 0)
            continue;
        BarSeries series{SegmentsTableModel::segmentName(s.segmentId), {}, segmentColor(s.segmentId), {}};
        for (const QString& f : features) {
            const auto it = std::find_if(s.centroid.begin(), s.centroid.end(),
                                         [&](const SegmentFeatureValue& v) { return v.feature == f; });
            const double z = it != s.centroid.end() ? it->z : 0.0;
            series.values.push_back(z);
            series.tooltips.push_back(
                it != s.centroid.end()
                    ? tr("z %1 · average %2").arg(format::decimal(z, 3), format::decimal(it->mean, 4))
                    : QString());
        }
        data.series.push_back(std::move(series));
    }
    return data;
}

XyData SegmentChartData::scatter(const SegmentRunDetail& run)
{
    XyData data;
    if (!run.sample)
        return data;
    const SampleProjection& s = *run.sample;
    data.x.title = tr("PC1 (%1 of variance)").arg(format::percent(s.variance1, 0));
    data.y.title = tr("PC2 (%1 of variance)").arg(format::percent(s.variance2, 0));
    std::map<int, std::vector<QPointF>> bySegment;
    for (const SampleProjection::Point& p : s.points)
        bySegment[p.segmentId].emplace_back(p.x, p.y);
    // Noise first, so the segments are drawn over it.
    for (auto& [id, points] : bySegment) {
        XySeries series;
        series.name = SegmentsTableModel::segmentName(id);
        series.style = XySeries::Style::Scatter;
        series.color = segmentColor(id);
        series.points = std::move(points);
        data.series.push_back(std::move(series));
    }
    return data;
}

XyData SegmentChartData::kChart(const SegmentRunDetail& run)
{
    XyData data;
    if (!run.scan.empty()) {
        data.x.title = tr("Number of segments (k)");
        data.x.integral = true;
        // Half a step of room on both sides, so the first and last k (often the chosen one) are
        // not drawn on the frame.
        data.x.min = run.scan.front().k - 0.5;
        data.x.max = run.scan.back().k + 0.5;
        data.y.title = tr("Silhouette, relative inertia");
        double maxInertia = 0;
        for (const KScanEntry& e : run.scan)
            maxInertia = std::max(maxInertia, e.inertia);
        XySeries silhouette{tr("Silhouette"), XySeries::Style::LineWithPoints, {}, chartColor(0), {}};
        XySeries inertia{tr("Inertia (relative)"), XySeries::Style::LineWithPoints, {}, chartColor(1), {}};
        double yLo = 0, yHi = 0;
        for (const KScanEntry& e : run.scan) {
            silhouette.points.emplace_back(e.k, e.silhouette);
            silhouette.labels.push_back(tr("k = %1: silhouette %2").arg(e.k).arg(format::decimal(e.silhouette, 3)));
            const double relative = maxInertia > 0 ? e.inertia / maxInertia : 0.0;
            inertia.points.emplace_back(e.k, relative);
            inertia.labels.push_back(tr("k = %1: inertia %2 (%3 of the largest)")
                                         .arg(e.k)
                                         .arg(format::decimal(e.inertia, 4), format::percent(relative, 0)));
            yLo = std::min({yLo, e.silhouette, relative});
            yHi = std::max({yHi, e.silhouette, relative});
        }
        data.series = {std::move(silhouette), std::move(inertia)};
        if (run.info.clusters > 0) {
            XySeries chosen{
                tr("Chosen k = %1").arg(run.info.clusters),
                XySeries::Style::Reference,
                {{static_cast<double>(run.info.clusters), yLo}, {static_cast<double>(run.info.clusters), yHi}},
                QColor(0x0f, 0x17, 0x2a),
                {}};
            data.series.push_back(std::move(chosen));
        }
        return data;
    }
    if (run.kDistance && !run.kDistance->points.empty()) {
        const KDistanceCurve& c = *run.kDistance;
        data.x.title = tr("Users, sorted by that distance");
        data.x.kind = format::Kind::Ratio;
        data.x.min = 0;
        data.x.max = 1;
        data.y.title = tr("k-distance (k = %1)").arg(c.k);
        XySeries curve{tr("k-distance"), XySeries::Style::Line, {}, chartColor(0), {}};
        for (const auto& [share, distance] : c.points) {
            curve.points.emplace_back(share, distance);
            curve.labels.push_back(
                tr("%1 of users within %2").arg(format::percent(share, 0), format::decimal(distance, 3)));
        }
        data.series.push_back(std::move(curve));
        const auto threshold = [](const QString& name, double eps, QColor color) {
            return XySeries{name, XySeries::Style::Reference, {{0.0, eps}, {1.0, eps}}, color, {}};
        };
        data.series.push_back(threshold(tr("Suggested eps %1").arg(format::decimal(c.epsSuggested, 3)), c.epsSuggested,
                                        QColor(0x0f, 0x17, 0x2a)));
        if (run.epsUsed && std::abs(*run.epsUsed - c.epsSuggested) > 1e-9)
            data.series.push_back(
                threshold(tr("eps used %1").arg(format::decimal(*run.epsUsed, 3)), *run.epsUsed, chartColor(3)));
        return data;
    }
    return data;
}

QString SegmentChartData::kChartTitle(const SegmentRunDetail& run)
{
    if (run.info.method == QLatin1String("dbscan"))
        return tr("Choosing eps: the k-distance curve");
    return tr("Choosing k: silhouette and inertia");
}

QString SegmentChartData::kChartEmptyReason(const SegmentRunDetail& run)
{
    if (run.info.method == QLatin1String("dbscan"))
        return tr("This run stored no k-distance curve.");
    if (run.kRequested > 0)
        return tr("This run used a fixed k = %1, so no k was compared.\nSet Segments to Auto to compare k from %2 "
                  "to %3.")
            .arg(run.kRequested)
            .arg(run.kMin > 0 ? run.kMin : 2)
            .arg(run.kMax > 0 ? run.kMax : 8);
    return tr("This run stored no k scan.");
}

} // namespace kestrel::ui
