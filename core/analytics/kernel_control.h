#pragma once

#include "common/error.h"

#include <atomic>
#include <functional>

namespace kestrel::core::analytics {

/// What a kernel gets from its caller besides data: a progress callback (fraction 0..1, called from the
/// kernel's calling thread only) and a stop flag polled between units of work (an iteration, a centre,
/// a block of rows). When the flag is raised the kernel throws Error with Code::Cancelled and returns no
/// partial result, so the caller has nothing half-computed to store by mistake.
struct KernelControl {
    std::function<void(double)> progress;
    const std::atomic<bool>* stop = nullptr;

    /// True once the caller has asked the kernel to stop.
    bool stopRequested() const { return stop != nullptr && stop->load(std::memory_order_relaxed); }
    /// Throws Error (Code::Cancelled) when stopRequested().
    void throwIfStopped() const
    {
        if (stopRequested()) {
            throw Error(Error::Code::Cancelled, "analytics kernel cancelled");
        }
    }
    /// Reports progress (clamped to 0..1) if a callback is set.
    void report(double fraction) const
    {
        if (progress) {
            progress(fraction < 0.0 ? 0.0 : (fraction > 1.0 ? 1.0 : fraction));
        }
    }
    /// A control for a sub-step whose progress 0..1 maps onto [from, to] of this one; same stop flag.
    KernelControl sub(double from, double to) const
    {
        KernelControl child;
        child.stop = stop;
        if (progress) {
            child.progress = [parent = progress, from, to](double f) { parent(from + (to - from) * f); };
        }
        return child;
    }
};

} // namespace kestrel::core::analytics
