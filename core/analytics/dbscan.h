#pragma once

#include "analytics/kernel_control.h"
#include "analytics/kernel_warning.h"
#include "analytics/row_matrix.h"

#include <cstdint>
#include <vector>

namespace kestrel::core::analytics {

/// Settings of DBSCAN.
struct DbscanOptions {
    double eps = 0.5;   ///< neighbourhood radius (Euclidean, inclusive: distance ≤ eps)
    int minSamples = 5; ///< neighbours within eps, the row itself included, that make a core row (as scikit-learn)
    int threads = 0;    ///< threads for the neighbour-count pass; 0 = hardware threads
};

/// Outcome of DBSCAN.
struct DbscanResult {
    std::vector<int> labels;        ///< cluster 0..clusterCount−1, or −1 for noise
    std::vector<std::uint8_t> core; ///< 1 for a core row
    int clusterCount = 0;
    std::int64_t noiseCount = 0;
    std::vector<KernelWarning> warnings;
};

/// DBSCAN over a KD-tree (nanoflann), no all-pairs loop. Clusters are numbered in the order of their
/// first core row; a border row reachable from two clusters joins the one found first, so the labelling
/// is deterministic. Throws Error (Code::InvalidArgument) on eps ≤ 0, minSamples < 1, no columns or
/// non-finite data (naming row and column); Error (Code::Cancelled) when stopped.
DbscanResult dbscan(const RowMatrix& x, const DbscanOptions& options, const KernelControl& control = {});

/// Labels every row of `all` from DBSCAN run on a sample of its rows (sampleRows[i] = the row of
/// `all` that sample row i is): a sampled row keeps its label, any other row takes the label of the
/// nearest core sample row within eps (a KD-tree over the core rows), or −1. This is how DBSCAN
/// scales to millions of rows whose dense crowds would make the exact expansion quadratic.
std::vector<int> extendLabels(const RowMatrix& all, const RowMatrix& sample, const std::vector<std::int64_t>& sampleRows,
                              const DbscanResult& sampleResult, double eps, const KernelControl& control = {});

/// The k-distance curve that helps choose eps: for every row, the radius of the smallest ball around it
/// holding k rows (itself included), sorted ascending. With k = minSamples, a row is core exactly when
/// its k-distance ≤ eps; the "knee" of the curve is the usual choice. Throws Error (InvalidArgument) on
/// k < 1 or k > rows. queryRows > 0 and below the row count: only that many rows, evenly spaced,
/// are asked for their k-distance (against every row), which keeps the curve's shape at a fraction of
/// the cost on large data.
std::vector<double> kDistanceCurve(const RowMatrix& x, int k, const KernelControl& control = {},
                                   std::int64_t queryRows = 0);

/// The knee of an ascending k-distance curve: the point farthest from the chord between its first and
/// last points, both axes scaled to [0, 1] (the usual eps for DBSCAN). Returns the distance there; 0
/// for an empty curve, the only value for a flat one.
double kDistanceKnee(const std::vector<double>& curve);

} // namespace kestrel::core::analytics
