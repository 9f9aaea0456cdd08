#pragma once

#include "models/model_jobs.h"
#include "models/segments_snapshot.h"

#include <QtWidgets/QWidget>

#include <cstdint>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class CategoryBarChart;
class DataTableView;
class SegmentRunBar;
class SegmentsModel;
class SegmentsTableModel;
class XyChart;

/// The Segments module: the newest succeeded segmentation run (or an older one picked from the
/// history) — its method, k, users and as-of; the segments' shares of users and revenue; their
/// centroid profiles; a PCA scatter of a sample of users; the k (or eps) choice; and a table of
/// the segments. The run bar starts SegmentationService as a job (ModelJobs: progress and Cancel
/// in the status area); success reloads the page, a failure or cancel leaves the stored segments
/// shown. With no run yet the page says to press Run instead of showing empty charts.
class SegmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit SegmentsPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~SegmentsPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the history and the run shown again (the newest unless an older one was picked).
    void reload();
    /// Shows run `runId`; 0 = the newest.
    void showRun(std::int64_t runId);
    /// Starts a run with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();

    SegmentsSnapshotPtr snapshot() const { return m_snapshot; }
    /// The run shown, 0 when none.
    std::int64_t shownRunId() const;
    int runningJob() const { return m_job; }
    bool isLoading() const;
    bool isEmptyStateVisible() const;
    QString emptyStateText() const;
    QString summaryText() const;
    QString statusText() const;
    bool isErrorVisible() const;
    QString errorText() const;

    SegmentRunBar* runBar() const { return m_runBar; }
    QComboBox* historyCombo() const { return m_history; }
    QPushButton* refreshButton() const { return m_refresh; }
    CategoryBarChart* sizesChart() const { return m_sizes; }
    CategoryBarChart* profileChart() const { return m_profiles; }
    XyChart* scatterChart() const { return m_scatter; }
    XyChart* kChart() const { return m_kChart; }
    DataTableView* table() const { return m_table; }
    SegmentsTableModel* tableModel() const { return m_tableModel; }

signals:
    /// A fresh snapshot is shown (with or without a run).
    void loaded();
    void loadFailed(const QString& message);
    /// A run started here or elsewhere ended; the page reloads on success.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);

private:
    QWidget* buildContent();
    QWidget* buildEmptyState();
    void onLoaded(SegmentsSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onRunFinished(int job, const ModelOutcomePtr& outcome);
    void fillHistory(const SegmentsSnapshot& s);
    void showDetail(const SegmentRunDetail& run);
    void showChartsMessage(const QString& text);
    QString summaryOf(const SegmentRunDetail& run) const;

    ModelJobs& m_jobs;
    SegmentsModel* m_model = nullptr;
    SegmentsTableModel* m_tableModel = nullptr;
    SegmentsSnapshotPtr m_snapshot;
    std::int64_t m_requestedRun = 0; // 0 = follow the newest
    int m_job = 0;
    bool m_hasConnection = false;

    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    SegmentRunBar* m_runBar = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_historyLabel = nullptr;
    QComboBox* m_history = nullptr;
    Banner* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyText = nullptr;
    CategoryBarChart* m_sizes = nullptr;
    CategoryBarChart* m_profiles = nullptr;
    XyChart* m_scatter = nullptr;
    XyChart* m_kChart = nullptr;
    DataTableView* m_table = nullptr;
};

} // namespace kestrel::ui
