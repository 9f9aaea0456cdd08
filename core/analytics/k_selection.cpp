#include "analytics/k_selection.h"

#include "analytics/silhouette.h"

#include "common/error.h"
#include <string>

namespace kestrel::core::analytics {

KScan scanK(const RowMatrix& x, int kMin, int kMax, const KMeansOptions& options, std::int64_t silhouetteSample,
            const KernelControl& control)
{
    if (kMin < 2 || kMax < kMin || kMax > x.rows() - 1) {
        throw Error(Error::Code::InvalidArgument, "k scan: needs 2 ≤ kMin ≤ kMax ≤ rows − 1 (got " +
                                                      std::to_string(kMin) + ".." + std::to_string(kMax) + " for " +
                                                      std::to_string(x.rows()) + " rows)");
    }
    KScan scan;
    const double steps = kMax - kMin + 1;
    for (int k = kMin; k <= kMax; ++k) {
        const double at = (k - kMin) / steps;
        KMeansOptions o = options;
        o.k = k;
        KMeansResult fit = kmeans(x, o, control.sub(at, at + 0.7 / steps));
        for (auto& w : fit.warnings) {
            scan.warnings.push_back({w.code, "k = " + std::to_string(k) + ": " + w.message});
        }
        SilhouetteOptions s;
        s.sampleSize = silhouetteSample;
        s.seed = options.seed;
        s.threads = options.threads;
        const double silhouette = silhouetteScore(x, fit.labels, s, control.sub(at + 0.7 / steps, at + 1.0 / steps));
        scan.points.push_back({k, fit.inertia, silhouette});
    }
    scan.suggestedK = suggestK(scan.points);
    control.report(1.0);
    return scan;
}

int suggestK(const std::vector<KScanPoint>& points)
{
    const KScanPoint* best = nullptr;
    for (const auto& p : points) {
        if (best == nullptr || p.silhouette > best->silhouette) {
            best = &p;
        }
    }
    return best == nullptr ? 0 : best->k;
}

} // namespace kestrel::core::analytics
