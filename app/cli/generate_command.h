#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// kestrel generate: migrates if needed, then fills the customer tables with synthetic data.
int runGenerate(const ParsedArgs& args);

}  // namespace kestrel::cli
