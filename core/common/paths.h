#pragma once

#include <filesystem>

namespace kestrel::core::paths {

/// The folder that holds the embedded cluster: $KESTREL_DATA_DIR, else $XDG_DATA_HOME/kestrel,
/// else ~/.local/share/kestrel. As root the default is /var/lib/kestrel, because the server runs as
/// the postgres system user, which cannot enter /root.
std::filesystem::path dataDir();

/// Logs go here: $KESTREL_STATE_DIR, else $XDG_STATE_HOME/kestrel, else ~/.local/state/kestrel.
std::filesystem::path stateDir();

bool runningAsRoot();

}  // namespace kestrel::core::paths
