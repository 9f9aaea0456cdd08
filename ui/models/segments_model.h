#pragma once

#include "db/connection_params.h"
#include "models/segments_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>
#include <cstdint>

namespace kestrel::ui {

/// Read model of the Segments page: reads the run history and one run's details (SegmentsQueries)
/// on a worker thread with its own QPSQL connection and delivers one immutable snapshot on the GUI
/// thread. Every load gets a generation number; the reply of an older load is dropped.
class SegmentsModel : public QObject {
    Q_OBJECT
public:
    explicit SegmentsModel(QObject* parent = nullptr);
    ~SegmentsModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Loads the history and run `runId`, or the newest succeeded run when runId is 0 or no
    /// longer stored. Returns the generation of this load.
    int load(std::int64_t runId = 0);
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation.load(); }

signals:
    void loaded(kestrel::ui::SegmentsSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the server's text and the statement.
    void failed(const QString& message, const QString& details);

private:
    void deliver(int generation, SegmentsSnapshotPtr snapshot, const QString& message, const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    std::atomic<int> m_generation{0};
    QThreadPool m_pool;
};

} // namespace kestrel::ui
