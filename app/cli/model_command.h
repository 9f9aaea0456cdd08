#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel model cv --csv FILE --target COLUMN …`: stratified k-fold cross-validation of the
/// gradient-boosting (or random-forest) model on any CSV; needs no database.
int runModelCv(const ParsedArgs& args);

} // namespace kestrel::cli
