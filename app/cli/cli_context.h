#pragma once

#include "cli/cli_app.h"
#include "db/connection_params.h"

class QJsonObject;

namespace kestrel::cli {

/// The database a headless command works on: the --dsn/KESTREL_DSN/saved server, or the
/// embedded cluster, which is started (and created) when it is not running.
core::ConnectionParams resolveDatabase(const ParsedArgs& args);

/// Prints a JSON object on stdout (one line).
void printJson(const QJsonObject& obj);

}  // namespace kestrel::cli
