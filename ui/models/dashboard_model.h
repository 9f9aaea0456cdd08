#pragma once

#include "db/connection_params.h"
#include "models/dashboard_snapshot.h"
#include "models/query_canceller.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace kestrel::ui {

/// Read model of the dashboard. load() fans the independent queries out over a small pool of
/// worker threads (each with its own QPSQL connection) and delivers one immutable snapshot on the
/// GUI thread. Every load gets a generation number; replies of an older load are dropped.
class DashboardModel : public QObject {
    Q_OBJECT
public:
    explicit DashboardModel(QObject* parent = nullptr);
    ~DashboardModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Starts loading `range`, or when empty the `defaultDays` days ending at the latest day with
    /// data (today at most). Returns the generation of this load.
    int load(std::optional<DayRange> range, int defaultDays);
    int generation() const { return m_generation.load(); }
    bool isLoading() const { return m_loading; }

signals:
    /// Sent once or twice per load: an early snapshot (complete == false) when only the
    /// distinct-user counts are left, then the complete one.
    void loaded(kestrel::ui::SnapshotPtr snapshot);
    /// message is one readable sentence; details carry the server's text and the statement.
    void failed(const QString& message, const QString& details);

private:
    struct Batch;
    void fanOut(const std::shared_ptr<Batch>& batch);
    void finishTask(const std::shared_ptr<Batch>& batch, bool light);
    void deliver(int generation, SnapshotPtr snapshot);
    void deliverError(int generation, const QString& message, const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    std::atomic<int> m_generation{0};
    QueryCanceller m_canceller;
    QThreadPool m_pool;
};

} // namespace kestrel::ui
