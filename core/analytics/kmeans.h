#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"
#include "analytics/row_matrix.h"

#include <cstdint>
#include <vector>

namespace kestrel::core::analytics {

/// Settings of a k-means run.
struct KMeansOptions {
    int k = 8;               ///< number of clusters, 1 ≤ k ≤ rows
    int maxIterations = 300; ///< Lloyd iterations at most
    double tolerance = 1e-4; ///< stop when Σ‖Δcentre‖² ≤ tolerance × mean column variance (as scikit-learn)
    std::uint64_t seed = 0;  ///< k-means++ seeding RNG (std::mt19937_64); same seed, same data → same result
    int threads = 0;         ///< row-split threads for the assignment step; 0 = hardware threads
};

/// Outcome of k-means. Labels and inertia are consistent with the returned centroids (a final
/// assignment step runs after the last centroid update).
struct KMeansResult {
    RowMatrix centroids;                    ///< k × d
    std::vector<int> labels;                ///< cluster of each row, 0..k-1
    std::vector<std::int64_t> clusterSizes; ///< rows per cluster
    double inertia = 0.0;                   ///< Σ squared distance of each row to its centroid
    int iterations = 0;                     ///< Lloyd iterations run (centroid updates)
    bool converged = false;                 ///< stopped by tolerance or unchanged labels, not maxIterations
    std::vector<KernelWarning> warnings;
};

/// Greedy k-means++ seeding (as scikit-learn: 2 + ⌊ln k⌋ candidates per centre, the one lowering the
/// potential most wins). Deterministic for a seed. Returns k × d initial centres.
/// Throws Error (Code::InvalidArgument) on k < 1, k > rows, no columns or non-finite data (naming row and column);
/// Error (Code::Cancelled) when stopped.
RowMatrix kmeansPlusPlus(const RowMatrix& x, int k, std::uint64_t seed, const KernelControl& control = {});

/// Lloyd iterations from the given initial centres (k = initialCentres.rows(); options.k is ignored).
/// Empty clusters are re-seeded with the rows farthest from their centres (a warning each time).
/// Throws like kmeansPlusPlus, plus on centres whose column count differs from x's.
KMeansResult lloyd(const RowMatrix& x, const RowMatrix& initialCentres, const KMeansOptions& options,
                   const KernelControl& control = {});

/// k-means: kmeansPlusPlus(options.seed) then lloyd. Progress: seeding 0–10 %, iterations 10–100 %.
KMeansResult kmeans(const RowMatrix& x, const KMeansOptions& options, const KernelControl& control = {});

/// Direct Σ‖x_i − c_label(i)‖² (no expansion trick); used for the reported inertia and by tests.
double inertiaOf(const RowMatrix& x, const RowMatrix& centroids, const std::vector<int>& labels, int threads = 1);

} // namespace kestrel::core::analytics
