#pragma once

#include "analytics/clv.h"

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core {

/// A customer summary file for the BG/NBD and Gamma-Gamma fits (CSV or JSON, through
/// openRecordReader): one row per customer with the columns frequency, recency, T and optionally
/// monetary_value. The names lifetimes and Fader & Hardie use are accepted too: x, t_x, T, zbar
/// (and monetary, age). Times are in any one unit (CDNOW: weeks).
///
/// Every row is checked before anything is fitted, and all problems are reported together, each
/// kind naming its lines (the first ten, then how many more): a blank or non-numeric value,
/// negative or fractional frequency, negative recency or T, recency > T, frequency 0 with recency
/// > 0, a repeat buyer with a missing or negative monetary value. A repeat buyer whose monetary
/// value is 0 is a warning: the row stays in the BG/NBD fit and is left out of the Gamma-Gamma one
/// (which needs spend > 0). One-time buyers' monetary values are not read.
struct ClvSummaryFile {
    analytics::ClvData data;            ///< every valid row (monetary = NaN where not read)
    analytics::ClvData spend;           ///< the rows the Gamma-Gamma fit takes (repeat buyers, spend > 0)
    std::vector<std::int64_t> lines;    ///< the file line of each row of data
    bool hasMonetary = false;           ///< the file has a monetary column
    std::int64_t oneTimeBuyers = 0;     ///< rows with frequency 0
    std::vector<std::string> warnings;  ///< translated, naming the lines

    /// Throws Error(InvalidArgument) naming the file (and the lines): an empty file or one without
    /// rows, a missing required column, invalid rows (see above), or only one-time buyers.
    static ClvSummaryFile load(const std::string& path);
};

} // namespace kestrel::core
