#include "common/paths.h"

#include <cstdlib>
#include <unistd.h>

namespace kestrel::core::paths {
namespace {

std::filesystem::path fromEnv(const char* name)
{
    const char* v = std::getenv(name);
    return (v && *v) ? std::filesystem::path(v) : std::filesystem::path();
}

std::filesystem::path home()
{
    auto h = fromEnv("HOME");
    return h.empty() ? std::filesystem::temp_directory_path() : h;
}

}  // namespace

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

std::filesystem::path dataDir()
{
    if (auto p = fromEnv("KESTREL_DATA_DIR"); !p.empty())
        return p;
    if (runningAsRoot())
        return "/var/lib/kestrel";
    if (auto p = fromEnv("XDG_DATA_HOME"); !p.empty())
        return p / "kestrel";
    return home() / ".local/share/kestrel";
}

std::filesystem::path stateDir()
{
    if (auto p = fromEnv("KESTREL_STATE_DIR"); !p.empty())
        return p;
    if (auto p = fromEnv("XDG_STATE_HOME"); !p.empty())
        return p / "kestrel";
    return home() / ".local/state/kestrel";
}

}  // namespace kestrel::core::paths
