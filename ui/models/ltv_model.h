#pragma once

#include "db/connection_params.h"
#include "models/ltv_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>

namespace kestrel::ui {

/// Read model of the LTV page: reads the newest LTV run, a later failed one and the top customers
/// by predicted CLV (LtvQueries) on a worker thread with its own QPSQL connection, and delivers one
/// immutable snapshot on the GUI thread. Every load gets a generation number; the reply of an
/// older load is dropped.
class LtvModel : public QObject {
    Q_OBJECT
public:
    explicit LtvModel(QObject* parent = nullptr);
    ~LtvModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Starts a load; returns its generation.
    int load();
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation.load(); }

signals:
    void loaded(kestrel::ui::LtvSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the statement.
    void failed(const QString& message, const QString& details);

private:
    void deliver(int generation, LtvSnapshotPtr snapshot, const QString& message, const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    std::atomic<int> m_generation{0};
    QThreadPool m_pool;
};

} // namespace kestrel::ui
