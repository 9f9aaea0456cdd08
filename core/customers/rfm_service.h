#pragma once

#include "analytics/kernel_warning.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kestrel::core {

class JobContext;

/// What `kestrel analyze rfm` asks for.
struct RfmOptions {
    std::string asOf; ///< timestamptz text; empty = now()
};

/// What an RFM run wrote.
struct RfmReport {
    std::int64_t runId = 0;
    std::string asOf;
    std::int64_t usersScored = 0;                 ///< users with at least one paid/shipped/delivered order
    std::int64_t usersNoOrders = 0;               ///< signed up before as-of, no order: RFM columns cleared
    std::map<std::string, std::int64_t> segments; ///< English segment name → users
    double featureSeconds = 0;
    std::int64_t durationMs = 0;
    std::vector<analytics::KernelWarning> warnings;
};

/// RFM scoring of every customer into ml.user_metrics.
///
/// Customers are users with at least one paid, shipped or delivered order before as-of; they get
/// rfm_recency_days (whole days), rfm_frequency, rfm_monetary, quintile scores rfm_r/f/m and the
/// named rfm_segment. Users without such an order get no scores: all their rfm_* columns are NULL
/// (quintiles of zeros would mislabel them), and they are counted as "no orders" in the run's
/// metrics. Rows of ml.user_metrics for users not in this run (signed up after as-of) have their
/// rfm_* columns cleared, so the columns always describe exactly one run (rfm_run_id).
/// Everything is written in one transaction together with the run's success; a cancel or error
/// rolls it back and leaves the previous values, and the run is recorded as cancelled/failed.
class RfmService {
public:
    /// Throws Error(InvalidArgument) when no user has an order before as-of (nothing is written),
    /// Error(Cancelled) when stopped.
    static RfmReport run(JobContext& ctx, const RfmOptions& options);
};

} // namespace kestrel::core
