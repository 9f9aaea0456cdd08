#include "pages/ltv_page.h"

#include "customers/ltv_service.h"
#include "db/connection_params.h"
#include "models/ltv_customers_model.h"
#include "models/ltv_model.h"
#include "models/ltv_texts.h"
#include "models/sql_connection.h"
#include "pages/ltv_economics_view.h"
#include "pages/ltv_header.h"
#include "pages/ltv_overview.h"
#include "pages/ltv_run_bar.h"
#include "pages/ltv_summary_tiles.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTime>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

const QString kLtv = QStringLiteral("ltv");

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

LtvPage::LtvPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("ltvPage"));
    m_model = new LtvModel(this);
    m_customersModel = new LtvCustomersModel(this);
    connect(m_model, &LtvModel::loaded, this, &LtvPage::onLoaded);
    connect(m_model, &LtvModel::failed, this, &LtvPage::onFailed);

    auto* title = new QLabel(tr("Customer lifetime value"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(title);
    heading->addStretch(1);
    heading->addWidget(m_status);
    heading->addWidget(m_refresh);

    m_runBar = new LtvRunBar(this);
    m_runBar->setRunEnabled(false);
    m_error = new Banner(this);
    m_runFailure = new Banner(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildContent());
    m_empty = buildEmptyState();
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_runBar);
    layout->addWidget(m_error);
    layout->addWidget(m_runFailure);
    layout->addWidget(m_stack, 1);

    m_overview->showMessage(tr("Loading…"));

    connect(m_refresh, &QPushButton::clicked, this, &LtvPage::reload);
    connect(m_runBar, &LtvRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &LtvRunBar::cancelRequested, this, &LtvPage::cancelRun);
    connect(m_emptyRun, &QPushButton::clicked, this, [this] { startRun(); });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job != m_job)
            return;
        m_runBar->setProgress(fraction, text);
        m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &LtvPage::onJobFinished);
}

LtvPage::~LtvPage() = default;

QWidget* LtvPage::buildContent()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    m_header = new LtvHeader(content);
    m_tiles = new LtvSummaryTiles(content);
    m_overview = new LtvOverview(content);
    m_economics = new LtvEconomicsView(content);

    auto* layout = new QVBoxLayout(content);
    // The right margin keeps the cards clear of the scroll bar.
    layout->setContentsMargins(0, 0, 6, 6);
    layout->setSpacing(14);
    layout->addWidget(m_header);
    layout->addWidget(m_tiles);
    layout->addWidget(m_overview);
    layout->addWidget(m_economics);
    layout->addWidget(buildCustomers(content));
    layout->addStretch(1);
    m_scroll->setWidget(content);
    return m_scroll;
}

QWidget* LtvPage::buildCustomers(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* title = new QLabel(tr("Top customers by predicted CLV"), box);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_customersNote = new QLabel(box);
    m_customersNote->setObjectName(QStringLiteral("hint"));
    m_customersNote->setWordWrap(true);
    m_customersTable = new DataTableView(box);
    m_customersTable->setObjectName(QStringLiteral("topCustomersTable"));
    m_customersTable->setModel(m_customersModel);
    m_customersTable->setExportBaseName(QStringLiteral("ltv-top-customers"));
    QTableView* view = m_customersTable->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    view->installEventFilter(this);
    // About fifteen rows in view; the table scrolls the rest on its own.
    m_customersTable->setMinimumHeight(15 * (view->fontMetrics().height() + 12) + 80);
    connect(view, &QTableView::doubleClicked, this, &LtvPage::activateCustomer);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_customersNote);
    layout->addWidget(m_customersTable, 1);
    return box;
}

QWidget* LtvPage::buildEmptyState()
{
    auto* box = new QFrame;
    box->setObjectName(QStringLiteral("emptyState"));
    m_emptyTitle = new QLabel(box);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(box);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setFixedWidth(660); // a readable line length on wide windows
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyRun = new QPushButton(tr("Run"), box);
    m_emptyRun->setObjectName(QStringLiteral("runButton"));
    m_emptyRun->setEnabled(false);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addSpacing(8);
    // Centred by stretches, not by an alignment: an aligned label keeps the height of its first
    // text when a longer one comes.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_emptyText);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addSpacing(16);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_emptyRun);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
    updateEmptyState();
    return box;
}

void LtvPage::updateEmptyState()
{
    const bool failed = m_snapshot && m_snapshot->failedAfter;
    if (failed) {
        const LtvRunInfo& f = *m_snapshot->failedAfter;
        m_emptyTitle->setText(tr("The last LTV run failed"));
        m_emptyText->setText(
            tr("Run %1, started %2, failed: %3").arg(QString::number(f.runId), when(f.startedAt), f.error) +
            QStringLiteral("\n\n") +
            tr("It stored nothing. Correct what the message says and press Run to try again."));
        m_emptyRun->setText(tr("Run again"));
    } else {
        m_emptyTitle->setText(tr("No customer lifetime value yet"));
        m_emptyText->setText(
            tr("Kestrel reads every customer's paid orders and works out what customers brought in their first 3, 6 "
               "and 12 months — by the month they were acquired and by acquisition channel, next to what acquiring "
               "them cost. Then it fits two models of buying behaviour (BG/NBD and Gamma-Gamma) to predict who is "
               "still active, how often each customer will buy and what they are worth in the months ahead, and "
               "checks the forecast on the last weeks of history. Press Run: the run is stored and its results "
               "appear here."));
        m_emptyRun->setText(tr("Run"));
    }
}

void LtvPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    m_runFailure->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the LTV results cannot be read. Install "
               "the package libqt6sql6-psql and restart Kestrel.");
        m_error->showMessage(Banner::Kind::Error, message);
        m_overview->showMessage(tr("No data"));
        emit loadFailed(message);
        return;
    }
    m_hasConnection = true;
    m_runBar->setRunEnabled(true);
    m_emptyRun->setEnabled(true);
    m_model->setConnection(params);
    reload();
}

void LtvPage::reload()
{
    if (!m_hasConnection)
        return;
    if (!m_job && !m_keepStatus)
        m_status->setText(tr("Loading…"));
    m_model->load();
}

std::int64_t LtvPage::shownRunId() const
{
    return m_snapshot && m_snapshot->run ? m_snapshot->run->info.runId : 0;
}

bool LtvPage::isLoading() const
{
    return m_model->isLoading();
}

bool LtvPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString LtvPage::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

QString LtvPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString LtvPage::statusText() const
{
    return m_status->text();
}

bool LtvPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString LtvPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool LtvPage::isRunFailureVisible() const
{
    return m_runFailure->isVisibleTo(this);
}

QString LtvPage::runFailureText() const
{
    return m_runFailure->isVisibleTo(this) ? m_runFailure->text() : QString();
}

QString LtvPage::customersNote() const
{
    return m_customersNote->text();
}

int LtvPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_keepStatus = false;
    m_job = m_jobs.startLtv(m_runBar->options());
    m_runBar->setRunning(true);
    m_emptyRun->setEnabled(false);
    m_status->setText(tr("Running…"));
    return m_job;
}

void LtvPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void LtvPage::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    if (outcome->model != kLtv)
        return;
    const bool mine = job == m_job;
    if (mine) {
        m_job = 0;
        m_runBar->setRunning(false);
        m_emptyRun->setEnabled(m_hasConnection);
    }
    ToastOverlay* toasts = ToastOverlay::of(this);
    if (outcome->succeeded) {
        toasts->show(Toast::Kind::Success, tr("LTV updated: %1 (run %2).").arg(outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The values shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        m_keepStatus = true; // the reload that follows keeps saying what happened
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            m_status->setToolTip(QString());
            toasts->show(Toast::Kind::Info, tr("LTV calculation cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("LTV calculation failed: %1").arg(outcome->error),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    reload(); // a failed run is stored with its error; a cancelled one changes nothing but the status
    if (mine)
        emit runFinished(outcome);
}

void LtvPage::onLoaded(LtvSnapshotPtr snapshot)
{
    m_snapshot = snapshot;
    m_error->hide();
    if (!m_job && !m_keepStatus) {
        m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(QString());
    }
    m_keepStatus = false;
    updateEmptyState();
    if (!snapshot->run) {
        m_runFailure->hide();
        m_header->clear();
        m_tiles->clear();
        m_economics->clear();
        m_customersModel->clear();
        m_overview->showMessage(tr("No data"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        if (snapshot->failedAfter) {
            const LtvRunInfo& f = *snapshot->failedAfter;
            m_runFailure->showMessage(Banner::Kind::Warning,
                                      tr("The latest LTV run (run %1, started %2) failed: %3 The results below are "
                                         "from run %4.")
                                          .arg(QString::number(f.runId), when(f.startedAt), f.error,
                                               QString::number(snapshot->run->info.runId)),
                                      f.error);
        } else {
            m_runFailure->hide();
        }
        m_stack->setCurrentWidget(m_scroll);
        showRun(*snapshot->run);
    }
    emit loaded();
}

void LtvPage::showRun(const LtvRunDetail& run)
{
    m_header->setRun(run);
    m_tiles->setRun(run);
    m_overview->setSnapshot(m_snapshot);
    m_economics->setRun(run);
    m_customersModel->setCustomers(m_snapshot->top, run.clvMonths);
    QTableView* view = m_customersTable->tableView();
    for (int c = 0; c < LtvCustomersModel::ColumnCount - 1; ++c)
        view->resizeColumnToContents(c);
    if (m_snapshot->top.empty())
        m_customersNote->setText(run.gammaGamma ? tr("No customer has a predicted CLV in this run.")
                                                : tr("This run could not predict CLV (Gamma-Gamma needs at least two "
                                                     "customers who bought again), so there is no ranking yet."));
    else
        m_customersNote->setText(
            tr("The %n customers with the highest predicted value over the next %1 (run %2). Double-click a "
               "customer or press Enter to open their card.",
               nullptr, static_cast<int>(m_snapshot->top.size()))
                .arg(LtvTexts::months(run.clvMonths), QString::number(run.info.runId)));
}

void LtvPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    if (!m_snapshot)
        m_overview->showMessage(tr("No data"));
    emit loadFailed(message);
}

void LtvPage::activateCustomer(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QVariant id = index.data(LtvCustomersModel::UserIdRole);
    if (id.isValid())
        emit customerActivated(id.toLongLong());
}

bool LtvPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_customersTable->tableView() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activateCustomer(m_customersTable->tableView()->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kestrel::ui
