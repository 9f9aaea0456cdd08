#pragma once

#include "db/connection_params.h"
#include "models/recommend_queries.h"
#include "models/recommend_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>

namespace kestrel::ui {

/// Read model of the Recommendations page: reads the newest recommender run and a later failed one
/// (RecommendQueries), and answers user look-ups, on a worker thread with its own QPSQL connection,
/// delivering immutable results on the GUI thread. Loads and look-ups each carry a generation
/// number; the reply of an older one is dropped.
class RecommendModel : public QObject {
    Q_OBJECT
public:
    explicit RecommendModel(QObject* parent = nullptr);
    ~RecommendModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Starts a load; returns its generation.
    int load();
    bool isLoading() const { return m_loading; }
    /// The most recommended products of the loaded run are still being aggregated.
    bool isTopPending() const { return m_topPending; }
    /// Starts a look-up of one user's list in the snapshot's run (which must have one).
    void lookUp(RecommendSnapshotPtr snapshot, std::int64_t userId);
    bool isLookingUp() const { return m_lookingUp; }

signals:
    void loaded(kestrel::ui::RecommendSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the statement.
    void failed(const QString& message, const QString& details);
    /// The most recommended products of a run whose snapshot came with topPending.
    void topProductsLoaded(qint64 runId, kestrel::ui::RecommendProductsPtr products);
    void userListReady(kestrel::ui::RecommendUserListPtr list);
    void lookUpFailed(const QString& message, const QString& details);

private:
    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    bool m_topPending = false;
    bool m_lookingUp = false;
    std::atomic<int> m_generation{0};
    std::atomic<int> m_lookUpGeneration{0};
    // Touched by the worker only (the pool has one thread), so it needs no lock.
    RecommendQueries::TopCache m_topCache;
    QThreadPool m_pool;
};

} // namespace kestrel::ui
