#pragma once

#include "analytics/row_matrix.h"

#include <string_view>

namespace kestrel::core::analytics {

/// Throws Error (Code::InvalidArgument) naming the first row and column (both 0-based) holding NaN or ±inf,
/// e.g. "kmeans: row 12, column 3 is NaN". `kernel` prefixes the message.
void requireFinite(const RowMatrix& x, std::string_view kernel);

} // namespace kestrel::core::analytics
