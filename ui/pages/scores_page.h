#pragma once

#include "models/model_jobs.h"
#include "models/scores_snapshot.h"

#include <QtWidgets/QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace kestrel::core {
struct ConnectionParams;
struct ScoreDrift;
} // namespace kestrel::core

namespace kestrel::ui {

class Banner;
class DataTableView;
class ScoreDriftView;
class ScoreHeader;
class ScoreOverview;
class ScoreRunBar;
class ScoreRunsModel;
class ScoredUsersModel;
class ScoresModel;
class StatusBadgeDelegate;

/// The Scores module: purchase propensity ("Likely to buy (30 days)") and churn risk, switched at
/// the top. For the model picked it shows the newest succeeded run (or an older one picked from
/// the history): its window, dates and held-out quality; the score distribution with its bands;
/// ROC, calibration and lift curves; feature importance; the top 50 users by current score with
/// the reasons of their scores; and the run history, where two runs can be compared (score
/// drift). The run bar starts ScoringService as a job (ModelJobs: progress and Cancel in the
/// status area); success reloads the page, a failure or cancel leaves the stored scores shown.
/// With no run yet the page says to press Run instead of showing empty charts.
class ScoresPage : public QWidget {
    Q_OBJECT
public:
    explicit ScoresPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~ScoresPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the model's runs, the run shown and the top users again.
    void reload();
    /// "propensity" or "churn"; shows that model's newest run.
    void setModel(const QString& model);
    QString model() const { return m_modelName; }
    /// Shows run `runId` of the current model; 0 = the newest.
    void showRun(std::int64_t runId);
    /// Starts a run with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();
    /// Compares two succeeded runs of the current model (the older is A); returns the job id.
    int compareRuns(std::int64_t runA, std::int64_t runB);

    ScoresSnapshotPtr snapshot() const { return m_snapshot; }
    /// The run shown, 0 when none.
    std::int64_t shownRunId() const;
    int runningJob() const { return m_job; }
    int compareJob() const { return m_compareJob; }
    bool isLoading() const;
    bool isEmptyStateVisible() const;
    QString emptyStateText() const;
    QString statusText() const;
    bool isErrorVisible() const;
    QString errorText() const;

    QAbstractButton* modelButton(const QString& model) const;
    ScoreRunBar* runBar() const { return m_runBar; }
    ScoreHeader* header() const { return m_header; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* refreshButton() const { return m_refresh; }
    /// The charts of the run shown.
    ScoreOverview* overview() const { return m_overview; }
    DataTableView* usersTable() const { return m_usersTable; }
    ScoredUsersModel* usersModel() const { return m_usersModel; }
    QString usersNote() const;
    DataTableView* runsTable() const { return m_runsTable; }
    ScoreRunsModel* runsModel() const { return m_runsModel; }
    QPushButton* showRunButton() const { return m_showRun; }
    QPushButton* compareButton() const { return m_compare; }
    ScoreDriftView* driftView() const { return m_drift; }
    /// The run ids selected in the history table, in table order.
    std::vector<std::int64_t> selectedRuns() const;

    enum Tab { OverviewTab, UsersTab, RunsTab };

signals:
    /// A fresh snapshot is shown (with or without a run).
    void loaded();
    void loadFailed(const QString& message);
    /// A scoring run started here ended; the page reloads.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);
    /// A comparison ended; the drift view shows it (or why it failed).
    void compareFinished(bool ok);
    /// The stored churn window was read or saved.
    void churnDefaultChanged(int days);
    /// Double-click or Enter on a user of the top list: open the user card.
    void customerActivated(qint64 userId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildContent();
    QWidget* buildUsersTab();
    QWidget* buildRunsTab();
    QWidget* buildEmptyState();
    void onLoaded(ScoresSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void onRunFinished(const ModelOutcomePtr& outcome, bool mine);
    void onCompareFinished(const ModelOutcomePtr& outcome);
    void showDetail(const ScoreRunDetail& run);
    void showChartsMessage(const QString& text);
    void updateEmptyText();
    void updateRunButtons();
    void updateBandDelegate();

    ModelJobs& m_jobs;
    ScoresModel* m_model = nullptr;
    ScoredUsersModel* m_usersModel = nullptr;
    ScoreRunsModel* m_runsModel = nullptr;
    ScoresSnapshotPtr m_snapshot;
    QString m_modelName = QStringLiteral("propensity");
    std::int64_t m_requestedRun = 0; // 0 = follow the newest
    int m_job = 0;
    int m_compareJob = 0;
    std::shared_ptr<core::ScoreDrift> m_compareResult;
    bool m_hasConnection = false;
    bool m_keepStatus = false; // a failed or cancelled run's status outlives the reload after it

    QButtonGroup* m_modelGroup = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    ScoreRunBar* m_runBar = nullptr;
    Banner* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    ScoreHeader* m_header = nullptr;
    QTabWidget* m_tabs = nullptr;
    ScoreOverview* m_overview = nullptr;
    QLabel* m_usersNote = nullptr;
    DataTableView* m_usersTable = nullptr;
    StatusBadgeDelegate* m_bandDelegate = nullptr;
    DataTableView* m_runsTable = nullptr;
    QPushButton* m_showRun = nullptr;
    QPushButton* m_compare = nullptr;
    ScoreDriftView* m_drift = nullptr;
};

} // namespace kestrel::ui
