#include "pages/recommendations_page.h"

#include "customers/recommend_service.h"
#include "db/connection_params.h"
#include "dialogs/recommend_file_dialog.h"
#include "models/recommend_model.h"
#include "models/sql_connection.h"
#include "pages/recommend_evaluation_panel.h"
#include "pages/recommend_header.h"
#include "pages/recommend_lookup.h"
#include "pages/recommend_mix_view.h"
#include "pages/recommend_run_bar.h"
#include "widgets/banner.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QTime>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

const QString kRecommend = QStringLiteral("recommend");

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

RecommendationsPage::RecommendationsPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("recommendationsPage"));
    m_model = new RecommendModel(this);
    connect(m_model, &RecommendModel::loaded, this, &RecommendationsPage::onLoaded);
    connect(m_model, &RecommendModel::failed, this, &RecommendationsPage::onFailed);

    auto* title = new QLabel(tr("Recommendations"), this);
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

    m_runBar = new RecommendRunBar(this);
    m_runBar->setRunEnabled(false);
    m_error = new Banner(this);
    m_runFailure = new Banner(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildContent());
    m_empty = buildEmptyState();
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_runBar);
    layout->addWidget(m_error);
    layout->addWidget(m_runFailure);
    layout->addWidget(m_stack, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RecommendationsPage::reload);
    connect(m_runBar, &RecommendRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &RecommendRunBar::cancelRequested, this, &RecommendationsPage::cancelRun);
    connect(m_emptyRun, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_emptyFile, &QPushButton::clicked, this, [this] { openFileEvaluation(); });
    connect(m_evaluation, &RecommendEvaluationPanel::fileEvaluationRequested, this, [this] { openFileEvaluation(); });
    connect(m_lookUp, &RecommendLookUp::lookUpRequested, this, [this](qint64 id) { lookUpUser(id); });
    connect(m_lookUp, &RecommendLookUp::customerActivated, this, &RecommendationsPage::customerActivated);
    connect(m_model, &RecommendModel::userListReady, this, [this](const RecommendUserListPtr& list) {
        m_lookUp->setList(list);
        emit lookUpFinished();
    });
    connect(m_model, &RecommendModel::topProductsLoaded, this,
            [this](qint64 runId, const RecommendProductsPtr& products) {
                if (runId != shownRunId())
                    return;
                m_mix->setProducts(*products);
                emit topProductsShown();
            });
    connect(m_model, &RecommendModel::lookUpFailed, this, [this](const QString& message, const QString&) {
        m_lookUp->showError(message);
        emit lookUpFinished();
    });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job != m_job)
            return;
        m_runBar->setProgress(fraction, text);
        m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &RecommendationsPage::onJobFinished);
}

RecommendationsPage::~RecommendationsPage() = default;

QWidget* RecommendationsPage::buildContent()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    m_header = new RecommendHeader(content);
    m_evaluation = new RecommendEvaluationPanel(content);
    m_mix = new RecommendMixView(content);
    m_lookUp = new RecommendLookUp(content);

    auto* layout = new QVBoxLayout(content);
    // The right margin keeps the cards clear of the scroll bar.
    layout->setContentsMargins(0, 0, 6, 6);
    layout->setSpacing(16);
    layout->addWidget(m_header);
    layout->addWidget(m_evaluation);
    layout->addWidget(m_mix);
    layout->addWidget(m_lookUp);
    layout->addStretch(1);
    m_scroll->setWidget(content);
    return m_scroll;
}

QWidget* RecommendationsPage::buildEmptyState()
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
    m_emptyFile = new QPushButton(tr("Evaluate a transactions file…"), box);
    m_emptyFile->setObjectName(QStringLiteral("evaluateFileButton"));
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
    buttonRow->addWidget(m_emptyFile);
    buttonRow->addWidget(m_emptyRun);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(2);
    updateEmptyState();
    return box;
}

void RecommendationsPage::updateEmptyState()
{
    const bool failed = m_snapshot && m_snapshot->failedAfter;
    if (failed) {
        const RecommendRunInfo& f = *m_snapshot->failedAfter;
        m_emptyTitle->setText(tr("The last recommender run failed"));
        m_emptyText->setText(
            tr("Run %1, started %2, failed: %3").arg(QString::number(f.runId), when(f.startedAt), f.error) +
            QStringLiteral("\n\n") +
            tr("It stored nothing. Correct what the message says and press Run to try again."));
        m_emptyRun->setText(tr("Run again"));
    } else {
        m_emptyTitle->setText(tr("No recommendations yet"));
        m_emptyText->setText(
            tr("Kestrel learns from every user's views, carts and purchases which products go together, which are "
               "alike (category, brand, price, tags) and what sells now, and blends them into a list for every "
               "user — with the reason for each product. It also checks how well the lists would have predicted "
               "the last 30 days of purchases. Press Run: the lists are stored and the results appear here. To "
               "try it on another shop's data first, evaluate a transactions file."));
        m_emptyRun->setText(tr("Run"));
    }
}

void RecommendationsPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    m_runFailure->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the recommendations cannot be read. "
               "Install the package libqt6sql6-psql and restart Kestrel.");
        m_error->showMessage(Banner::Kind::Error, message);
        emit loadFailed(message);
        return;
    }
    m_hasConnection = true;
    m_runBar->setRunEnabled(true);
    m_emptyRun->setEnabled(true);
    m_model->setConnection(params);
    reload();
}

void RecommendationsPage::reload()
{
    if (!m_hasConnection)
        return;
    if (!m_job && !m_keepStatus)
        m_status->setText(tr("Loading…"));
    m_model->load();
}

std::int64_t RecommendationsPage::shownRunId() const
{
    return m_snapshot && m_snapshot->run ? m_snapshot->run->info.runId : 0;
}

bool RecommendationsPage::isLoading() const
{
    return m_model->isLoading();
}

bool RecommendationsPage::isLookingUp() const
{
    return m_model->isLookingUp();
}

bool RecommendationsPage::isTopProductsPending() const
{
    return m_model->isTopPending();
}

bool RecommendationsPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString RecommendationsPage::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

QString RecommendationsPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString RecommendationsPage::statusText() const
{
    return m_status->text();
}

bool RecommendationsPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString RecommendationsPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool RecommendationsPage::isRunFailureVisible() const
{
    return m_runFailure->isVisibleTo(this);
}

QString RecommendationsPage::runFailureText() const
{
    return m_runFailure->isVisibleTo(this) ? m_runFailure->text() : QString();
}

int RecommendationsPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_keepStatus = false;
    m_job = m_jobs.startRecommend(m_runBar->options());
    m_runBar->setRunning(true);
    m_emptyRun->setEnabled(false);
    m_status->setText(tr("Running…"));
    return m_job;
}

void RecommendationsPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

RecommendFileDialog* RecommendationsPage::fileDialog() const
{
    RecommendFileDialog* dialog = m_fileDialog.data();
    return dialog != nullptr && dialog->isVisible() ? dialog : nullptr;
}

RecommendFileDialog* RecommendationsPage::openFileEvaluation()
{
    // A dialog that closed is on its way to deletion: a new one takes its place.
    if (RecommendFileDialog* open = fileDialog()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new RecommendFileDialog(m_jobs, m_runBar->settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_fileDialog = dialog;
    connect(dialog, &RecommendFileDialog::evaluated, this, [this](const RecommendEvaluationPtr& evaluation) {
        m_lastFile = evaluation->filePath;
        m_evaluation->setFileEvaluation(evaluation);
        showContent();
        m_scroll->verticalScrollBar()->setValue(m_evaluation->mapTo(m_scroll->widget(), QPoint(0, 0)).y() - 8);
        ToastOverlay::of(this)->show(Toast::Kind::Success,
                                     tr("%1 evaluated: the charts show its result.").arg(evaluation->label));
        emit fileEvaluationFinished(true);
    });
    connect(dialog, &RecommendFileDialog::evaluationFailed, this, [this] { emit fileEvaluationFinished(false); });
    if (!m_lastFile.isEmpty())
        dialog->setFile(m_lastFile);
    dialog->open();
    return dialog;
}

void RecommendationsPage::lookUpUser(std::int64_t userId)
{
    if (!m_snapshot || !m_snapshot->run) {
        m_lookUp->showError(tr("There is no recommender run to look in yet."));
        emit lookUpFinished();
        return;
    }
    m_lookUp->setBusy(true);
    m_model->lookUp(m_snapshot, userId);
}

void RecommendationsPage::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    if (outcome->model != kRecommend)
        return;
    const bool mine = job == m_job;
    if (mine) {
        m_job = 0;
        m_runBar->setRunning(false);
        m_emptyRun->setEnabled(m_hasConnection);
    }
    ToastOverlay* toasts = ToastOverlay::of(this);
    if (outcome->succeeded) {
        toasts->show(Toast::Kind::Success,
                     tr("Recommendations updated: %1 (run %2).").arg(outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The lists shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        m_keepStatus = true; // the reload that follows keeps saying what happened
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            m_status->setToolTip(QString());
            toasts->show(Toast::Kind::Info, tr("Recommender run cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("Recommender run failed: %1").arg(outcome->error),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    reload(); // a failed run is stored with its error; a cancelled one changes nothing but the status
    if (mine)
        emit runFinished(outcome);
}

void RecommendationsPage::onLoaded(RecommendSnapshotPtr snapshot)
{
    const std::int64_t before = shownRunId();
    m_snapshot = snapshot;
    m_error->hide();
    if (!m_job && !m_keepStatus) {
        m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(QString());
    }
    m_keepStatus = false;
    updateEmptyState();
    if (snapshot->run) {
        const RecommendRunDetail& run = *snapshot->run;
        if (snapshot->failedAfter) {
            const RecommendRunInfo& f = *snapshot->failedAfter;
            m_runFailure->showMessage(
                Banner::Kind::Warning,
                tr("The latest recommender run (run %1, started %2) failed: %3 The results "
                   "below are from run %4.")
                    .arg(QString::number(f.runId), when(f.startedAt), f.error, QString::number(run.info.runId)),
                f.error);
        } else {
            m_runFailure->hide();
        }
        m_header->setRun(run);
        // The service says in a warning why a run has no evaluation (too little data around the cut).
        const QString note = !run.evaluationNote.isEmpty() ? run.evaluationNote
                             : run.warnings.empty()        ? QString()
                                                           : tr("see the run's warnings above.");
        m_evaluation->setDatabaseEvaluation(true, run.evaluation, note);
        m_mix->setRun(run);
        m_lookUp->setAvailable(true);
        // A list on screen follows the run shown.
        if (m_lookUp->list() && before != run.info.runId)
            lookUpUser(m_lookUp->list()->userId);
    } else {
        m_runFailure->hide();
        m_header->clear();
        m_evaluation->setDatabaseEvaluation(false, std::nullopt, QString());
        m_mix->clear();
        m_lookUp->setAvailable(false);
    }
    showContent();
    emit loaded();
}

void RecommendationsPage::showContent()
{
    const bool hasRun = m_snapshot && m_snapshot->run;
    const bool hasFile = m_evaluation->fileEvaluation() != nullptr;
    if (!hasRun && hasFile && m_snapshot && m_snapshot->failedAfter) {
        const RecommendRunInfo& f = *m_snapshot->failedAfter;
        m_runFailure->showMessage(Banner::Kind::Warning,
                                  tr("The latest recommender run (run %1, started %2) failed: %3")
                                      .arg(QString::number(f.runId), when(f.startedAt), f.error),
                                  f.error);
    }
    m_header->setVisible(hasRun);
    m_mix->setVisible(hasRun);
    m_lookUp->setVisible(hasRun);
    m_stack->setCurrentWidget(hasRun || hasFile ? static_cast<QWidget*>(m_scroll) : m_empty);
}

void RecommendationsPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    emit loadFailed(message);
}

} // namespace kestrel::ui
