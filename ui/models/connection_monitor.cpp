#include "models/connection_monitor.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/database.h"

#include <QtCore/QTimer>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>

namespace kestrel::ui {

/// Lives on the monitor's thread; owns that thread's database connection.
class PingWorker : public QObject {
    Q_OBJECT
public:
    PingWorker()
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &PingWorker::ping);
    }

    void start(const core::ConnectionParams& params, int generation, std::chrono::milliseconds interval)
    {
        core::RetryPolicy policy;
        policy.attempts = 1; // the backoff is ours, so the timer keeps the thread responsive
        policy.connectTimeoutSeconds = 3;
        m_db = std::make_unique<core::Database>(params, policy);
        m_generation = generation;
        m_interval = interval;
        m_everConnected = false;
        m_failures = 0;
        m_timer.start(0);
    }

    void stop()
    {
        m_timer.stop();
        m_db.reset();
    }

    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }

signals:
    void pingOk(int generation, const QString& version);
    void pingFailed(int generation, const QString& reason, bool everConnected);

private:
    void ping()
    {
        if (!m_db)
            return;
        try {
            if (!m_everConnected || m_failures > 0)
                m_version = QString::fromStdString(m_db->serverVersion());
            else
                m_db->ping();
            m_everConnected = true;
            m_failures = 0;
            emit pingOk(m_generation, m_version);
            m_timer.start(m_interval);
        } catch (const std::exception& e) {
            ++m_failures;
            const QString reason = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
            emit pingFailed(m_generation, reason, m_everConnected);
            const auto backoff = std::chrono::milliseconds(500) * (1 << std::min(m_failures - 1, 4));
            m_timer.start(std::min<std::chrono::milliseconds>(backoff, std::chrono::milliseconds(8000)));
        }
    }

    QTimer m_timer{this};
    std::unique_ptr<core::Database> m_db;
    int m_generation = 0;
    std::chrono::milliseconds m_interval{3000};
    bool m_everConnected = false;
    int m_failures = 0;
    QString m_version;
};

ConnectionMonitor::ConnectionMonitor(QObject* parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("kestrel-monitor"));
    m_worker = new PingWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PingWorker::pingOk, this, &ConnectionMonitor::onPingOk);
    connect(m_worker, &PingWorker::pingFailed, this, &ConnectionMonitor::onPingFailed);
    m_thread.start();
}

ConnectionMonitor::~ConnectionMonitor()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
    m_thread.quit();
    m_thread.wait();
}

void ConnectionMonitor::start(const core::ConnectionParams& params)
{
    const int generation = ++m_generation;
    m_serverVersion.clear();
    m_lastError.clear();
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, params, generation, interval = m_interval] {
        w->start(params, generation, interval);
    });
}

void ConnectionMonitor::stop()
{
    ++m_generation;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
    setState(State::Idle);
}

void ConnectionMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, interval] { w->setInterval(interval); });
}

void ConnectionMonitor::onPingOk(int generation, const QString& version)
{
    if (generation != m_generation)
        return;
    m_serverVersion = version;
    m_lastError.clear();
    const State before = m_state;
    setState(State::Connected);
    if (before == State::Lost) {
        core::logging::get("ui")->info("database connection restored");
        emit connectionRestored();
    } else if (before == State::Connecting) {
        emit connected(version);
    }
}

void ConnectionMonitor::onPingFailed(int generation, const QString& reason, bool everConnected)
{
    if (generation != m_generation)
        return;
    m_lastError = reason;
    // Before the first success this is a connection that never worked, not a loss.
    const State next = everConnected ? State::Lost : State::Connecting;
    if (next == State::Lost && m_state != State::Lost) {
        core::logging::get("ui")->warn("database connection lost: {}", reason.toStdString());
        setState(State::Lost);
        emit connectionLost(reason);
    } else {
        setState(next);
    }
    if (!everConnected)
        emit cannotConnect(reason);
}

void ConnectionMonitor::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace kestrel::ui

#include "connection_monitor.moc"
