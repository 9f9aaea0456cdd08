#pragma once

#include "analytics/kernel_warning.h"
#include "analytics/row_matrix.h"

#include <vector>

namespace kestrel::core::analytics {

/// Z-scored data and the column statistics that produced it (to apply to new rows or to read centroids
/// back in original units: x = z × std + mean).
struct Standardised {
    RowMatrix data;           ///< (x − mean) / std per column
    Eigen::RowVectorXd means; ///< column means
    Eigen::RowVectorXd stds;  ///< population standard deviations (ddof 0, as scikit-learn's StandardScaler);
                              ///< 1 for a constant column, which becomes all zeros
    std::vector<KernelWarning> warnings;
};

/// Z-scores every column. Throws Error (Code::InvalidArgument) on an empty matrix or non-finite data (naming the
/// row and column). A constant column is left at 0 with a "standardise.constant_column" warning.
Standardised standardise(const RowMatrix& x);

} // namespace kestrel::core::analytics
