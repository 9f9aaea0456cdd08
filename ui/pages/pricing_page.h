#pragma once

#include "models/model_jobs.h"
#include "models/pricing_snapshot.h"

#include <QtWidgets/QWidget>

#include <cstdint>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class DataTableView;
class ElasticityTableModel;
class PricingHeader;
class PricingModel;
class PricingRunBar;
class XyChart;

/// The Pricing module: price elasticity of demand per category and per product (a log-log
/// regression of weekly units on the price in effect, with product fixed effects, trend and
/// season). For the newest succeeded run it shows the period and counts with the median elasticity
/// of the reliable categories, a table of every estimate (level, category, product, elasticity,
/// 95% interval, R², observations, price levels, reliability — unreliable rows greyed with a
/// warning icon and the reason in a tooltip), filters by level and category and for reliable rows
/// only, and the price-demand chart of the selected row: its weeks on log-log axes with the fitted
/// line. The run bar starts ElasticityService as a job (ModelJobs: progress and Cancel here and in
/// the status area); success reloads the page, a failure or cancel leaves the stored estimates
/// shown. With no run yet the page says what a run does and offers Run; a run that failed is shown
/// with its stored error.
class PricingPage : public QWidget {
    Q_OBJECT
public:
    explicit PricingPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~PricingPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the newest run and its rows again.
    void reload();
    /// Starts a run with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();

    PricingSnapshotPtr snapshot() const { return m_snapshot; }
    /// The run shown, 0 when none.
    std::int64_t shownRunId() const;
    int runningJob() const { return m_job; }
    bool isLoading() const;
    bool isEmptyStateVisible() const;
    QString emptyStateTitle() const;
    QString emptyStateText() const;
    QPushButton* emptyStateRunButton() const { return m_emptyRun; }
    QString statusText() const;
    bool isErrorVisible() const;
    QString errorText() const;
    bool isRunFailureVisible() const;
    QString runFailureText() const;
    PricingHeader* header() const { return m_header; }

    PricingRunBar* runBar() const { return m_runBar; }
    QPushButton* refreshButton() const { return m_refresh; }
    DataTableView* table() const { return m_table; }
    ElasticityTableModel* tableModel() const { return m_tableModel; }
    XyChart* chart() const { return m_chart; }
    QComboBox* levelCombo() const { return m_level; }
    QComboBox* categoryCombo() const { return m_category; }
    QCheckBox* reliableOnlyCheck() const { return m_reliableOnly; }
    /// Selects a table row (view order) and shows its chart.
    void selectTableRow(int row);
    /// The snapshot row whose chart is shown, −1 when none.
    int chartRow() const { return m_chartRow; }

    /// True when the table and the chart stand side by side (a page 1,700 px wide or more), false
    /// when the chart is under the table.
    bool isSideBySide() const;

signals:
    /// A fresh snapshot is shown (with or without a run).
    void loaded();
    void loadFailed(const QString& message);
    /// A run started here ended; the page reloads.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildContent();
    QWidget* buildEmptyState();
    QWidget* buildFilters(QWidget* parent);
    void onLoaded(PricingSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void showRun(const PricingRun& run);
    void updateEmptyState();
    void applyFilters();
    void showChartFor(int snapshotRow);
    void onCurrentChanged();

    ModelJobs& m_jobs;
    PricingModel* m_model = nullptr;
    ElasticityTableModel* m_tableModel = nullptr;
    PricingSnapshotPtr m_snapshot;
    int m_job = 0;
    bool m_hasConnection = false;
    bool m_keepStatus = false;
    int m_chartRow = -1;

    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    PricingRunBar* m_runBar = nullptr;
    Banner* m_error = nullptr;
    Banner* m_runFailure = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyRun = nullptr;
    PricingHeader* m_header = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_reliableOnly = nullptr;
    QSplitter* m_splitter = nullptr;
    DataTableView* m_table = nullptr;
    XyChart* m_chart = nullptr;
    QLabel* m_chartNote = nullptr;
    QBoxLayout* m_chartLayout = nullptr;
    bool m_laidOut = false; ///< the splitter's orientation was chosen for the page's width
    int m_sizedFor = -1;    ///< the orientation the splitter's sizes were last set for
};

} // namespace kestrel::ui
