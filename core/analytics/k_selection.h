#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"
#include "analytics/kmeans.h"
#include "analytics/row_matrix.h"

#include <vector>

namespace kestrel::core::analytics {

/// One k of a k scan: the elbow plot's inertia and the silhouette of that clustering.
struct KScanPoint {
    int k = 0;
    double inertia = 0.0;
    double silhouette = 0.0;
};

/// Elbow and silhouette data over a range of k, with the suggested k.
struct KScan {
    std::vector<KScanPoint> points; ///< one per k, ascending
    int suggestedK = 0;             ///< suggestK(points)
    std::vector<KernelWarning> warnings;
};

/// Runs kmeans (options.k ignored, same seed for every k) for k = kMin..kMax and scores each with a
/// silhouette on a seeded sample of at most silhouetteSample rows. Throws Error (Code::InvalidArgument) when
/// kMin < 2, kMax < kMin or kMax > rows − 1; Error (Code::Cancelled) when stopped.
KScan scanK(const RowMatrix& x, int kMin, int kMax, const KMeansOptions& options, std::int64_t silhouetteSample = 5000,
            const KernelControl& control = {});

/// The k with the highest silhouette (the smaller k on a tie); 0 for no points.
int suggestK(const std::vector<KScanPoint>& points);

} // namespace kestrel::core::analytics
