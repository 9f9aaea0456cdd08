#include "analytics/matrix_checks.h"

#include "common/error.h"
#include <cmath>
#include <string>

namespace kestrel::core::analytics {

void requireFinite(const RowMatrix& x, std::string_view kernel)
{
    if (x.allFinite()) {
        return;
    }
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        for (Eigen::Index c = 0; c < x.cols(); ++c) {
            const double v = x(r, c);
            if (!std::isfinite(v)) {
                throw Error(Error::Code::InvalidArgument, std::string(kernel) + ": row " + std::to_string(r) +
                                                              ", column " + std::to_string(c) + " is " +
                                                              (std::isnan(v) ? "NaN" : (v > 0 ? "+inf" : "-inf")));
            }
        }
    }
}

} // namespace kestrel::core::analytics
