#pragma once

#include "analytics/k_selection.h"
#include "analytics/kernel_warning.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

/// What `kestrel analyze segments` asks for: a fixed k, or the silhouette-best k in [kMin, kMax].
struct SegmentationOptions {
    std::string asOf; ///< timestamptz text; empty = now()
    int k = 0;        ///< > 0: use this k; 0: scan kMin..kMax and take suggestK
    int kMin = 2, kMax = 8;
    std::uint64_t seed = 42; ///< k-means++ seed; same data and seed → same segments
};

/// One feature of a segment's centroid: the members' mean in original units and the centroid's z-score.
struct SegmentFeature {
    std::string name;
    double mean = 0;
    double z = 0;
};

/// One stored segment.
struct SegmentSummary {
    int segmentId = 0; ///< 0 = the segment with the largest revenue share, then descending
    std::int64_t size = 0;
    double revenueShare = 0; ///< the members' monetary / everyone's (0 when nobody bought)
    std::vector<SegmentFeature> centroid;
    std::string profile; ///< "high spend, buys monthly, 40% of revenue"
};

/// What a segmentation run wrote.
struct SegmentationReport {
    std::int64_t runId = 0;
    std::string asOf;
    std::int64_t users = 0;
    int k = 0;
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

/// K-means segmentation of every user who signed up before as-of, on standardised features
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
