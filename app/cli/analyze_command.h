#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel analyze rfm [--as-of DATE]`: RFM scores and segments into ml.user_metrics.
int runAnalyzeRfm(const ParsedArgs& args);

/// `kestrel analyze segments [--k N | --k-min A --k-max B] [--seed N] [--as-of DATE]`: k-means
/// segments into ml.segments and ml.user_metrics.segment_id.
int runAnalyzeSegments(const ParsedArgs& args);

} // namespace kestrel::cli
