#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel analyze anomalies [--from D] [--to D] [--threshold Z] [--weeks W] [--min-sessions N]`:
/// daily revenue, orders, new users, conversion and events by type against their weekday baseline
/// into ml.anomalies; prints a summary per metric.
int runAnalyzeAnomalies(const ParsedArgs& args);

/// `kestrel anomalies list [--status S] [--metric M] [--from D] [--to D] [--limit N]`.
int runAnomaliesList(const ParsedArgs& args);

/// `kestrel anomalies accept|dismiss|reset ID [--note TEXT]`.
int runAnomalyReview(const ParsedArgs& args);

} // namespace kestrel::cli
