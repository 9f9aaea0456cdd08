#include "pages/anomalies_page.h"

#include "customers/anomaly_service.h"
#include "db/connection_params.h"
#include "models/anomalies_model.h"
#include "models/anomaly_table_model.h"
#include "models/anomaly_texts.h"
#include "models/sql_connection.h"
#include "pages/anomaly_detail_view.h"
#include "pages/anomaly_run_bar.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/status_badge_delegate.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QSignalBlocker>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTime>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

const QString kAnomalies = QStringLiteral("anomalies");
const QString kReview = QStringLiteral("anomaly_review");

QLabel* fieldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("filterLabel"));
    return label;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

std::map<QString, StatusBadgeDelegate::Colors> statusColors()
{
    return {{QStringLiteral("new"), {QColor(0xff, 0xed, 0xd5), QColor(0x9a, 0x34, 0x12)}},
            {QStringLiteral("accepted"), {QColor(0xe2, 0xe8, 0xf0), QColor(0x33, 0x41, 0x55)}},
            {QStringLiteral("dismissed"), {QColor(0xf1, 0xf5, 0xf9), QColor(0x94, 0xa3, 0xb8)}}};
}

} // namespace

AnomaliesPage::AnomaliesPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("anomaliesPage"));
    m_model = new AnomaliesModel(this);
    m_tableModel = new AnomalyTableModel(this);
    connect(m_model, &AnomaliesModel::loaded, this, &AnomaliesPage::onLoaded);
    connect(m_model, &AnomaliesModel::failed, this, &AnomaliesPage::onFailed);
    connect(m_model, &AnomaliesModel::profileLoaded, this, [this](const AnomalyProfilePtr& p) {
        if (p->anomalyId != m_profileOf)
            return;
        m_detail->setProfile(*p);
        emit profileShown();
    });
    connect(m_model, &AnomaliesModel::profileFailed, this,
            [this](const QString& message) { m_detail->showChartMessage(message); });

    auto* title = new QLabel(tr("Anomalies"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(tr("Days that left their weekday baseline · days in UTC"), this);
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

    m_runBar = new AnomalyRunBar(this);
    m_runBar->setRunEnabled(false);
    m_error = new Banner(this);
    m_runFailure = new Banner(this);
    m_stack = new QStackedWidget(this);
    m_content = buildContent();
    m_stack->addWidget(m_content);
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

    connect(m_refresh, &QPushButton::clicked, this, &AnomaliesPage::reload);
    connect(m_runBar, &AnomalyRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &AnomalyRunBar::cancelRequested, this, &AnomaliesPage::cancelRun);
    connect(m_emptyRun, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_detail, &AnomalyDetailView::acceptRequested, this,
            [this] { reviewSelected(core::AnomalyReview::Accept); });
    connect(m_detail, &AnomalyDetailView::dismissRequested, this,
            [this] { reviewSelected(core::AnomalyReview::Dismiss); });
    connect(m_detail, &AnomalyDetailView::resetRequested, this, [this] { reviewSelected(core::AnomalyReview::Reset); });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job != m_job)
            return;
        m_runBar->setProgress(fraction, text);
        m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &AnomaliesPage::onJobFinished);
}

AnomaliesPage::~AnomaliesPage() = default;

QWidget* AnomaliesPage::buildContent()
{
    auto* box = new QWidget(this);
    m_statusCombo = new QComboBox(box);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const char* key : {"new", "accepted", "dismissed"})
        m_statusCombo->addItem(AnomalyTexts::status(QLatin1String(key)), QString::fromLatin1(key));
    m_metricCombo = new QComboBox(box);
    m_metricCombo->setObjectName(QStringLiteral("metricFilter"));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMetricCombo({});
    m_periodCombo = new QComboBox(box);
    m_periodCombo->setObjectName(QStringLiteral("periodFilter"));
    m_periodCombo->addItem(tr("All days"), 0);
    for (const int days : {30, 90, 365})
        m_periodCombo->addItem(tr("Last %n days", nullptr, days), days);
    m_periodCombo->setToolTip(tr("The last days of the newest check's period"));
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true); // two lines rather than clipped in a narrow window
    m_summary->setMinimumWidth(200);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(fieldLabel(tr("Status"), box));
    filters->addWidget(m_statusCombo);
    filters->addSpacing(10);
    filters->addWidget(fieldLabel(tr("Metric"), box));
    filters->addWidget(m_metricCombo);
    filters->addSpacing(10);
    filters->addWidget(fieldLabel(tr("Period"), box));
    filters->addWidget(m_periodCombo);
    filters->addSpacing(12);
    filters->addWidget(m_summary, 1);

    m_table = new DataTableView(box);
    m_table->setObjectName(QStringLiteral("anomaliesTable"));
    m_table->setModel(m_tableModel);
    m_table->setExportBaseName(QStringLiteral("anomalies"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true); // the note takes the rest
    view->setItemDelegateForColumn(AnomalyTableModel::Status,
                                   new StatusBadgeDelegate(AnomalyTableModel::StatusKeyRole, statusColors(), view));
    m_table->setColumnHidden(AnomalyTableModel::ReviewedAt, true);
    m_detail = new AnomalyDetailView(box);

    auto* split = new QSplitter(Qt::Vertical, box);
    split->setObjectName(QStringLiteral("anomalySplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    const auto filterChanged = [this] { reload(); };
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AnomaliesPage::onSelectionChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AnomaliesPage::onSelectionChanged);
    return box;
}

QWidget* AnomaliesPage::buildEmptyState()
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
    m_emptyText->setFixedWidth(660);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyRun = new QPushButton(tr("Run"), box);
    m_emptyRun->setObjectName(QStringLiteral("runButton"));
    m_emptyRun->setEnabled(false);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addSpacing(8);
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

void AnomaliesPage::updateEmptyState()
{
    if (m_snapshot && m_snapshot->failedAfter) {
        const AnomalyRunInfo& f = *m_snapshot->failedAfter;
        m_emptyTitle->setText(tr("The last anomaly check failed"));
        m_emptyText->setText(
            tr("Run %1, started %2, failed: %3").arg(QString::number(f.runId), when(f.startedAt), f.error) +
            QStringLiteral("\n\n") +
            tr("It stored nothing. Correct what the message says and press Run to try again."));
        m_emptyRun->setText(tr("Run again"));
    } else {
        m_emptyTitle->setText(tr("No anomaly check yet"));
        m_emptyText->setText(
            tr("Kestrel compares every day of revenue, orders, new users, purchase conversion and each kind of "
               "event with the same weekday of the eight weeks before it, and marks the days that are far outside "
               "their usual range — a drop when the shop was down, a spike when a promotion worked. The anomalies "
               "are listed here for you to accept or dismiss, and marked on the Dashboard's charts. Press Run."));
        m_emptyRun->setText(tr("Run"));
    }
}

void AnomaliesPage::fillMetricCombo(const std::vector<QString>& eventTypes)
{
    const QString current = m_metricCombo->currentData().toString();
    const QSignalBlocker block(m_metricCombo);
    m_metricCombo->clear();
    m_metricCombo->addItem(tr("All metrics"), QString());
    for (const char* key : {"revenue", "orders", "new_users", "conversion"})
        m_metricCombo->addItem(AnomalyTexts::metric(QLatin1String(key)), QString::fromLatin1(key));
    if (!eventTypes.empty())
        m_metricCombo->addItem(tr("All events"), QStringLiteral("events|"));
    for (const QString& type : eventTypes)
        m_metricCombo->addItem(AnomalyTexts::metric(QStringLiteral("events"), type), QStringLiteral("events|") + type);
    const int index = m_metricCombo->findData(current);
    if (index >= 0) {
        m_metricCombo->setCurrentIndex(index);
    } else if (!current.isEmpty()) {
        // A filter asked for before its event type was known (setMetricFilter): keep it.
        m_metricCombo->addItem(
            AnomalyTexts::metric(current.section(QLatin1Char('|'), 0, 0), current.section(QLatin1Char('|'), 1)),
            current);
        m_metricCombo->setCurrentIndex(m_metricCombo->count() - 1);
    }
}

void AnomaliesPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    m_runFailure->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message = tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the anomalies cannot "
                                   "be read. Install the package libqt6sql6-psql and restart Kestrel.");
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

AnomalyFilter AnomaliesPage::filter() const
{
    AnomalyFilter f;
    f.status = m_statusCombo->currentData().toString();
    const QString metric = m_metricCombo->currentData().toString();
    f.metric = metric.section(QLatin1Char('|'), 0, 0);
    f.eventType = metric.section(QLatin1Char('|'), 1);
    f.days = m_periodCombo->currentData().toInt();
    return f;
}

void AnomaliesPage::reload()
{
    if (!m_hasConnection)
        return;
    if (!m_job && !m_keepStatus)
        m_status->setText(tr("Loading…"));
    if (m_keepSelection.empty())
        m_keepSelection = selectedIds();
    m_model->load(filter());
}

void AnomaliesPage::setStatusFilter(const QString& status)
{
    const int index = m_statusCombo->findData(status);
    m_statusCombo->setCurrentIndex(index < 0 ? 0 : index); // reloads when it changes
}

void AnomaliesPage::setMetricFilter(const QString& metric, const QString& eventType)
{
    const QString key = metric == QLatin1String("events") ? metric + QLatin1Char('|') + eventType : metric;
    int index = m_metricCombo->findData(key);
    if (index < 0) {
        m_metricCombo->addItem(AnomalyTexts::metric(metric, eventType), key);
        index = m_metricCombo->count() - 1;
    }
    m_metricCombo->setCurrentIndex(index);
}

void AnomaliesPage::setPeriodFilter(int days)
{
    const int index = m_periodCombo->findData(days);
    m_periodCombo->setCurrentIndex(index < 0 ? 0 : index);
}

bool AnomaliesPage::isLoading() const
{
    return m_model->isLoading();
}

bool AnomaliesPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString AnomaliesPage::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

QString AnomaliesPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString AnomaliesPage::statusText() const
{
    return m_status->text();
}

QString AnomaliesPage::summaryText() const
{
    return m_summary->text();
}

bool AnomaliesPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString AnomaliesPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool AnomaliesPage::isRunFailureVisible() const
{
    return m_runFailure->isVisibleTo(this);
}

QString AnomaliesPage::runFailureText() const
{
    return m_runFailure->isVisibleTo(this) ? m_runFailure->text() : QString();
}

int AnomaliesPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_keepStatus = false;
    m_job = m_jobs.startAnomalies(m_runBar->options());
    m_runBar->setRunning(true);
    m_emptyRun->setEnabled(false);
    m_status->setText(tr("Running…"));
    return m_job;
}

void AnomaliesPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

std::vector<std::int64_t> AnomaliesPage::selectedIds() const
{
    std::vector<std::int64_t> ids;
    QModelIndexList rows = m_table->tableView()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows)
        ids.push_back(index.data(AnomalyTableModel::AnomalyIdRole).toLongLong());
    return ids;
}

const AnomalyRow* AnomaliesPage::currentRow() const
{
    QModelIndex index = m_table->tableView()->currentIndex();
    if (!index.isValid() || !m_table->tableView()->selectionModel()->isRowSelected(index.row(), {})) {
        const QModelIndexList rows = m_table->tableView()->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return nullptr;
        index = rows.constFirst();
    }
    const QModelIndex source = m_table->proxyModel()->mapToSource(index);
    return source.isValid() ? &m_tableModel->row(source.row()) : nullptr;
}

bool AnomaliesPage::selectAnomaly(std::int64_t id)
{
    const int row = m_tableModel->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_table->proxyModel()->mapFromSource(m_tableModel->index(row, 0));
    if (!index.isValid())
        return false;
    QTableView* view = m_table->tableView();
    view->setCurrentIndex(index);
    view->selectRow(index.row());
    view->scrollTo(index);
    return true;
}

int AnomaliesPage::reviewSelected(core::AnomalyReview action)
{
    const auto ids = selectedIds();
    if (ids.empty() || m_reviewJob)
        return 0;
    const QString note = m_detail->noteText();
    m_keepSelection = ids;
    m_reviewJob =
        m_jobs.startAnomalyReview(ids, action, note.isEmpty() ? std::nullopt : std::optional(note.toStdString()));
    m_detail->setBusy(true);
    return m_reviewJob;
}

void AnomaliesPage::onSelectionChanged()
{
    const AnomalyRow* current = currentRow();
    const int selected = static_cast<int>(m_table->tableView()->selectionModel()->selectedRows().size());
    m_detail->setSelection(current, selected);
    if (!current) {
        m_profileOf = 0;
        return;
    }
    if (current->id == m_profileOf)
        return;
    m_profileOf = current->id;
    m_detail->showChartMessage(tr("Loading…"));
    m_model->loadProfile(*current, m_snapshot && m_snapshot->run ? m_snapshot->run->to : QDate());
}

void AnomaliesPage::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    ToastOverlay* toasts = ToastOverlay::of(this);
    if (outcome->model == kReview) {
        if (job != m_reviewJob)
            return;
        m_reviewJob = 0;
        m_detail->setBusy(false);
        if (outcome->succeeded) {
            m_detail->clearNote();
            m_profileOf = 0; // the marks change colour
            toasts->show(Toast::Kind::Success, outcome->summary);
            emit reviewed(outcome);
        } else {
            Toast* toast = toasts->show(Toast::Kind::Error, tr("The review was not stored: %1").arg(outcome->error));
            toast->setDetails(outcome->details);
        }
        reload();
        return;
    }
    if (outcome->model != kAnomalies)
        return;
    const bool mine = job == m_job;
    if (mine) {
        m_job = 0;
        m_runBar->setRunning(false);
        m_emptyRun->setEnabled(m_hasConnection);
    }
    if (outcome->succeeded) {
        m_profileOf = 0;
        toasts->show(Toast::Kind::Success,
                     tr("Anomaly check done: %1 (run %2).").arg(outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The anomalies shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        m_keepStatus = true;
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            toasts->show(Toast::Kind::Info, tr("Anomaly check cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("Anomaly check failed: %1").arg(outcome->error),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    reload();
    if (mine)
        emit runFinished(outcome);
}

void AnomaliesPage::onLoaded(AnomaliesSnapshotPtr snapshot)
{
    m_snapshot = snapshot;
    m_error->hide();
    if (!m_job && !m_keepStatus) {
        m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        m_status->setToolTip(QString());
    }
    m_keepStatus = false;
    fillMetricCombo(snapshot->eventTypes);
    updateEmptyState();
    if (snapshot->run && snapshot->failedAfter) {
        const AnomalyRunInfo& f = *snapshot->failedAfter;
        m_runFailure->showMessage(
            Banner::Kind::Warning,
            tr("The latest anomaly check (run %1, started %2) failed: %3 The anomalies below "
               "are from run %4 and earlier.")
                .arg(QString::number(f.runId), when(f.startedAt), f.error, QString::number(snapshot->run->runId)),
            f.error);
    } else {
        m_runFailure->hide();
    }
    m_stack->setCurrentWidget(snapshot->run ? m_content : m_empty);

    const std::vector<std::int64_t> keep = std::move(m_keepSelection);
    m_keepSelection.clear();
    m_tableModel->setRows(snapshot->rows);
    QTableView* view = m_table->tableView();
    for (int c = 0; c < AnomalyTableModel::ColumnCount - 1; ++c)
        view->resizeColumnToContents(c);
    bool any = false;
    for (const std::int64_t id : keep) {
        const int row = m_tableModel->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_table->proxyModel()->mapFromSource(m_tableModel->index(row, 0));
        if (!index.isValid())
            continue;
        if (!any)
            view->setCurrentIndex(index);
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        any = true;
    }
    if (!any && m_table->proxyModel()->rowCount() > 0)
        view->selectRow(0);
    onSelectionChanged();
    updateSummary();
    emit loaded();
}

void AnomaliesPage::updateSummary()
{
    if (!m_snapshot || !m_snapshot->run) {
        m_summary->clear();
        return;
    }
    const AnomaliesSnapshot& s = *m_snapshot;
    const QLocale locale;
    QString text = tr("%n shown", nullptr, static_cast<int>(s.rows.size()));
    if (s.truncated)
        text += QStringLiteral(" ") + tr("(the newest; narrow the filters)");
    text += QStringLiteral(" · ") + tr("%n to review in all", nullptr, static_cast<int>(s.toReview));
    text += QStringLiteral(" · ") +
            tr("run %1 checked %2 – %3 at a threshold of %4")
                .arg(QString::number(s.run->runId), locale.toString(s.run->from, QLocale::ShortFormat),
                     locale.toString(s.run->to, QLocale::ShortFormat), locale.toString(s.run->threshold, 'f', 1));
    m_summary->setText(text);
}

void AnomaliesPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    emit loadFailed(message);
}

} // namespace kestrel::ui
