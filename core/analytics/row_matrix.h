#pragma once

#include <Eigen/Core>

namespace kestrel::core::analytics {

/// The analytics kernels' data layout: one observation per row (n × d), rows contiguous, so a block of
/// rows is one contiguous slice (what the row-split threads and blockwise distance products read).
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

} // namespace kestrel::core::analytics
