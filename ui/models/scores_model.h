#pragma once

#include "db/connection_params.h"
#include "models/scores_snapshot.h"

#include <QtCore/QObject>
#include <QtCore/QThreadPool>

#include <atomic>
#include <cstdint>

namespace kestrel::ui {

/// Read model of the Scores page: reads one model's runs, one run's details and the top users
/// (ScoresQueries) on a worker thread with its own QPSQL connection and delivers one immutable
/// snapshot on the GUI thread. Every load gets a generation number; the reply of an older load is
/// dropped. The churn window setting is read and saved through ScoringService on the same worker.
class ScoresModel : public QObject {
    Q_OBJECT
public:
    explicit ScoresModel(QObject* parent = nullptr);
    ~ScoresModel() override;

    void setConnection(core::ConnectionParams params);
    bool hasConnection() const { return m_hasConnection; }

    /// Loads the model's ("propensity" or "churn") runs, run `runId` — or the newest succeeded
    /// run when runId is 0 or not a succeeded run of that model — and its top users. Returns the
    /// generation of this load.
    int load(const QString& model, std::int64_t runId = 0);
    bool isLoading() const { return m_loading; }
    int generation() const { return m_generation.load(); }

    /// Reads ScoringService::churnDays; answers with churnDaysLoaded (or churnDaysFailed).
    void loadChurnDays();
    /// ScoringService::setChurnDays(days); answers with churnDaysSaved (or churnDaysFailed).
    void saveChurnDays(int days);

signals:
    void loaded(kestrel::ui::ScoresSnapshotPtr snapshot);
    /// message is one readable sentence; details carry the server's text and the statement.
    void failed(const QString& message, const QString& details);
    void churnDaysLoaded(int days);
    void churnDaysSaved(int days);
    void churnDaysFailed(const QString& message, const QString& details);

private:
    void deliver(int generation, ScoresSnapshotPtr snapshot, const QString& message, const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    bool m_loading = false;
    std::atomic<int> m_generation{0};
    std::atomic<bool> m_closing{false};
    QThreadPool m_pool;
};

} // namespace kestrel::ui
