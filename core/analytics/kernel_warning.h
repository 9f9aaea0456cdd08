#pragma once

#include <string>

namespace kestrel::core::analytics {

/// Something a kernel noticed that does not stop it (an empty cluster re-seeded, a constant column).
/// `code` is stable (e.g. "kmeans.empty_cluster") so the UI can translate it; `message` is English
/// detail for logs.
struct KernelWarning {
    std::string code;
    std::string message;
};

} // namespace kestrel::core::analytics
