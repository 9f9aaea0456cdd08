#pragma once

#include "analytics/k_selection.h"
#include "analytics/kernel_warning.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

/// What `kestrel analyze segments` asks for: k-means with a fixed k or the silhouette-best k in
/// [kMin, kMax], or DBSCAN with eps (given, or suggested from the k-distance curve) and minSamples.
struct SegmentationOptions {
    enum class Method { KMeans, Dbscan };
    Method method = Method::KMeans;
    std::string asOf; ///< timestamptz text; empty = now()
    int k = 0;        ///< k-means: > 0 use this k; 0 scan kMin..kMax and take suggestK
    int kMin = 2, kMax = 8;
    std::uint64_t seed = 42; ///< k-means++ seed (and the sample shown); same data and seed → same segments
    double eps = 0;          ///< DBSCAN radius in standardised units; 0 = suggested (k-distance knee, ≥ its p90)
    int minSamples = 0;      ///< DBSCAN core-row threshold (the row itself included); 0 = 2 × features
};

/// DBSCAN's k-distance curve (k = minSamples), evenly thinned for display.
struct KDistanceSummary {
    int k = 0;
    double epsSuggested = 0;                       ///< the curve's knee, at least its 90th percentile
    std::vector<std::pair<double, double>> points; ///< (share of rows, distance), ascending, ≤ 200
};

/// A sample of users on the first two principal components of the standardised features.
struct SegmentSample {
    double variance[2] = {0, 0}; ///< share of the total variance each axis explains
    struct Point {
        double x = 0, y = 0;
        int segmentId = 0;
    };
    std::vector<Point> points; ///< ≤ 2,000, evenly spaced over the users
};

/// One feature of a segment's centroid: the members' mean in original units and the centroid's z-score.
struct SegmentFeature {
    std::string name;
    double mean = 0;
    double z = 0;
};

/// One stored segment.
struct SegmentSummary {
    int segmentId = 0; ///< 0 = the segment with the largest revenue share, then descending; −1 = DBSCAN noise
    std::int64_t size = 0;
    double revenueShare = 0; ///< the members' monetary / everyone's (0 when nobody bought)
    std::vector<SegmentFeature> centroid;
    std::string profile; ///< "high spend, buys monthly, 40% of revenue"
};

/// What a segmentation run wrote.
struct SegmentationReport {
    std::int64_t runId = 0;
    SegmentationOptions::Method method = SegmentationOptions::Method::KMeans;
    std::string asOf;
    std::int64_t users = 0;
    int k = 0;                  ///< segments found (noise not counted)
    std::int64_t noise = 0;     ///< DBSCAN: users in no segment
    double eps = 0;             ///< DBSCAN: the radius used
    int minSamples = 0;         ///< DBSCAN
    std::int64_t sampleRows = 0; ///< DBSCAN on many users: the rows clustered (0 = all), see run()
    KDistanceSummary kDistance; ///< DBSCAN
    SegmentSample sample;
    bool kSuggested = false;                 ///< k came from the scan
    std::vector<analytics::KScanPoint> scan; ///< empty when k was given
    double inertia = 0;
    int iterations = 0;
    bool converged = false;
    std::vector<SegmentSummary> segments;
    double featureSeconds = 0;
    std::int64_t durationMs = 0;
    std::vector<analytics::KernelWarning> warnings;
};

/// K-means or DBSCAN segmentation of every user who signed up before as-of, on standardised features
/// (log1p of money, counts and days, which are heavy-tailed; log of the activity trend; recency of a
/// user who never ordered taken as their tenure, average basket as 0). Writes ml.segments (one row per
/// segment with size, revenue share, centroid and profile) and ml.user_metrics.segment_id /
/// segment_run_id in one transaction with the run's success in ml.model_runs; users in
/// ml.user_metrics who are not in the run lose their segment. A cancel or error rolls everything back.
class SegmentationService {
public:
    /// Throws Error(InvalidArgument) when there are too few users for k (or kMin) or the options are
    /// out of range — before anything is written; Error(Cancelled) when stopped.
    static SegmentationReport run(JobContext& ctx, const SegmentationOptions& options);

    /// The features clustered, by FeatureBuilder name.
    static const std::vector<std::string>& segmentFeatures();
};

} // namespace kestrel::core
