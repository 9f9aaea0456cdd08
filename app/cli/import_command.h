#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel import ENTITY FILE …`: one load; prints its counts (or JSON) and where the rejects are.
int runImport(const ParsedArgs& args);
/// `kestrel loads list`: the load history as a table or JSON.
int runLoadsList(const ParsedArgs& args);
/// `kestrel loads rollback LOAD_ID`.
int runLoadsRollback(const ParsedArgs& args);

}  // namespace kestrel::cli
