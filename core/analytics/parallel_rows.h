#pragma once

#include <algorithm>
#include <cstdint>
#include <exception>
#include <thread>
#include <vector>

namespace kestrel::core::analytics {

/// Internal helper: runs fn(begin, end, part) on `parts` contiguous, fixed slices of [0, n) — part 0 on
/// the calling thread, the others on std::threads joined before returning. The split depends only on n
/// and parts, so per-part partial sums reduced in part order are reproducible. The first exception
/// thrown by any part is rethrown.
template <typename Fn> void parallelRows(std::int64_t n, int parts, Fn&& fn)
{
    parts = std::max(1, std::min<int>(parts, static_cast<int>(std::max<std::int64_t>(1, n))));
    if (parts == 1) {
        fn(std::int64_t{0}, n, 0);
        return;
    }
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(parts));
    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(parts - 1));
    auto slice = [n, parts](int p) { return n * p / parts; };
    for (int p = 1; p < parts; ++p) {
        threads.emplace_back([&, p] {
            try {
                fn(slice(p), slice(p + 1), p);
            } catch (...) {
                errors[static_cast<std::size_t>(p)] = std::current_exception();
            }
        });
    }
    try {
        fn(slice(0), slice(1), 0);
    } catch (...) {
        errors[0] = std::current_exception();
    }
    for (auto& t : threads) {
        t.join();
    }
    for (auto& e : errors) {
        if (e) {
            std::rethrow_exception(e);
        }
    }
}

/// Threads to use when the caller says 0 ("default"): all hardware threads, at least 1.
inline int defaultThreads(int requested)
{
    if (requested > 0) {
        return requested;
    }
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace kestrel::core::analytics
