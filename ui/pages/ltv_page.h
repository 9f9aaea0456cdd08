#pragma once

#include "models/ltv_snapshot.h"
#include "models/model_jobs.h"

#include <QtWidgets/QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class DataTableView;
class LtvCustomersModel;
class LtvEconomicsView;
class LtvHeader;
class LtvModel;
class LtvOverview;
class LtvRunBar;
class LtvSummaryTiles;

/// The LTV module: customer lifetime value looking back (historical LTV over 3/6/12 months,
/// cohorts, channel curves with CAC and payback) and forward (BG/NBD + Gamma-Gamma: P(alive),
/// expected purchases, predicted CLV, checked on a holdout). For the newest succeeded run it shows,
/// on one scrolling page: the run's header and warnings, summary tiles, the value distribution and
/// horizon comparison, cohort heat maps, LTV curves, the holdout calibration, what stands out with
/// the channel economics, the model parameters and the top 50 customers by predicted CLV (Enter or
/// a double-click on one asks for their user card). The run bar starts LtvService as a job
/// (ModelJobs: progress and Cancel here and in the status area); success reloads the page, a
/// failure or cancel leaves the stored values shown. With no run yet the page says to press Run;
/// a run that failed is shown with its stored error.
class LtvPage : public QWidget {
    Q_OBJECT
public:
    explicit LtvPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~LtvPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the newest run and the top customers again.
    void reload();
    /// Starts a run with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();

    LtvSnapshotPtr snapshot() const { return m_snapshot; }
    /// The run shown, 0 when none.
    std::int64_t shownRunId() const;
    int runningJob() const { return m_job; }
    bool isLoading() const;
    bool isEmptyStateVisible() const;
    QString emptyStateTitle() const;
    QString emptyStateText() const;
    QPushButton* emptyStateRunButton() const { return m_emptyRun; }
    QString statusText() const;
    /// A load error (database away, SQL error).
    bool isErrorVisible() const;
    QString errorText() const;
    /// The newest run failed after the one shown: its stored error, above the results.
    bool isRunFailureVisible() const;
    QString runFailureText() const;

    QPushButton* refreshButton() const { return m_refresh; }
    LtvRunBar* runBar() const { return m_runBar; }
    QScrollArea* scrollArea() const { return m_scroll; }
    LtvHeader* header() const { return m_header; }
    LtvSummaryTiles* tiles() const { return m_tiles; }
    LtvOverview* overview() const { return m_overview; }
    LtvEconomicsView* economics() const { return m_economics; }
    DataTableView* customersTable() const { return m_customersTable; }
    LtvCustomersModel* customersModel() const { return m_customersModel; }
    QString customersNote() const;

signals:
    /// A fresh snapshot is shown (with or without a run).
    void loaded();
    void loadFailed(const QString& message);
    /// A run started here ended; the page reloads.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);
    /// The user asked for a customer's card (Enter or a double-click in the top customers).
    void customerActivated(qint64 userId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildContent();
    QWidget* buildCustomers(QWidget* parent);
    QWidget* buildEmptyState();
    void onLoaded(LtvSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void showRun(const LtvRunDetail& run);
    void updateEmptyState();
    void activateCustomer(const QModelIndex& index);

    ModelJobs& m_jobs;
    LtvModel* m_model = nullptr;
    LtvCustomersModel* m_customersModel = nullptr;
    LtvSnapshotPtr m_snapshot;
    int m_job = 0;
    bool m_hasConnection = false;
    bool m_keepStatus = false; // a failed or cancelled run's status outlives the reload after it

    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    LtvRunBar* m_runBar = nullptr;
    Banner* m_error = nullptr;
    Banner* m_runFailure = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyRun = nullptr;
    LtvHeader* m_header = nullptr;
    LtvSummaryTiles* m_tiles = nullptr;
    LtvOverview* m_overview = nullptr;
    LtvEconomicsView* m_economics = nullptr;
    QLabel* m_customersNote = nullptr;
    DataTableView* m_customersTable = nullptr;
};

} // namespace kestrel::ui
