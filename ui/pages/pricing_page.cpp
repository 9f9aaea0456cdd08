#include "pages/pricing_page.h"

#include "charts/xy_chart.h"
#include "customers/elasticity_service.h"
#include "db/connection_params.h"
#include "models/elasticity_table_model.h"
#include "models/ltv_texts.h"
#include "models/pricing_model.h"
#include "models/pricing_texts.h"
#include "models/sql_connection.h"
#include "pages/pricing_chart_data.h"
#include "pages/pricing_header.h"
#include "pages/pricing_run_bar.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QItemSelectionModel>
#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTime>
#include <QtGui/QResizeEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <set>

namespace kestrel::ui {
namespace {

const QString kElasticity = QStringLiteral("elasticity");
// Below this page width the table (about 850 px with every column, 1,050 px in Russian) and a
// readable chart do not fit side by side: the chart goes under the table, its note beside it.
constexpr int kSideBySideWidth = 1700;

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

} // namespace

PricingPage::PricingPage(ModelJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("pricingPage"));
    m_model = new PricingModel(this);
    m_tableModel = new ElasticityTableModel(this);
    connect(m_model, &PricingModel::loaded, this, &PricingPage::onLoaded);
    connect(m_model, &PricingModel::failed, this, &PricingPage::onFailed);

    auto* title = new QLabel(tr("Price elasticity"), this);
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

    m_runBar = new PricingRunBar(this);
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

    m_chart->showMessage(tr("Loading…"));

    connect(m_refresh, &QPushButton::clicked, this, &PricingPage::reload);
    connect(m_runBar, &PricingRunBar::runRequested, this, [this] { startRun(); });
    connect(m_runBar, &PricingRunBar::cancelRequested, this, &PricingPage::cancelRun);
    connect(m_emptyRun, &QPushButton::clicked, this, [this] { startRun(); });
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job != m_job)
            return;
        m_runBar->setProgress(fraction, text);
        m_status->setText(tr("Running: %1 %2").arg(text, format::percent(fraction, 0)));
    });
    connect(&m_jobs, &ModelJobs::finished, this, &PricingPage::onJobFinished);
}

PricingPage::~PricingPage() = default;

QWidget* PricingPage::buildFilters(QWidget* parent)
{
    auto* bar = new QWidget(parent);
    const auto label = [bar](const QString& text) {
        auto* l = new QLabel(text, bar);
        l->setObjectName(QStringLiteral("filterLabel"));
        return l;
    };
    m_level = new QComboBox(bar);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->addItem(tr("Categories and products"), QStringLiteral("all"));
    m_level->addItem(tr("Categories"), QStringLiteral("categories"));
    m_level->addItem(tr("Products"), QStringLiteral("products"));
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->addItem(tr("All categories"), QString());
    m_reliableOnly = new QCheckBox(tr("Only reliable"), bar);
    m_reliableOnly->setObjectName(QStringLiteral("reliableOnlyCheck"));
    m_reliableOnly->setToolTip(tr("Hide the estimates flagged as unreliable"));

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label(tr("Show")));
    layout->addWidget(m_level);
    layout->addSpacing(10);
    layout->addWidget(label(tr("Category")));
    layout->addWidget(m_category);
    layout->addSpacing(10);
    layout->addWidget(m_reliableOnly);
    layout->addStretch(1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &PricingPage::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &PricingPage::applyFilters);
    connect(m_reliableOnly, &QCheckBox::toggled, this, &PricingPage::applyFilters);
    return bar;
}

QWidget* PricingPage::buildContent()
{
    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("pageContent"));

    m_table = new DataTableView(content);
    m_table->setObjectName(QStringLiteral("elasticityTable"));
    m_table->setModel(m_tableModel);
    m_table->setExportBaseName(QStringLiteral("price-elasticity"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PricingPage::onCurrentChanged);
    m_table->setPageFilterHooks(
        [this] {
            QJsonObject o;
            o[QStringLiteral("level")] = m_level->currentData().toString();
            o[QStringLiteral("category")] = m_category->currentData().toString();
            o[QStringLiteral("reliable_only")] = m_reliableOnly->isChecked();
            return o;
        },
        [this](const QJsonObject& o) {
            const int level = m_level->findData(o.value(QStringLiteral("level")).toString());
            m_level->setCurrentIndex(level < 0 ? 0 : level);
            const int category = m_category->findData(o.value(QStringLiteral("category")).toString());
            m_category->setCurrentIndex(category < 0 ? 0 : category);
            m_reliableOnly->setChecked(o.value(QStringLiteral("reliable_only")).toBool());
        });

    auto* chartBox = new QWidget(content);
    m_chart = XyChart::create(chartBox);
    m_chart->setObjectName(QStringLiteral("priceDemandChart"));
    m_chart->setMinimumSize(320, 220);
    m_chartNote = new QLabel(chartBox);
    m_chartNote->setObjectName(QStringLiteral("hint"));
    m_chartNote->setWordWrap(true);
    m_chartNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Under the table (the start, until resizeEvent finds room beside it) the note stands at the right.
    m_chartNote->setMaximumWidth(300);
    m_chartLayout = new QBoxLayout(QBoxLayout::LeftToRight, chartBox);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(8);
    m_chartLayout->addWidget(m_chart, 1);
    m_chartLayout->addWidget(m_chartNote);

    m_splitter = new QSplitter(Qt::Horizontal, content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(chartBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setOrientation(Qt::Vertical); // resizeEvent picks the orientation that fits
    m_splitter->installEventFilter(this);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_header = new PricingHeader(content);
    layout->addWidget(m_header);
    layout->addWidget(buildFilters(content));
    layout->addWidget(m_splitter, 1);
    return content;
}

QWidget* PricingPage::buildEmptyState()
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

void PricingPage::updateEmptyState()
{
    if (m_snapshot && m_snapshot->failedAfter) {
        const PricingRunInfo& f = *m_snapshot->failedAfter;
        m_emptyTitle->setText(tr("The last price elasticity run failed"));
        m_emptyText->setText(
            tr("Run %1, started %2, failed: %3").arg(QString::number(f.runId), when(f.startedAt), f.error) +
            QStringLiteral("\n\n") +
            tr("It stored nothing. Correct what the message says and press Run to try again."));
        m_emptyRun->setText(tr("Run again"));
    } else {
        m_emptyTitle->setText(tr("No price elasticities yet"));
        m_emptyText->setText(
            tr("Kestrel adds up the units of every product sold in every week, takes the price in effect that week "
               "from the price history and measures how much demand moves when the price moves — for each category "
               "(all its products together) and for each product with enough weeks of sales — with the trend and "
               "the season taken out. Each estimate comes with its 95% interval and a warning when it should not "
               "be used. Press Run: the run is stored and its results appear here."));
        m_emptyRun->setText(tr("Run"));
    }
}

void PricingPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    m_runFailure->hide();
    if (!SqlConnection::driverAvailable()) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the price elasticities cannot be read. "
               "Install the package libqt6sql6-psql and restart Kestrel.");
        m_error->showMessage(Banner::Kind::Error, message);
        m_chart->showMessage(tr("No data"));
        emit loadFailed(message);
        return;
    }
    m_hasConnection = true;
    m_runBar->setRunEnabled(true);
    m_emptyRun->setEnabled(true);
    m_model->setConnection(params);
    reload();
}

void PricingPage::reload()
{
    if (!m_hasConnection)
        return;
    if (!m_job && !m_keepStatus)
        m_status->setText(tr("Loading…"));
    m_model->load();
}

std::int64_t PricingPage::shownRunId() const
{
    return m_snapshot && m_snapshot->run ? m_snapshot->run->info.runId : 0;
}

bool PricingPage::isLoading() const
{
    return m_model->isLoading();
}

bool PricingPage::isEmptyStateVisible() const
{
    return m_stack->currentWidget() == m_empty;
}

QString PricingPage::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

QString PricingPage::emptyStateText() const
{
    return m_emptyText->text();
}

QString PricingPage::statusText() const
{
    return m_status->text();
}

bool PricingPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString PricingPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool PricingPage::isRunFailureVisible() const
{
    return m_runFailure->isVisibleTo(this);
}

QString PricingPage::runFailureText() const
{
    return m_runFailure->isVisibleTo(this) ? m_runFailure->text() : QString();
}

int PricingPage::startRun()
{
    if (!m_hasConnection || m_job)
        return 0;
    m_keepStatus = false;
    m_job = m_jobs.startElasticity(m_runBar->options());
    m_runBar->setRunning(true);
    m_emptyRun->setEnabled(false);
    m_status->setText(tr("Running…"));
    return m_job;
}

void PricingPage::cancelRun()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_runBar->cancelButton()->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void PricingPage::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    if (outcome->model != kElasticity)
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
                     tr("Price elasticities updated: %1 (run %2).").arg(outcome->summary).arg(outcome->runId));
    } else if (mine) {
        const QString stays = m_snapshot && m_snapshot->run ? tr("The estimates shown are still the stored ones.")
                                                            : tr("Nothing was stored.");
        m_keepStatus = true;
        if (outcome->cancelled) {
            m_status->setText(tr("Run cancelled"));
            m_status->setToolTip(QString());
            toasts->show(Toast::Kind::Info, tr("Price elasticity run cancelled. %1").arg(stays));
        } else {
            m_status->setText(tr("Run failed"));
            m_status->setToolTip(outcome->details);
            Toast* toast = toasts->show(Toast::Kind::Error, tr("Price elasticity run failed: %1").arg(outcome->error),
                                        {{tr("Retry"), [this] { startRun(); }}});
            toast->setDetails(outcome->details);
        }
    }
    reload();
    if (mine)
        emit runFinished(outcome);
}

void PricingPage::onLoaded(PricingSnapshotPtr snapshot)
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
        m_tableModel->clear();
        m_chartRow = -1;
        m_chart->showMessage(tr("No data"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        if (snapshot->failedAfter) {
            const PricingRunInfo& f = *snapshot->failedAfter;
            m_runFailure->showMessage(Banner::Kind::Warning,
                                      tr("The latest price elasticity run (run %1, started %2) failed: %3 The "
                                         "estimates below are from run %4.")
                                          .arg(QString::number(f.runId), when(f.startedAt), f.error,
                                               QString::number(snapshot->run->info.runId)),
                                      f.error);
        } else {
            m_runFailure->hide();
        }
        m_stack->setCurrentWidget(m_content);
        showRun(*snapshot->run);
    }
    emit loaded();
}

void PricingPage::showRun(const PricingRun& run)
{
    m_header->setRun(run);

    // The category filter offers this run's categories, keeping the choice when it is still there.
    const QString chosen = m_category->currentData().toString();
    {
        const QSignalBlocker block(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        std::set<QString> names;
        for (const PricingRow& r : m_snapshot->rows)
            names.insert(r.category);
        for (const QString& name : names)
            m_category->addItem(name, name);
        const int index = m_category->findData(chosen);
        m_category->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_tableModel->setRows(m_snapshot);
    applyFilters();
    QTableView* view = m_table->tableView();
    for (int c = 0; c < ElasticityTableModel::ColumnCount - 1; ++c)
        view->resizeColumnToContents(c);
    // Long product names are elided (the whole name is in the chart's title) so the reliability
    // column keeps its room.
    view->setColumnWidth(ElasticityTableModel::Product, std::min(view->columnWidth(ElasticityTableModel::Product),
                                                                 14 * view->fontMetrics().averageCharWidth() + 120));
}

void PricingPage::applyFilters()
{
    const QString level = m_level->currentData().toString();
    m_tableModel->setLevelFilter(level == QLatin1String("categories") ? ElasticityTableModel::LevelFilter::Categories
                                 : level == QLatin1String("products") ? ElasticityTableModel::LevelFilter::Products
                                                                      : ElasticityTableModel::LevelFilter::All);
    m_tableModel->setCategoryFilter(m_category->currentData().toString());
    m_tableModel->setReliableOnly(m_reliableOnly->isChecked());
    // Keep the chart's row selected when the filters still show it; else the first row.
    QSortFilterProxyModel* proxy = m_table->proxyModel();
    int target = -1;
    for (int r = 0; r < proxy->rowCount() && m_chartRow >= 0; ++r)
        if (proxy->index(r, 0).data(ElasticityTableModel::RowIndexRole).toInt() == m_chartRow)
            target = r;
    if (target < 0 && proxy->rowCount() > 0)
        target = 0;
    if (target >= 0) {
        selectTableRow(target);
    } else {
        m_chartRow = -1;
        m_chart->showMessage(m_snapshot && m_snapshot->run ? tr("No estimate matches the filters") : tr("No data"));
        m_chartNote->clear();
    }
}

void PricingPage::selectTableRow(int row)
{
    QTableView* view = m_table->tableView();
    const QModelIndex index = m_table->proxyModel()->index(row, 0);
    if (!index.isValid())
        return;
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showChartFor(index.data(ElasticityTableModel::RowIndexRole).toInt());
}

void PricingPage::onCurrentChanged()
{
    const QModelIndex index = m_table->tableView()->selectionModel()->currentIndex();
    if (index.isValid())
        showChartFor(index.data(ElasticityTableModel::RowIndexRole).toInt());
}

void PricingPage::showChartFor(int snapshotRow)
{
    if (!m_snapshot || snapshotRow < 0 || snapshotRow >= static_cast<int>(m_snapshot->rows.size()))
        return;
    m_chartRow = snapshotRow;
    const PricingRow& row = m_snapshot->rows[static_cast<std::size_t>(snapshotRow)];
    const PricingChartData chart = PricingChart::of(row);
    m_chart->setTitle(chart.title);
    if (chart.data.series.front().points.empty())
        m_chart->showMessage(tr("No weeks with sales to show"));
    else
        m_chart->setData(chart.data);
    QString note = row.product
                       ? tr("Each dot is a week: the product's price in effect and the units sold. The line has the "
                            "estimated elasticity as its slope.")
                       : tr("Each dot is a week: a price index (the category's prices against each product's usual "
                            "price, weighted by units; 1 = usual) and the category's units. The line has the "
                            "estimated elasticity as its slope.");
    if (row.elasticity)
        note = PricingTexts::elasticity(row.elasticity) + QStringLiteral(": ") +
               PricingTexts::meaning(*row.elasticity) + QStringLiteral(".\n") + note;
    if (!row.reliable)
        note += QStringLiteral("\n⚠ ") + PricingTexts::flagName(row.flag) + QStringLiteral(": ") +
                PricingTexts::flagExplanation(row.flag);
    m_chartNote->setText(note);
}

bool PricingPage::eventFilter(QObject* watched, QEvent* event)
{
    // Once the splitter has its geometry in a new orientation: beside the table (which needs about
    // 850 px for every column) the chart takes a third of the width; under it half the height.
    if (watched == m_splitter && event->type() == QEvent::Resize && m_sizedFor != m_splitter->orientation()) {
        const bool across = isSideBySide();
        const int total = across ? m_splitter->width() : m_splitter->height();
        if (total > 100) {
            m_sizedFor = m_splitter->orientation();
            m_splitter->setSizes(across ? QList<int>{total * 65 / 100, total - total * 65 / 100}
                                        : QList<int>{total / 2, total - total / 2});
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PricingPage::isSideBySide() const
{
    return m_splitter->orientation() == Qt::Horizontal;
}

void PricingPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool sideBySide = width() >= kSideBySideWidth;
    if (m_laidOut && sideBySide == isSideBySide())
        return;
    m_laidOut = true;
    m_splitter->setOrientation(sideBySide ? Qt::Horizontal : Qt::Vertical);
    m_chartLayout->setDirection(sideBySide ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_chartNote->setMaximumWidth(sideBySide ? QWIDGETSIZE_MAX : 300);
}

void PricingPage::onFailed(const QString& message, const QString& details)
{
    if (!m_job)
        m_status->setText(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    if (!m_snapshot)
        m_chart->showMessage(tr("No data"));
    emit loadFailed(message);
}

} // namespace kestrel::ui
