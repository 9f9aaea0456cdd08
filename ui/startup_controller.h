#pragma once

#include "db/connection_params.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <atomic>
#include <memory>
#include <string>

namespace kestrel::core {
class JobRunner;
}

namespace kestrel::ui {

/// Brings a database up as a job (progress and Cancel in the status area): starts the embedded
/// cluster when that is the target, migrates, and on an empty embedded database generates demo
/// data. Remembers whether this process started the cluster, so it can stop it on quit.
class StartupController : public QObject {
    Q_OBJECT
public:
    struct Target {
        bool embedded = true;
        std::string dsn; ///< external server; ignored when embedded
    };

    explicit StartupController(core::JobRunner& jobs, QObject* parent = nullptr);
    ~StartupController() override;

    /// Starts the start-up job; an unreadable DSN fails at once (failed() is emitted).
    void start(const Target& target);
    bool isRunning() const { return m_job != 0; }
    const core::ConnectionParams& params() const { return m_params; }

    bool startedEmbeddedCluster() const { return m_startedCluster->load(); }
    /// Stops the embedded cluster; blocking, for shutdown once every connection is closed.
    static void stopEmbeddedCluster();

signals:
    void ready(const kestrel::core::ConnectionParams& params);
    void failed(const QString& message);

private:
    void onJobFinished(int id, bool ok, bool cancelled, const QString& message);

    core::JobRunner& m_jobs;
    core::ConnectionParams m_params;
    int m_job = 0;
    std::shared_ptr<std::atomic<bool>> m_startedCluster = std::make_shared<std::atomic<bool>>(false);
};

} // namespace kestrel::ui
