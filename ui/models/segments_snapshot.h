#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One succeeded segmentation run, as the history lists it.
struct SegmentRunInfo {
    std::int64_t runId = 0;
    QString method; ///< "kmeans" or "dbscan"
    int clusters = 0;
    std::int64_t users = 0;
    std::int64_t noise = 0; ///< DBSCAN rows labelled noise
    QString asOf;           ///< params.as_of as stored (timestamptz text)
    QDateTime finishedAt;
    std::int64_t durationMs = 0;
};

struct SegmentFeatureValue {
    QString feature; ///< FeatureBuilder name ("monetary")
    double mean = 0; ///< the members' mean in original units
    double z = 0;    ///< the centroid's z-score
};

/// One row of ml.segments.
struct SegmentRow {
    int segmentId = 0; ///< −1 = DBSCAN noise
    std::int64_t size = 0;
    double revenueShare = 0;
    std::vector<SegmentFeatureValue> centroid; ///< in the run's feature order
    QString profile;
};

struct KScanEntry {
    int k = 0;
    double inertia = 0;
    double silhouette = 0;
};

/// metrics.k_distance of a DBSCAN run: the sorted distance of every row to its k-th neighbour.
struct KDistanceCurve {
    int k = 0;
    double epsSuggested = 0;
    std::vector<std::pair<double, double>> points; ///< (share of rows, distance), ascending
};

/// metrics.sample: users projected on the first two principal components.
struct SampleProjection {
    double variance1 = 0, variance2 = 0; ///< share of the variance each component explains
    struct Point {
        double x = 0, y = 0;
        int segmentId = 0;
    };
    std::vector<Point> points;
};

/// Everything one run stored (ml.model_runs params and metrics, its ml.segments rows).
struct SegmentRunDetail {
    SegmentRunInfo info;
    int kRequested = 0; ///< params.k: 0 = the k came from a scan
    int kMin = 0, kMax = 0;
    std::optional<double> epsRequested; ///< params.eps (DBSCAN): 0 = the suggested one
    std::optional<double> epsUsed;      ///< metrics.eps (DBSCAN)
    std::optional<int> minSamples;      ///< metrics.min_samples, else params.min_samples (DBSCAN)
    QString seed;
    QStringList features;
    std::optional<double> inertia;
    std::optional<int> iterations;
    std::optional<bool> converged;
    std::vector<KScanEntry> scan;
    std::optional<KDistanceCurve> kDistance;
    std::optional<SampleProjection> sample;
    std::vector<SegmentRow> segments; ///< by segment id, noise (−1) last
};

/// What the Segments page shows: the history of succeeded runs (newest first) and the details of
/// the run picked (the newest unless one was asked for). Immutable once made; crosses threads.
struct SegmentsSnapshot {
    std::vector<SegmentRunInfo> runs;
    std::optional<SegmentRunDetail> run; ///< empty when no run succeeded yet
    int generation = 0;
    double elapsedMs = 0;
};
using SegmentsSnapshotPtr = std::shared_ptr<const SegmentsSnapshot>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::SegmentsSnapshotPtr)
