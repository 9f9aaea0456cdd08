#include "pages/segments_page.h"

#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "common/logging.h"
#include "customers/segmentation_service.h"
#include "db/connection_params.h"
#include "import/load_texts.h"
#include "models/segments_model.h"
#include "models/segments_table_model.h"
#include "models/sql_connection.h"
#include "pages/segment_chart_data.h"
#include "pages/segment_run_bar.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QTime>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>
#include <spdlog/spdlog.h>

namespace kestrel::ui {
namespace {

const QString kModel = QStringLiteral("segments");

} // namespace

SegmentsPage::SegmentsPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("segmentsPage"));
    m_model = new SegmentsModel(this);
    m_tableModel = new SegmentsTableModel(this);
    connect(m_model, &SegmentsModel::loaded, this, &SegmentsPage::onLoaded);
    connect(m_model, &SegmentsModel::failed, this, &SegmentsPage::onFailed);

    auto* title = new QLabel(tr("Segments"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(tr("Customers grouped by spend, orders, recency, basket and activity"), this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(title);
    heading->addSpacing(4);
    heading->addWidget(subtitle, 1, Qt::AlignBottom);
    heading->addWidget(m_status);
    heading->addWidget(m_refresh);

    m_runBar = new SegmentRunBar(this);
    m_runBar->setRunEnabled(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyLabel = new QLabel(tr("Run"), this);
    m_historyLabel->setObjectName(QStringLiteral("filterLabel"));
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("runHistory"));
    m_history->setToolTip(tr("Earlier succeeded runs; the newest is shown unless you pick another"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_history->setEnabled(false);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(8);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_historyLabel);
    summaryRow->addWidget(m_history);

    m_error = new Banner(this);

    m_stack = new QStackedWidget(this);
    m_content = buildContent();
    m_empty = buildEmptyState();
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_runBar);
    layout->addLayout(summaryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    showChartsMessage(tr("Loading…"));

    connect(m_refresh, &QPushButton::clicked, this, &SegmentsPage::reload);
    connect(m_runBar, &SegmentRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &SegmentRunBar::cancelRequested, this, &SegmentsPage::cancelRun);
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        // The first entry is the newest run: picking it follows later runs too.
        showRun(index <= 0 ? 0 : m_history->itemData(index).toLongLong());
    });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job == m_job)
            m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &SegmentsPage::onRunFinished);
}

SegmentsPage::~SegmentsPage() = default;

QWidget* SegmentsPage::buildContent()
{
    auto* content = new QWidget;
    m_sizes = CategoryBarChart::create(CategoryBarChart::Orientation::Horizontal, format::Kind::Ratio, content);
    m_sizes->setTitle(tr("Share of users and of revenue"));
    m_sizes->setToolTip(tr("Click a legend entry to hide or show it."));
    m_profiles = CategoryBarChart::create(CategoryBarChart::Orientation::Horizontal, format::Kind::Number, content);
    m_profiles->setTitle(tr("Segment profiles"));
    m_profiles->setToolTip(tr("How far each segment's average is from everyone's, in standard deviations of "
                              "the (log-scaled) feature. Hover a bar for the segment's average."));
    m_profiles->setValueAxisTitle(tr("Std. dev. from the average"));
    m_scatter = XyChart::create(content);
    m_scatter->setTitle(tr("Customers on the two main components"));
    m_scatter->setToolTip(tr("A sample of up to 2,000 customers projected on the first two principal components "
                             "of the standardised features."));
    m_kChart = XyChart::create(content);
    m_kChart->setTitle(tr("Choosing k: silhouette and inertia"));

    m_table = new DataTableView(content);
    m_table->setObjectName(QStringLiteral("segmentsTable"));
    m_table->setModel(m_tableModel);
    m_table->setExportBaseName(QStringLiteral("segments"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true); // the profile takes the rest

    // Shares beside the table (their labels need room), then three charts of equal width.
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_sizes, 1);
    top->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    for (QWidget* chart :
         {static_cast<QWidget*>(m_profiles), static_cast<QWidget*>(m_scatter), static_cast<QWidget*>(m_kChart)})
        bottom->addWidget(chart, 1);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top, 4);
    layout->addLayout(bottom, 5);
    return content;
}

QWidget* SegmentsPage::buildEmptyState()
{
    auto* box = new QFrame;
    box->setObjectName(QStringLiteral("emptyState"));
    auto* heading = new QLabel(tr("No segments yet"), box);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    heading->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(box);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setMaximumWidth(640); // a readable line length on wide windows
    m_emptyText->setText(
        tr("Segmentation groups customers by spend, number of orders, recency, basket, categories and activity. "
           "Pick k-means or DBSCAN above and press Run: the run is stored, and its segments, their profiles and "
           "the choice of k appear here."));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(m_emptyText, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return box;
}

void SegmentsPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the segments cannot be read. Install "
               "the package libqt6sql6-psql and restart Kestrel.");
        m_error->showMessage(Banner::Kind::Error, message);
        showChartsMessage(tr("No data"));
        emit loadFailed(message);
        return;
    }
    m_hasConnection = true;
    m_runBar->setRunEnabled(true);
    m_model->setConnection(params);
    reload();
}

void SegmentsPage::reload()
{
    if (!m_hasConnection)
        return;
    m_status->setText(m_job ? m_status->text() : tr("Loading…"));
    m_model->load(m_requestedRun);
}

void SegmentsPage::showRun(std::int64_t runId)
{
    m_requestedRun = runId;
    reload();
}

std::int64_t SegmentsPage::shownRunId() const
{
    return m_snapshot && m_snapshot->run ? m_snapshot->run->info.runId : 0;
}

bool SegmentsPage::isLoading() const
{
    return m_model->isLoading();
}

bool SegmentsPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString SegmentsPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString SegmentsPage::summaryText() const
{
    return m_summary->text();
}

QString SegmentsPage::statusText() const
{
    return m_status->text();
}

bool SegmentsPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString SegmentsPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

int SegmentsPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_job = m_jobs.startSegmentation(m_runBar->options());
    m_runBar->setRunning(true);
    m_status->setText(tr("Running…"));
    return m_job;
}

void SegmentsPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void SegmentsPage::onRunFinished(int job, const ModelOutcomePtr& outcome)
{
    if (outcome->model != kModel)
        return;
    const bool mine = job == m_job;
    if (mine) {
        m_job = 0;
        m_runBar->setRunning(false);
    }
    ToastOverlay* toasts = ToastOverlay::of(this);
    if (outcome->succeeded) {
        m_requestedRun = 0; // show the new run
        reload();
        toasts->show(Toast::Kind::Success,
                     tr("Segments updated: %1 (run %2).").arg(outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The segments shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            toasts->show(Toast::Kind::Info, tr("Segmentation cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("Segmentation failed: %1 %2").arg(outcome->error, stays),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    emit runFinished(outcome);
}

void SegmentsPage::onLoaded(SegmentsSnapshotPtr snapshot)
{
    m_snapshot = snapshot;
    m_error->hide();
    if (!m_job) {
        m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(QString());
    }
    fillHistory(*snapshot);
    if (!snapshot->run) {
        m_summary->setText(tr("No segmentation run yet."));
        m_tableModel->clear();
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_content);
        showDetail(*snapshot->run);
    }
    emit loaded();
}

void SegmentsPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    if (!m_snapshot)
        showChartsMessage(tr("No data"));
    emit loadFailed(message);
}

void SegmentsPage::fillHistory(const SegmentsSnapshot& s)
{
    const QSignalBlocker block(m_history);
    m_history->clear();
    for (std::size_t i = 0; i < s.runs.size(); ++i) {
        const SegmentRunInfo& r = s.runs[i];
        QString text = tr("Run %1 · %2 · %3, %n segments", nullptr, r.clusters)
                           .arg(r.runId)
                           .arg(QLocale().toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat),
                                SegmentChartData::methodName(r.method));
        if (i == 0)
            text = tr("%1 (newest)").arg(text);
        m_history->addItem(text, static_cast<qlonglong>(r.runId));
    }
    m_history->setEnabled(!s.runs.empty());
    m_history->setVisible(!s.runs.empty()); // nothing to pick before the first run
    m_historyLabel->setVisible(!s.runs.empty());
    const int index = s.run ? m_history->findData(static_cast<qlonglong>(s.run->info.runId)) : -1;
    m_history->setCurrentIndex(std::max(index, 0));
}

QString SegmentsPage::summaryOf(const SegmentRunDetail& run) const
{
    const SegmentRunInfo& i = run.info;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(SegmentChartData::methodName(i.method).toHtmlEscaped());
    QString clusters = tr("%n segments", nullptr, i.clusters);
    if (i.method == QLatin1String("dbscan")) {
        if (i.noise > 0)
            clusters = tr("%1 + %2 noise").arg(clusters, format::count(static_cast<double>(i.noise)));
        parts << clusters;
        if (run.epsUsed)
            parts << tr("eps %1").arg(format::decimal(*run.epsUsed, 3));
        if (run.minSamples)
            parts << tr("min samples %1").arg(*run.minSamples);
    } else {
        if (run.kRequested == 0 && !run.scan.empty())
            clusters = tr("%1 (best of k %2–%3)").arg(clusters).arg(run.scan.front().k).arg(run.scan.back().k);
        parts << clusters;
    }
    parts << tr("%1 users").arg(format::count(static_cast<double>(i.users)));
    if (!i.asOf.isEmpty())
        parts << tr("as of %1").arg(format::instant(i.asOf));
    parts << tr("took %1").arg(LoadTexts::duration(static_cast<double>(i.durationMs) / 1000.0));
    parts << tr("run %1").arg(i.runId);
    return parts.join(QStringLiteral(" · "));
}

void SegmentsPage::showDetail(const SegmentRunDetail& run)
{
    m_summary->setText(summaryOf(run));
    m_summary->setToolTip(
        run.info.finishedAt.isValid()
            ? tr("Finished %1").arg(QLocale().toString(run.info.finishedAt.toLocalTime(), QLocale::LongFormat))
            : QString());
    m_tableModel->setSegments(run.segments);
    // The profile takes what is left (elided, the whole text in its tooltip).
    for (int c = 0; c < SegmentsTableModel::Profile; ++c)
        m_table->tableView()->resizeColumnToContents(c);

    if (run.segments.empty()) {
        showChartsMessage(tr("This run stored no segments."));
        return;
    }
    m_sizes->setData(SegmentChartData::sizes(run));
    m_profiles->setData(SegmentChartData::profiles(run));

    XyData scatter = SegmentChartData::scatter(run);
    if (scatter.series.empty())
        m_scatter->showMessage(tr("This run stored no sample of customers to plot.\nRuns made from now on do."));
    else
        m_scatter->setData(std::move(scatter));

    m_kChart->setTitle(SegmentChartData::kChartTitle(run));
    XyData k = SegmentChartData::kChart(run);
    if (k.series.empty())
        m_kChart->showMessage(SegmentChartData::kChartEmptyReason(run));
    else
        m_kChart->setData(std::move(k));
}

void SegmentsPage::showChartsMessage(const QString& text)
{
    m_sizes->showMessage(text);
    m_profiles->showMessage(text);
    m_scatter->showMessage(text);
    m_kChart->showMessage(text);
}

} // namespace kestrel::ui
