#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// kestrel db start|stop|status|migrate
int runDbCommand(const ParsedArgs& args);

}  // namespace kestrel::cli
