#pragma once

#include "models/anomaly_snapshot.h"
#include "models/model_jobs.h"

#include <QtWidgets/QWidget>

#include <cstdint>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kestrel::core {
struct ConnectionParams;
enum class AnomalyReview;
} // namespace kestrel::core

namespace kestrel::ui {

class AnomaliesModel;
class AnomalyDetailView;
class AnomalyRunBar;
class AnomalyTableModel;
class Banner;
class DataTableView;

/// The Anomalies module: days on which revenue, orders, new users, conversion or events of a type
/// left their weekday baseline (AnomalyService), with their review. A run bar starts a check as a
/// job (ModelJobs: progress and Cancel here and in the status area); filters (status, metric,
/// period) narrow a DataTableView of the stored anomalies; below it the selected anomaly's metric
/// around its day with its expected range and the anomalies marked, what the day had, and Accept /
/// Dismiss / Back to review (with an optional note) for the selected rows, through the core service.
/// With no run yet the page says what a run does and offers Run; a failed run is shown with its error.
class AnomaliesPage : public QWidget {
    Q_OBJECT
public:
    explicit AnomaliesPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~AnomaliesPage() override;

    void setConnection(const core::ConnectionParams& params);
    void reload();
    /// Starts a check with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();
    /// Reviews the selected rows (the note field's text, when there is one); returns the job id.
    int reviewSelected(core::AnomalyReview action);

    /// Shows only anomalies of this status ("new", "accepted", "dismissed"; empty: all) and reloads.
    void setStatusFilter(const QString& status);
    /// Shows only this metric ("events" with an event type; empty: all) and reloads.
    void setMetricFilter(const QString& metric, const QString& eventType = {});
    /// The last N days of the newest run's period (0: all) and reloads.
    void setPeriodFilter(int days);
    AnomalyFilter filter() const;
    /// Selects the row of an anomaly (and shows its chart); false when it is not listed.
    bool selectAnomaly(std::int64_t id);
    /// The ids of the selected rows, in view order.
    std::vector<std::int64_t> selectedIds() const;

    AnomaliesSnapshotPtr snapshot() const { return m_snapshot; }
    bool isLoading() const;
    bool isEmptyStateVisible() const;
    QString emptyStateTitle() const;
    QString emptyStateText() const;
    QPushButton* emptyStateRunButton() const { return m_emptyRun; }
    QString statusText() const;
    QString summaryText() const;
    bool isErrorVisible() const;
    QString errorText() const;
    bool isRunFailureVisible() const;
    QString runFailureText() const;
    int runningJob() const { return m_job; }

    AnomalyRunBar* runBar() const { return m_runBar; }
    DataTableView* table() const { return m_table; }
    AnomalyTableModel* tableModel() const { return m_tableModel; }
    AnomalyDetailView* detail() const { return m_detail; }
    AnomaliesModel* model() const { return m_model; }
    QComboBox* statusCombo() const { return m_statusCombo; }
    QComboBox* metricCombo() const { return m_metricCombo; }
    QComboBox* periodCombo() const { return m_periodCombo; }
    QPushButton* refreshButton() const { return m_refresh; }

signals:
    /// A fresh snapshot is shown.
    void loaded();
    void loadFailed(const QString& message);
    /// The chart of the selected anomaly is shown.
    void profileShown();
    /// A run started here ended; the page reloads.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);
    /// Anomalies were accepted, dismissed or put back (the Dashboard's marks change).
    void reviewed(kestrel::ui::ModelOutcomePtr outcome);

private:
    QWidget* buildContent();
    QWidget* buildEmptyState();
    void onLoaded(AnomaliesSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void onSelectionChanged();
    void updateEmptyState();
    void updateSummary();
    void fillMetricCombo(const std::vector<QString>& eventTypes);
    const AnomalyRow* currentRow() const;

    ModelJobs& m_jobs;
    AnomaliesModel* m_model = nullptr;
    AnomalyTableModel* m_tableModel = nullptr;
    AnomaliesSnapshotPtr m_snapshot;
    bool m_hasConnection = false;
    int m_job = 0;
    int m_reviewJob = 0;
    bool m_keepStatus = false;
    std::vector<std::int64_t> m_keepSelection; // ids to select again after a reload
    std::int64_t m_profileOf = 0;              // the anomaly whose chart is shown or coming

    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    AnomalyRunBar* m_runBar = nullptr;
    Banner* m_error = nullptr;
    Banner* m_runFailure = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyRun = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QComboBox* m_metricCombo = nullptr;
    QComboBox* m_periodCombo = nullptr;
    QLabel* m_summary = nullptr;
    DataTableView* m_table = nullptr;
    AnomalyDetailView* m_detail = nullptr;
};

} // namespace kestrel::ui
