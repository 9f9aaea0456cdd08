#include "analytics/standardise.h"

#include "analytics/matrix_checks.h"

#include "common/error.h"
#include <cmath>
#include <string>

namespace kestrel::core::analytics {

Standardised standardise(const RowMatrix& x)
{
    if (x.rows() < 1 || x.cols() < 1) {
        throw Error(Error::Code::InvalidArgument, "standardise: the data is empty");
    }
    requireFinite(x, "standardise");
    Standardised out;
    out.means = x.colwise().mean();
    out.data = x.rowwise() - out.means;
    out.stds = (out.data.colwise().squaredNorm() / static_cast<double>(x.rows())).cwiseSqrt();
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        // Relative threshold: a column of identical large values can leave rounding noise, not spread.
        if (!(out.stds[c] > 1e-12 * std::max(1.0, std::abs(out.means[c])))) {
            out.stds[c] = 1.0;
            out.data.col(c).setZero();
            out.warnings.push_back(
                {"standardise.constant_column", "column " + std::to_string(c) + " is constant; it is set to 0"});
        } else {
            out.data.col(c) /= out.stds[c];
        }
    }
    return out;
}

} // namespace kestrel::core::analytics
