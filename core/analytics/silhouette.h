#pragma once

#include "analytics/kernel_control.h"
#include "analytics/row_matrix.h"

#include <cstdint>
#include <span>

namespace kestrel::core::analytics {

/// Settings of silhouetteScore.
struct SilhouetteOptions {
    std::int64_t sampleSize = 5000; ///< rows scored at most (O(m²) work); ≤ 0 or more than there are = all rows
    std::uint64_t seed = 0;         ///< which rows are sampled (std::mt19937_64)
    int threads = 0;                ///< 0 = hardware threads
};

/// Mean silhouette coefficient (Euclidean) of a labelling, as scikit-learn's silhouette_score: rows with a
/// negative label (DBSCAN noise) are left out; when more rows remain than sampleSize, a seeded sample of
/// them is scored against the sample only. A row alone in its cluster scores 0.
/// Throws Error (Code::InvalidArgument) when labels.size() != rows, on non-finite data, or when the scored rows
/// hold fewer than 2 or more than m − 1 distinct labels. Error (Code::Cancelled) when stopped.
double silhouetteScore(const RowMatrix& x, std::span<const int> labels, const SilhouetteOptions& options = {},
                       const KernelControl& control = {});

} // namespace kestrel::core::analytics
