#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel analyze elasticity [--from DATE] [--to DATE] [--min-weeks N]`: price elasticity of
/// demand per category and per product with enough weeks into ml.price_elasticity; prints the
/// table (text, or --json).
int runAnalyzeElasticity(const ParsedArgs& args);

} // namespace kestrel::cli
