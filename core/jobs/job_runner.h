#pragma once

#include "db/connection_params.h"
#include "jobs/job_context.h"

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThreadPool>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

namespace kestrel::core {

/// Runs jobs on worker threads (QtConcurrent + QPromise). Each job gets its own Database
/// connection, reports progress with text, and can be cancelled: the flag is raised and the
/// running statement is cancelled on the server. Signals arrive on the runner's thread.
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(ConnectionParams params, QObject* parent = nullptr);
    ~JobRunner() override;

    /// Starts a job; returns its id.
    int start(const QString& title, JobFn fn);
    /// Asks a job to stop; its transaction rolls back and finished() reports cancelled.
    void cancel(int id);
    void cancelAll();
    /// Blocks until every job has finished (used on shutdown and in tests).
    void waitForAll();
    int runningCount() const { return static_cast<int>(m_jobs.size()); }
    void setConnectionParams(ConnectionParams params) { m_params = std::move(params); }

signals:
    void jobStarted(int id, const QString& title);
    void jobProgress(int id, double fraction, const QString& text);
    /// ok=false and cancelled=false means failed; message is one readable line.
    void jobFinished(int id, bool ok, bool cancelled, const QString& message);

private:
    struct Running;
    ConnectionParams m_params;
    QThreadPool m_pool;
    int m_nextId = 1;
    std::map<int, std::shared_ptr<Running>> m_jobs;
};

/// Runs a job on the calling thread for the command line: progress goes to the callback and
/// SIGINT requests a stop. Rethrows the job's Error.
void runJobHere(Database& db, const JobFn& fn, const JobContext::ProgressFn& progress);

/// The same for work without a database: fn gets the flag SIGINT raises; when it is set at the end,
/// Error(Cancelled) is thrown.
void runInterruptibly(const std::function<void(const std::atomic<bool>& stop)>& fn);

}  // namespace kestrel::core
