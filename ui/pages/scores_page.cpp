#include "pages/scores_page.h"

#include "customers/scoring_service.h"
#include "db/connection_params.h"
#include "jobs/job_context.h"
#include "models/score_runs_model.h"
#include "models/score_texts.h"
#include "models/scored_users_model.h"
#include "models/scores_model.h"
#include "models/sql_connection.h"
#include "pages/score_drift_view.h"
#include "pages/score_header.h"
#include "pages/score_overview.h"
#include "pages/score_run_bar.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/status_badge_delegate.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QItemSelectionModel>
#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTime>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace kestrel::ui {
namespace {

const QString kPropensity = QStringLiteral("propensity");
const QString kChurn = QStringLiteral("churn");
const QString kDrift = QStringLiteral("score_drift");

bool isScoringModel(const QString& model)
{
    return model == kPropensity || model == kChurn;
}

} // namespace

ScoresPage::ScoresPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("scoresPage"));
    m_model = new ScoresModel(this);
    m_usersModel = new ScoredUsersModel(this);
    m_runsModel = new ScoreRunsModel(this);
    connect(m_model, &ScoresModel::loaded, this, &ScoresPage::onLoaded);
    connect(m_model, &ScoresModel::failed, this, &ScoresPage::onFailed);

    auto* title = new QLabel(tr("Scores"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    // The model switch: two buttons that look like one segmented control.
    m_modelGroup = new QButtonGroup(this);
    m_modelGroup->setExclusive(true);
    auto* switchBox = new QHBoxLayout;
    switchBox->setSpacing(0);
    for (const QString& model : {kPropensity, kChurn}) {
        auto* button = new QPushButton(ScoreTexts::modelTitle(model), this);
        button->setObjectName(model == kPropensity ? QStringLiteral("segmentLeft") : QStringLiteral("segmentRight"));
        button->setProperty("model", model);
        button->setCheckable(true);
        button->setChecked(model == m_modelName);
        button->setToolTip(model == kPropensity
                               ? tr("Purchase propensity: how likely each customer is to buy within the horizon")
                               : tr("Churn risk: how likely each active customer is to stop buying and visiting"));
        m_modelGroup->addButton(button);
        switchBox->addWidget(button);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(title);
    heading->addSpacing(14);
    heading->addLayout(switchBox);
    heading->addStretch(1);
    heading->addWidget(m_status);
    heading->addWidget(m_refresh);

    m_runBar = new ScoreRunBar(this);
    m_runBar->setRunEnabled(false);
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
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    showChartsMessage(tr("Loading…"));
    updateBandDelegate();

    connect(m_modelGroup, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* button) { setModel(button->property("model").toString()); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        reload();
        m_model->loadChurnDays();
    });
    connect(m_runBar, &ScoreRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &ScoreRunBar::cancelRequested, this, &ScoresPage::cancelRun);
    connect(m_runBar, &ScoreRunBar::saveChurnDaysRequested, this, [this](int days) {
        m_runBar->saveChurnButton()->setEnabled(false);
        m_model->saveChurnDays(days);
    });
    connect(m_header, &ScoreHeader::showNewestRequested, this, [this] { showRun(0); });
    connect(m_model, &ScoresModel::churnDaysLoaded, this, [this](int days) {
        m_runBar->setChurnDefault(days);
        updateEmptyText();
        emit churnDefaultChanged(days);
    });
    connect(m_model, &ScoresModel::churnDaysSaved, this, [this](int days) {
        m_runBar->setChurnDefault(days);
        updateEmptyText();
        ToastOverlay::of(this)->show(
            Toast::Kind::Success,
            tr("Churn window saved: churn runs now use %n days unless told otherwise.", nullptr, days));
        emit churnDefaultChanged(days);
    });
    connect(m_model, &ScoresModel::churnDaysFailed, this, [this](const QString& message, const QString& details) {
        m_runBar->setChurnDefault(m_runBar->churnDefault()); // offers Save again
        ToastOverlay::of(this)->show(Toast::Kind::Error, message)->setDetails(details);
    });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job == m_job)
            m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &ScoresPage::onJobFinished);
}

ScoresPage::~ScoresPage() = default;

QWidget* ScoresPage::buildContent()
{
    auto* content = new QWidget;
    m_header = new ScoreHeader(content);
    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("scoreTabs"));
    m_tabs->setDocumentMode(true);
    m_overview = new ScoreOverview(m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(buildUsersTab(), QString()); // titled by the model
    m_tabs->addTab(buildRunsTab(), tr("Run history"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    return content;
}

QWidget* ScoresPage::buildUsersTab()
{
    auto* tab = new QWidget;
    m_usersNote = new QLabel(tab);
    m_usersNote->setObjectName(QStringLiteral("hint"));
    m_usersNote->setWordWrap(true);
    m_usersTable = new DataTableView(tab);
    m_usersTable->setObjectName(QStringLiteral("topUsersTable"));
    m_usersTable->setModel(m_usersModel);
    QTableView* view = m_usersTable->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true); // the reasons take the rest
    view->installEventFilter(this);
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_usersTable->proxyModel()->mapToSource(index);
        if (source.isValid())
            emit customerActivated(m_usersModel->user(source.row()).userId);
    });
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_usersNote);
    layout->addWidget(m_usersTable, 1);
    return tab;
}

QWidget* ScoresPage::buildRunsTab()
{
    auto* tab = new QWidget;
    m_runsTable = new DataTableView(tab);
    m_runsTable->setObjectName(QStringLiteral("runHistoryTable"));
    m_runsTable->setModel(m_runsModel);
    QTableView* view = m_runsTable->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->setItemDelegateForColumn(
        ScoreRunsModel::Status,
        new StatusBadgeDelegate(ScoreRunsModel::StatusKeyRole, StatusBadgeDelegate::loadStatusColors(), view));
    m_showRun = new QPushButton(tr("Show run"), tab);
    m_showRun->setObjectName(QStringLiteral("showRunButton"));
    m_showRun->setToolTip(tr("Show the selected run's quality, charts and dates (double-click a run does too)"));
    m_compare = new QPushButton(tr("Compare"), tab);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Select two succeeded runs (Ctrl+click) to see how their scores differ"));
    m_runsTable->addToolbarWidget(m_showRun);
    m_runsTable->addToolbarWidget(m_compare);
    m_drift = new ScoreDriftView(tab);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_runsTable, 2);
    layout->addWidget(m_drift, 3);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ScoresPage::updateRunButtons);
    connect(m_showRun, &QPushButton::clicked, this, [this] {
        const auto runs = selectedRuns();
        if (runs.size() == 1)
            showRun(runs.front());
    });
    connect(view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_runsTable->proxyModel()->mapToSource(index);
        if (source.isValid() && m_runsModel->run(source.row()).status == QLatin1String("succeeded"))
            showRun(m_runsModel->run(source.row()).runId);
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const auto runs = selectedRuns();
        if (runs.size() == 2)
            compareRuns(std::min(runs[0], runs[1]), std::max(runs[0], runs[1]));
    });
    updateRunButtons();
    return tab;
}

QWidget* ScoresPage::buildEmptyState()
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
    layout->addStretch(2);
    updateEmptyText();
    return box;
}

void ScoresPage::updateEmptyText()
{
    const bool churn = m_modelName == kChurn;
    m_emptyTitle->setText(churn ? tr("No churn scores yet") : tr("No purchase scores yet"));
    QString text =
        churn ? tr("Kestrel learns from the history which active customers churned — %1 — checks the model on a "
                   "later window it never saw, then scores every active customer. Press Run above: the run is "
                   "stored, and its quality, the score distribution, the customers most at risk with the reasons "
                   "and the run history appear here.")
                    .arg(ScoreTexts::windowText(kChurn, m_runBar->churnSpin()->value()))
              : tr("Kestrel learns from the history who bought within the horizon, checks the model on a later "
                   "window it never saw, then scores every customer. Press Run above: the run is stored, and its "
                   "quality, the score distribution, the customers most likely to buy with the reasons and the run "
                   "history appear here.");
    if (m_snapshot && !m_snapshot->runs.empty() && m_snapshot->runs.front().status == QLatin1String("failed") &&
        !m_snapshot->runs.front().error.isEmpty())
        text +=
            QStringLiteral("\n\n") +
            tr("The last run (%1) failed: %2").arg(m_snapshot->runs.front().runId).arg(m_snapshot->runs.front().error);
    m_emptyText->setText(text);
}

void ScoresPage::updateBandDelegate()
{
    // A high propensity is good news, a high churn risk bad news: the badges say so.
    const auto colors = [this](int band) {
        QColor text = ScoreTexts::bandColor(m_modelName, band).darker(band == 0 ? 170 : 150);
        QColor background = ScoreTexts::bandColor(m_modelName, band);
        background.setAlpha(40);
        return StatusBadgeDelegate::Colors{background, text};
    };
    std::map<QString, StatusBadgeDelegate::Colors> map;
    for (int band = 0; band < 3; ++band)
        map[ScoreTexts::bandKey(band)] = colors(band);
    QTableView* view = m_usersTable->tableView();
    auto* old = m_bandDelegate;
    m_bandDelegate = new StatusBadgeDelegate(ScoredUsersModel::BandKeyRole, std::move(map), view);
    view->setItemDelegateForColumn(ScoredUsersModel::Band, m_bandDelegate);
    delete old;
    m_tabs->setTabText(UsersTab, m_modelName == kChurn ? tr("Top 50 at risk") : tr("Top 50 likely buyers"));
}

void ScoresPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the scores cannot be read. Install the "
               "package libqt6sql6-psql and restart Kestrel.");
        m_error->showMessage(Banner::Kind::Error, message);
        showChartsMessage(tr("No data"));
        emit loadFailed(message);
        return;
    }
    m_hasConnection = true;
    m_runBar->setRunEnabled(true);
    m_model->setConnection(params);
    m_model->loadChurnDays();
    reload();
}

void ScoresPage::reload()
{
    if (!m_hasConnection)
        return;
    if (!m_job && !m_keepStatus)
        m_status->setText(tr("Loading…"));
    m_model->load(m_modelName, m_requestedRun);
}

void ScoresPage::setModel(const QString& model)
{
    if (!isScoringModel(model) || model == m_modelName)
        return;
    m_modelName = model;
    for (QAbstractButton* b : m_modelGroup->buttons())
        b->setChecked(b->property("model").toString() == model);
    m_requestedRun = 0;
    m_runBar->setModel(model);
    m_drift->showMessage(
        tr("Select two succeeded runs in the table above and press Compare to see how the scores moved."));
    updateBandDelegate();
    updateEmptyText();
    showChartsMessage(tr("Loading…"));
    reload();
}

void ScoresPage::showRun(std::int64_t runId)
{
    m_requestedRun = runId;
    reload();
}

std::int64_t ScoresPage::shownRunId() const
{
    return m_snapshot && m_snapshot->run ? m_snapshot->run->info.runId : 0;
}

bool ScoresPage::isLoading() const
{
    return m_model->isLoading();
}

bool ScoresPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ScoresPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString ScoresPage::statusText() const
{
    return m_status->text();
}

bool ScoresPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString ScoresPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QAbstractButton* ScoresPage::modelButton(const QString& model) const
{
    for (QAbstractButton* b : m_modelGroup->buttons()) {
        if (b->property("model").toString() == model)
            return b;
    }
    return nullptr;
}

QString ScoresPage::usersNote() const
{
    return m_usersNote->text();
}

std::vector<std::int64_t> ScoresPage::selectedRuns() const
{
    std::vector<std::int64_t> out;
    QTableView* view = m_runsTable->tableView();
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        out.push_back(index.data(ScoreRunsModel::RunIdRole).toLongLong());
    return out;
}

void ScoresPage::updateRunButtons()
{
    const auto runs = selectedRuns();
    const auto succeeded = [this](std::int64_t id) {
        const int row = m_runsModel->rowOf(id);
        return row >= 0 && m_runsModel->run(row).status == QLatin1String("succeeded");
    };
    m_showRun->setEnabled(runs.size() == 1 && succeeded(runs.front()));
    m_compare->setEnabled(runs.size() == 2 && succeeded(runs[0]) && succeeded(runs[1]) && m_compareJob == 0);
}

int ScoresPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_keepStatus = false;
    m_job = m_jobs.startScoring(m_runBar->options());
    m_runBar->setRunning(true);
    m_status->setText(tr("Running…"));
    return m_job;
}

void ScoresPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

int ScoresPage::compareRuns(std::int64_t runA, std::int64_t runB)
{
    if (!m_hasConnection || m_compareJob)
        return 0;
    auto result = std::make_shared<core::ScoreDrift>();
    m_compareResult = result;
    m_compareJob = m_jobs.start(kDrift, tr("Comparing runs %1 and %2").arg(runA).arg(runB),
                                [runA, runB, result](core::JobContext& ctx, ModelOutcome& outcome) {
                                    *result = core::ScoringService::compare(ctx.db(), runA, runB);
                                    outcome.summary = tr("PSI %1").arg(QLocale().toString(result->psi, 'f', 3));
                                });
    m_drift->showMessage(tr("Comparing runs %1 and %2…").arg(runA).arg(runB));
    updateRunButtons();
    return m_compareJob;
}

void ScoresPage::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    if (job == m_compareJob && outcome->model == kDrift)
        onCompareFinished(outcome);
    else if (isScoringModel(outcome->model))
        onRunFinished(outcome, job == m_job);
}

void ScoresPage::onCompareFinished(const ModelOutcomePtr& outcome)
{
    m_compareJob = 0;
    // The job has ended: its result is complete and no other thread touches it any more.
    if (outcome->succeeded && m_compareResult)
        m_drift->setDrift(*m_compareResult);
    else if (outcome->cancelled)
        m_drift->showMessage(tr("The comparison was cancelled."));
    else
        m_drift->showMessage(tr("The runs could not be compared: %1").arg(outcome->error));
    m_compareResult.reset();
    updateRunButtons();
    emit compareFinished(outcome->succeeded);
}

void ScoresPage::onRunFinished(const ModelOutcomePtr& outcome, bool mine)
{
    if (mine) {
        m_job = 0;
        m_runBar->setRunning(false);
    }
    if (outcome->model == m_modelName) {
        if (outcome->succeeded)
            m_requestedRun = 0; // show the new run
        reload();               // the history lists failed and cancelled runs too
    }
    ToastOverlay* toasts = ToastOverlay::of(this);
    const QString model = ScoreTexts::modelName(outcome->model);
    if (outcome->succeeded) {
        toasts->show(Toast::Kind::Success,
                     tr("%1 updated: %2 (run %3).").arg(model, outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The scores shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        m_keepStatus = true; // the reload that follows keeps saying what happened
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            toasts->show(Toast::Kind::Info, tr("Scoring cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("Scoring failed: %1").arg(outcome->error),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    if (mine)
        emit runFinished(outcome);
}

void ScoresPage::onLoaded(ScoresSnapshotPtr snapshot)
{
    if (snapshot->model != m_modelName)
        return;
    m_snapshot = snapshot;
    m_error->hide();
    if (!m_job && !m_keepStatus) {
        m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(QString());
    }
    m_keepStatus = false;
    m_runsModel->setRuns(snapshot->runs);
    m_runsModel->setShownRun(shownRunId());
    for (int c = 0; c < ScoreRunsModel::ColumnCount; ++c)
        m_runsTable->tableView()->resizeColumnToContents(c);
    m_usersModel->setUsers(snapshot->top);
    for (int c = 0; c < ScoredUsersModel::Reasons; ++c)
        m_usersTable->tableView()->resizeColumnToContents(c);
    const std::int64_t scoresRun = snapshot->top.empty() ? 0 : snapshot->top.front().runId;
    m_usersNote->setText(
        m_modelName == kChurn
            ? tr("The 50 active customers most at risk by their current churn score (run %1), with the features "
                 "that raised it most.")
                  .arg(scoresRun)
            : tr("The 50 customers most likely to buy by their current purchase score (run %1), with the features "
                 "that raised it most.")
                  .arg(scoresRun));
    updateRunButtons();
    updateEmptyText();
    if (!snapshot->run) {
        m_header->clear();
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_content);
        showDetail(*snapshot->run);
    }
    emit loaded();
}

void ScoresPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    if (!m_snapshot)
        showChartsMessage(tr("No data"));
    emit loadFailed(message);
}

void ScoresPage::showDetail(const ScoreRunDetail& run)
{
    m_header->setRun(run, m_snapshot ? m_snapshot->newestRunId : 0);
    m_overview->setRun(run);
}

void ScoresPage::showChartsMessage(const QString& text)
{
    m_overview->showMessage(text);
}

bool ScoresPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_usersTable->tableView() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex index = m_usersTable->proxyModel()->mapToSource(m_usersTable->tableView()->currentIndex());
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && index.isValid()) {
            emit customerActivated(m_usersModel->user(index.row()).userId);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kestrel::ui
