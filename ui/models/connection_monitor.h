#pragma once

#include "db/connection_params.h"

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThread>

#include <chrono>

namespace kestrel::ui {

class PingWorker;

/// Watches the database from its own thread with its own connection: pings every few seconds,
/// and when a ping fails reports the loss, then retries with backoff until the server answers
/// again. Nothing here blocks the GUI thread.
class ConnectionMonitor : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Lost };
    Q_ENUM(State)

    explicit ConnectionMonitor(QObject* parent = nullptr);
    ~ConnectionMonitor() override;

    /// (Re)starts watching params; the first successful ping emits connected().
    void start(const core::ConnectionParams& params);
    void stop();
    /// Interval between pings while healthy (default 3 s); retries back off from 0.5 s to 8 s.
    void setInterval(std::chrono::milliseconds interval);

    State state() const { return m_state; }
    QString serverVersion() const { return m_serverVersion; }
    QString lastError() const { return m_lastError; }

signals:
    void connected(const QString& serverVersion);
    void connectionLost(const QString& reason);
    void connectionRestored();
    /// A connection that never worked failed again (bad settings, server down at start).
    void cannotConnect(const QString& reason);
    void stateChanged(kestrel::ui::ConnectionMonitor::State state);

private:
    void onPingOk(int generation, const QString& version);
    void onPingFailed(int generation, const QString& reason, bool everConnected);
    void setState(State s);

    QThread m_thread;
    PingWorker* m_worker = nullptr;
    int m_generation = 0;
    State m_state = State::Idle;
    QString m_serverVersion;
    QString m_lastError;
    std::chrono::milliseconds m_interval{3000};
};

} // namespace kestrel::ui
