#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace kestrel::core {

class Database;

/// What a job sees: its own database connection, a progress sink and the stop flag.
/// Jobs check stopRequested() between steps and call throwIfStopped(); a stop also cancels the
/// statement running on the server, and the job's transaction rolls back.
class JobContext {
public:
    using ProgressFn = std::function<void(double fraction, const std::string& text)>;

    JobContext(Database& db, ProgressFn progress, const std::atomic<bool>& stop)
        : m_db(db), m_progress(std::move(progress)), m_stop(stop)
    {
    }

    Database& db() { return m_db; }
    void progress(double fraction, const std::string& text) const
    {
        if (m_progress)
            m_progress(fraction, text);
    }
    bool stopRequested() const { return m_stop.load(std::memory_order_relaxed); }
    /// Throws Error(Cancelled) when a stop was requested.
    void throwIfStopped() const;
    /// The stop flag itself, for kernels that poll it (analytics::KernelControl::stop).
    const std::atomic<bool>& stopFlag() const { return m_stop; }

private:
    Database& m_db;
    ProgressFn m_progress;
    const std::atomic<bool>& m_stop;
};

using JobFn = std::function<void(JobContext&)>;

}  // namespace kestrel::core
