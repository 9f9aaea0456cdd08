#include "pages/loads_page.h"

#include "db/connection_params.h"
#include "import/load_texts.h"
#include "models/loads_model.h"
#include "widgets/data_table_view.h"
#include "widgets/file_opener.h"
#include "widgets/filter_preset_bar.h"
#include "widgets/status_badge_delegate.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTime>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

bool askUser(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace

LoadsPage::LoadsPage(LoadJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    setObjectName(QStringLiteral("loadsPage"));
    m_confirm = [this](const QString& title, const QString& text, const QString& acceptText) {
        return askUser(this, title, text, acceptText);
    };

    auto* title = new QLabel(tr("Loads"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(tr("Imports into the customer tables, newest first"), this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Import a CSV or JSON file (Ctrl+I)"));
    m_rollback = new QPushButton(tr("Roll back…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rejects = new QPushButton(tr("Open rejects file"), this);
    m_rejects->setObjectName(QStringLiteral("rejectsButton"));
    m_rejects->setToolTip(tr("The rejected rows of the selected load, with line, column, value and reason"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));

    // One row: what the page is, how fresh it is, and what can be done.
    auto* heading = new QHBoxLayout;
    heading->setSpacing(8);
    heading->addWidget(title);
    heading->addSpacing(4);
    heading->addWidget(subtitle, 1, Qt::AlignBottom);
    heading->addWidget(m_status);
    heading->addWidget(m_refresh);
    heading->addSpacing(12);
    heading->addWidget(m_rejects);
    heading->addWidget(m_rollback);
    heading->addWidget(m_import);

    m_model = new LoadsModel(this);
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("loadsTable"));
    m_table->setModel(m_model);
    m_table->setExportBaseName(QStringLiteral("loads"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setStretchLastSection(true); // the error text takes the rest
    view->setItemDelegateForColumn(
        LoadsModel::Status,
        new StatusBadgeDelegate(LoadsModel::StatusKeyRole, StatusBadgeDelegate::loadStatusColors(), view));
    m_presets = new FilterPresetBar(
        QStringLiteral("loads"), [t = m_table] { return t->filters(); }, this);
    connect(m_presets, &FilterPresetBar::presetApplied, m_table, &DataTableView::setFilters);
    m_table->addToolbarWidget(m_presets);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("hint"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);

    connect(m_import, &QPushButton::clicked, this, &LoadsPage::importRequested);
    connect(m_rollback, &QPushButton::clicked, this, [this] { rollBackSelected(); });
    connect(m_rejects, &QPushButton::clicked, this, &LoadsPage::openSelectedRejects);
    connect(m_refresh, &QPushButton::clicked, this, &LoadsPage::reload);
    connect(m_model, &LoadsModel::loaded, this, &LoadsPage::onLoaded);
    connect(m_model, &LoadsModel::failed, this, &LoadsPage::onFailed);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto load = selectedLoad();
        if (load)
            m_selectedId = load->loadId;
        updateButtons();
    });
    connect(&m_jobs, &LoadJobs::rollbackFinished, this, [this](int job, const RollbackOutcomePtr&) {
        if (job == m_rollbackJob) {
            m_rollbackJob = 0;
            updateButtons();
        }
    });
    updateButtons();
}

LoadsPage::~LoadsPage() = default;

void LoadsPage::setConnection(const core::ConnectionParams& params)
{
    m_status->setText(tr("Loading…"));
    m_model->setConnection(params);
    m_presets->setConnection(params);
}

QTableView* LoadsPage::tableView() const
{
    return m_table->tableView();
}

void LoadsPage::reload()
{
    if (!m_model->hasConnection())
        return;
    m_model->reload();
}

void LoadsPage::setConfirm(ConfirmFn confirm)
{
    m_confirm = std::move(confirm);
}

QString LoadsPage::statusText() const
{
    return m_status->text();
}

void LoadsPage::onLoaded()
{
    m_status->setText(tr("%n loads · updated %1", nullptr, m_model->rowCount())
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    m_status->setToolTip(QString());
    if (m_selectedId == 0 || !selectLoad(m_selectedId)) {
        if (m_table->proxyModel()->rowCount() > 0)
            tableView()->selectRow(0);
    }
    updateButtons();
    emit loaded();
}

void LoadsPage::onFailed(const QString& message, const QString& details)
{
    // The rows stay: an old list is more use than an empty one, and the banner explains.
    m_status->setText(tr("Not updated"));
    m_status->setToolTip(details.isEmpty() ? message : message + QLatin1Char('\n') + details);
}

bool LoadsPage::selectLoad(std::int64_t loadId)
{
    const int row = m_model->rowOf(loadId);
    if (row < 0)
        return false;
    const QModelIndex index = m_table->proxyModel()->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out
    tableView()->selectRow(index.row());
    tableView()->scrollTo(index);
    return true;
}

std::optional<core::LoadRecord> LoadsPage::selectedLoad() const
{
    const QModelIndexList rows = tableView()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_table->proxyModel()->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->record(source.row());
}

void LoadsPage::updateButtons()
{
    const auto load = selectedLoad();
    m_rollback->setEnabled(load && load->canRollBack() && m_rollbackJob == 0);
    m_rejects->setEnabled(load && load->rowsRejected > 0 && !load->errorLogPath.empty() &&
                          QFileInfo::exists(QString::fromStdString(load->errorLogPath)));
    if (!load) {
        m_rollback->setToolTip(QString());
        m_details->clear();
        return;
    }
    m_rollback->setToolTip(load->canRollBack()
                               ? tr("Undo load %1").arg(load->loadId)
                               : tr("Only a succeeded import that was not undone yet can be rolled back."));
    QStringList facts;
    facts << tr("Load %1: %2 into %3")
                 .arg(load->loadId)
                 .arg(QString::fromStdString(load->fileName), LoadTexts::entity(load->entity));
    if (load->rollbackOf)
        facts << tr("undid load %1").arg(load->rollbackOf);
    if (load->rolledBackBy)
        facts << tr("undone by load %1").arg(load->rolledBackBy);
    if (load->rowsDeleted > 0)
        facts << tr("%1 rows deleted").arg(LoadTexts::count(load->rowsDeleted));
    if (load->rowsUnchanged > 0)
        facts << tr("%1 rows unchanged").arg(LoadTexts::count(load->rowsUnchanged));
    if (!load->errorLogPath.empty())
        facts << tr("rejects: %1").arg(QString::fromStdString(load->errorLogPath));
    if (!load->error.empty())
        facts << tr("error: %1").arg(QString::fromStdString(load->error));
    m_details->setText(facts.join(QStringLiteral(" · ")));
}

QString LoadsPage::rollbackQuestion(const core::LoadRecord& load)
{
    QStringList effects;
    if (load.rowsUpdated > 0)
        effects << tr("restores %n rows it changed to their previous values", nullptr,
                      static_cast<int>(load.rowsUpdated));
    if (load.rowsInserted > 0)
        effects << tr("removes %n rows it added", nullptr, static_cast<int>(load.rowsInserted));
    if (load.rowsDeleted > 0)
        effects << tr("puts back %n rows it deleted", nullptr, static_cast<int>(load.rowsDeleted));
    const QString what = effects.isEmpty() ? tr("It changed no rows, so only its record changes.")
                                           : tr("This %1.").arg(effects.join(tr(", and ")));
    return tr("Roll back load %1 (%2 into %3)?\n\n%4 %3 returns to the state it had before the load. The rollback is "
              "recorded as a load of its own.")
        .arg(load.loadId)
        .arg(QString::fromStdString(load.fileName), LoadTexts::entity(load.entity), what);
}

int LoadsPage::rollBackSelected()
{
    const auto load = selectedLoad();
    if (!load || !load->canRollBack() || m_rollbackJob)
        return 0;
    if (m_confirm && !m_confirm(tr("Roll back load %1").arg(load->loadId), rollbackQuestion(*load), tr("Roll back")))
        return 0;
    m_rollbackJob = m_jobs.startRollback(load->loadId, QString::fromStdString(load->fileName));
    updateButtons();
    return m_rollbackJob;
}

void LoadsPage::openSelectedRejects()
{
    if (const auto load = selectedLoad(); load && !load->errorLogPath.empty())
        openLocalFile(QString::fromStdString(load->errorLogPath));
}

} // namespace kestrel::ui
