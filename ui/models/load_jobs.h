#pragma once

#include "etl/load_history.h"
#include "etl/loader.h"

#include <QtCore/QMap>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace kestrel::core {
class JobRunner;
}

namespace kestrel::ui {

/// How an import (or a dry run of one) ended.
struct ImportOutcome {
    core::LoadRequest request;
    std::optional<core::LoadReport> report;       ///< set when Loader::run returned
    std::optional<core::LoadRecord> previousLoad; ///< dry runs: the succeeded load of the same file, if any
    bool cancelled = false;
    QString error;   ///< one readable line; empty on success
    QString details; ///< the full message, where it happened, SQLSTATE, the log folder
    bool ok() const { return report.has_value(); }
};
using ImportOutcomePtr = std::shared_ptr<const ImportOutcome>;

/// How a rollback ended.
struct RollbackOutcome {
    std::int64_t loadId = 0;
    QString label; ///< the file the undone load read, for messages
    std::optional<core::RollbackReport> report;
    bool cancelled = false;
    QString error;
    QString details;
    bool ok() const { return report.has_value(); }
};
using RollbackOutcomePtr = std::shared_ptr<const RollbackOutcome>;

/// Runs imports, dry runs and rollbacks as jobs (progress and Cancel in the status area) and
/// reports each outcome once, with the core's report, on the GUI thread. The wizard, the Loads
/// page and the main window's toasts all go through one instance, so "Retry" re-runs exactly the
/// same request.
class LoadJobs : public QObject {
    Q_OBJECT
public:
    explicit LoadJobs(core::JobRunner& jobs, QObject* parent = nullptr);
    ~LoadJobs() override;

    /// Starts Loader::run(request); returns the job id. A dry run also looks up whether the same
    /// file was loaded into the entity before (ImportOutcome::previousLoad).
    int startImport(const core::LoadRequest& request);
    /// Starts LoadHistory::rollback(loadId); label names the load in messages.
    int startRollback(std::int64_t loadId, const QString& label);
    void cancel(int job);
    bool isRunning(int job) const { return m_running.contains(job); }
    /// Imports and rollbacks (not dry runs) now running.
    int runningWrites() const;

signals:
    void progress(int job, double fraction, const QString& text);
    /// A real import or a rollback started (the Loads page shows it as running).
    void writeStarted(int job);
    void importFinished(int job, kestrel::ui::ImportOutcomePtr outcome);
    void rollbackFinished(int job, kestrel::ui::RollbackOutcomePtr outcome);

private:
    struct Running;
    void onFinished(int job, bool ok, bool cancelled, const QString& message);

    core::JobRunner& m_jobs;
    QMap<int, std::shared_ptr<Running>> m_running;
};

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::ImportOutcomePtr)
Q_DECLARE_METATYPE(kestrel::ui::RollbackOutcomePtr)
