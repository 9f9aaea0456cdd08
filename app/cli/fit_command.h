#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel fit clv --summary-csv FILE`: BG/NBD and Gamma-Gamma maximum-likelihood fits on a
/// customer summary file (frequency, recency, T, monetary_value); needs no database.
int runFitClv(const ParsedArgs& args);

} // namespace kestrel::cli
