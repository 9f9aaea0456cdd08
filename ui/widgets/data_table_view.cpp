#include "widgets/data_table_view.h"

#include "widgets/table_export_runner.h"
#include "widgets/table_export_snapshot.h"
#include "widgets/table_filter_proxy.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QDesktopServices>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace kestrel::ui {
namespace {

constexpr int kKindSampleRows = 50; // rows looked at to guess a column's kind from its values
constexpr int kFitRows = 100;       // rows measured when fitting column widths to their contents
constexpr int kMaxFittedWidth = 360;

QString formatName(core::ExportFormat format)
{
    switch (format) {
    case core::ExportFormat::Csv:
        return DataTableView::tr("CSV");
    case core::ExportFormat::Json:
        return DataTableView::tr("JSON");
    case core::ExportFormat::Xlsx:
        return DataTableView::tr("Excel workbook");
    }
    return {};
}

QString cellText(const QModelIndex& index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.remove(QLatin1Char('\r'));
    return text;
}

} // namespace

DataTableView::DataTableView(QWidget* parent) : QWidget(parent), m_exportBaseName(QStringLiteral("export"))
{
    setObjectName(QStringLiteral("dataTableView"));
    m_proxy = new TableFilterProxy(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicator(-1, Qt::AscendingOrder); // no sort until a header is clicked
    header->setSortIndicatorClearable(true);          // the third click returns to the model's order
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false); // a stretched numeric column would push its values to the far edge
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &DataTableView::filtersChanged);

    auto* copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DataTableView::copySelection);
    m_table->addAction(copy);

    m_runner = new TableExportRunner(this);
    connect(m_runner, &TableExportRunner::finished, this, &DataTableView::onExportFinished);
    connect(m_runner, &TableExportRunner::failed, this, &DataTableView::onExportFailed);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(&m_filterDebounce, &QTimer::timeout, this, [this] { applyQuickFilter(m_filterEdit->text()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_toolbar = new QHBoxLayout;
    m_toolbar->setSpacing(6);
    buildToolbar();
    layout->addLayout(m_toolbar);
    layout->addWidget(m_table, 1);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &DataTableView::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataTableView::updateRowCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DataTableView::updateRowCount);
    updateRowCount();
}

DataTableView::~DataTableView() = default; // the runner cancels and waits for a running export

void DataTableView::buildToolbar()
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("quickFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter rows…"));
    m_filterEdit->setToolTip(tr("Shows the rows where every word appears in some visible column"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(220);
    m_filterEdit->setMaximumWidth(360);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });

    m_rowCount = new QLabel(this);
    m_rowCount->setObjectName(QStringLiteral("rowCount"));
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the export; no file is written"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &DataTableView::cancelExport);

    m_columnsButton = new QPushButton(tr("Columns"), this);
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setToolTip(tr("Choose the columns to show and export"));
    m_columnsMenu = new QMenu(m_columnsButton);
    m_columnsButton->setMenu(m_columnsMenu);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &DataTableView::rebuildColumnMenu);

    m_copyButton = new QPushButton(tr("Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setToolTip(tr("Copy the selected cells as tab-separated text (Ctrl+C)"));
    connect(m_copyButton, &QPushButton::clicked, this, &DataTableView::copySelection);

    m_exportButton = new QPushButton(tr("Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save the rows and columns shown to a file"));
    auto* menu = new QMenu(m_exportButton);
    const std::pair<core::ExportFormat, QString> formats[] = {
        {core::ExportFormat::Csv, tr("CSV (UTF-8, opens in Excel)…")},
        {core::ExportFormat::Json, tr("JSON…")},
        {core::ExportFormat::Xlsx, tr("Excel workbook (XLSX)…")},
    };
    for (const auto& [format, text] : formats) {
        QAction* action = menu->addAction(text);
        action->setData(static_cast<int>(format));
        connect(action, &QAction::triggered, this, [this, format = format] { exportWithDialog(format); });
    }
    m_exportButton->setMenu(menu);

    m_toolbar->addWidget(m_filterEdit);
    m_toolbar->addWidget(m_rowCount);
    m_toolbar->addStretch(1);
    m_extraWidgetsAt = m_toolbar->count();
    m_toolbar->addWidget(m_exportStatus);
    m_toolbar->addWidget(m_cancelButton);
    m_toolbar->addWidget(m_columnsButton);
    m_toolbar->addWidget(m_copyButton);
    m_toolbar->addWidget(m_exportButton);
}

void DataTableView::addToolbarWidget(QWidget* widget)
{
    m_toolbar->insertWidget(m_extraWidgetsAt++, widget);
}

void DataTableView::setModel(QAbstractItemModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &DataTableView::fitColumns);
    updateIgnoredColumns();
    updateRowCount();
    fitColumns();
}

void DataTableView::fitColumns()
{
    if (m_proxy->isServerSide() && m_model && m_model->rowCount() == 0)
        return; // keep the widths while a new query's first page is on its way
    QHeaderView* header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(kFitRows);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < header->count(); ++c) {
        if (header->sectionSize(c) > kMaxFittedWidth)
            header->resizeSection(c, kMaxFittedWidth);
    }
}

QAbstractItemModel* DataTableView::model() const
{
    return m_model;
}

QSortFilterProxyModel* DataTableView::proxyModel() const
{
    return m_proxy;
}

void DataTableView::setColumnKind(int column, core::ColumnKind kind, int decimals)
{
    m_kinds[column] = {kind, decimals};
}

core::ColumnKind DataTableView::columnKind(int column) const
{
    if (auto it = m_kinds.find(column); it != m_kinds.end())
        return it->second.first;
    if (!m_model)
        return core::ColumnKind::Text;
    const QVariant declared = m_model->headerData(column, Qt::Horizontal, ColumnKindRole);
    if (declared.isValid())
        return static_cast<core::ColumnKind>(declared.toInt());
    const int rows = std::min(m_proxy->rowCount(), kKindSampleRows);
    for (int r = 0; r < rows; ++r) {
        const QVariant v = m_proxy->index(r, column).data(Qt::EditRole);
        if (v.isValid() && !v.isNull())
            return table_export::kindOfValue(v);
    }
    return core::ColumnKind::Text;
}

int DataTableView::columnDecimals(int column) const
{
    if (auto it = m_kinds.find(column); it != m_kinds.end())
        return it->second.second;
    const QVariant declared = m_model ? m_model->headerData(column, Qt::Horizontal, ColumnDecimalsRole) : QVariant();
    return declared.isValid() ? declared.toInt() : 2;
}

QString DataTableView::columnKey(int column) const
{
    if (!m_model)
        return {};
    const QVariant key = m_model->headerData(column, Qt::Horizontal, ColumnKeyRole);
    return key.isValid() ? key.toString() : m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

int DataTableView::columnForKey(const QString& key) const
{
    for (int c = 0; m_model && c < m_model->columnCount(); ++c) {
        if (columnKey(c) == key)
            return c;
    }
    return -1;
}

void DataTableView::setColumnHidden(int column, bool hidden)
{
    if (m_table->isColumnHidden(column) == hidden)
        return;
    if (hidden && visibleColumns().size() <= 1)
        return; // the last visible column stays
    m_table->setColumnHidden(column, hidden);
    updateIgnoredColumns();
    emit filtersChanged();
}

bool DataTableView::isColumnHidden(int column) const
{
    return m_table->isColumnHidden(column);
}

std::vector<int> DataTableView::visibleColumns() const
{
    std::vector<int> out;
    const QHeaderView* header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            out.push_back(logical);
    }
    return out;
}

void DataTableView::updateIgnoredColumns()
{
    QSet<int> hidden;
    for (int c = 0; m_model && c < m_model->columnCount(); ++c) {
        if (m_table->isColumnHidden(c))
            hidden.insert(c);
    }
    m_proxy->setIgnoredColumns(hidden);
}

void DataTableView::rebuildColumnMenu()
{
    m_columnsMenu->clear();
    if (!m_model)
        return;
    const std::size_t visible = visibleColumns().size();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = m_columnsMenu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(c));
        action->setEnabled(isColumnHidden(c) || visible > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
}

void DataTableView::setQuickFilter(const QString& text)
{
    m_filterDebounce.stop();
    {
        const QSignalBlocker block(m_filterEdit);
        m_filterEdit->setText(text);
    }
    applyQuickFilter(text);
}

QString DataTableView::quickFilter() const
{
    return m_proxy->quickFilter();
}

void DataTableView::applyQuickFilter(const QString& text)
{
    if (text == m_proxy->quickFilter())
        return;
    m_proxy->setQuickFilter(text);
    updateRowCount();
    emit filtersChanged();
}

void DataTableView::updateRowCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    const QLocale locale;
    m_rowCount->setText(shown == total ? tr("%n rows", nullptr, total)
                                       : tr("%1 of %2 rows").arg(locale.toString(shown), locale.toString(total)));
}

QJsonObject DataTableView::filters() const
{
    QJsonObject f;
    if (!quickFilter().isEmpty())
        f.insert(QStringLiteral("quick"), quickFilter());
    const QHeaderView* header = m_table->horizontalHeader();
    const int sorted = header->sortIndicatorSection();
    if (m_model && sorted >= 0 && sorted < m_model->columnCount()) {
        f.insert(QStringLiteral("sort"),
                 QJsonObject{{QStringLiteral("column"), columnKey(sorted)},
                             {QStringLiteral("order"), header->sortIndicatorOrder() == Qt::AscendingOrder
                                                           ? QStringLiteral("asc")
                                                           : QStringLiteral("desc")}});
    }
    QJsonArray hidden;
    for (int c = 0; m_model && c < m_model->columnCount(); ++c) {
        if (isColumnHidden(c))
            hidden.append(columnKey(c));
    }
    if (!hidden.isEmpty())
        f.insert(QStringLiteral("hidden"), hidden);
    if (m_getPageFilters)
        f.insert(QStringLiteral("page"), m_getPageFilters());
    return f;
}

void DataTableView::setFilters(const QJsonObject& f)
{
    std::set<QString> hidden;
    for (const QJsonValue& v : f.value(QStringLiteral("hidden")).toArray())
        hidden.insert(v.toString());
    {
        const QSignalBlocker block(this); // one filtersChanged at the end, not one per column
        const int columns = m_model ? m_model->columnCount() : 0;
        for (int c = 0; c < columns; ++c) { // show first, so hiding never meets "the last visible column"
            if (!hidden.count(columnKey(c)))
                setColumnHidden(c, false);
        }
        for (int c = 0; c < columns; ++c) {
            if (hidden.count(columnKey(c)))
                setColumnHidden(c, true);
        }

        const QJsonObject sort = f.value(QStringLiteral("sort")).toObject();
        const int column = columnForKey(sort.value(QStringLiteral("column")).toString());
        if (column >= 0) {
            m_table->sortByColumn(column, sort.value(QStringLiteral("order")).toString() == QLatin1String("desc")
                                              ? Qt::DescendingOrder
                                              : Qt::AscendingOrder);
        } else {
            m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
            m_proxy->sort(-1);
        }
        setQuickFilter(f.value(QStringLiteral("quick")).toString());
        if (m_setPageFilters)
            m_setPageFilters(f.value(QStringLiteral("page")).toObject());
        updateIgnoredColumns();
        updateRowCount();
    }
    emit filtersChanged();
}

void DataTableView::setPageFilterHooks(std::function<QJsonObject()> get, std::function<void(const QJsonObject&)> set)
{
    m_getPageFilters = std::move(get);
    m_setPageFilters = std::move(set);
}

void DataTableView::setExternalExportSource(ExternalExportSource source)
{
    m_external = std::move(source);
}

void DataTableView::setServerSideRows(bool on)
{
    m_proxy->setServerSide(on);
    m_filterEdit->setVisible(!on);
    m_rowCount->setVisible(!on);
}

void DataTableView::setExportBaseName(const QString& name)
{
    m_exportBaseName = name;
}

void DataTableView::setExportOptions(const core::ExportOptions& options)
{
    m_exportOptions = options;
}

TableExportRequest DataTableView::exportRequest(const QString& path, core::ExportFormat format) const
{
    TableExportRequest request;
    request.path = path;
    request.format = format;
    request.filters = filters();
    request.options = m_exportOptions;
    for (int c : visibleColumns()) {
        request.sourceColumns.push_back(c);
        request.columnKeys.append(columnKey(c));
        request.columns.push_back(
            {m_model->headerData(c, Qt::Horizontal).toString().toStdString(), columnKind(c), columnDecimals(c)});
    }
    return request;
}

bool DataTableView::exportTo(const QString& path, core::ExportFormat format)
{
    if (!m_model || m_runner->isRunning())
        return false;
    TableExportRequest request = exportRequest(path, format);
    bool started = false;
    if (m_external) {
        started = m_runner->start(std::move(request), m_external->streamRows, m_external->countRows);
    } else {
        // The rows are read here, on the GUI thread that owns the model; the worker only writes.
        auto rows = std::make_shared<const std::vector<core::ExportRow>>(
            table_export::snapshotRows(*m_proxy, request.sourceColumns, ExportValueRole));
        request.options.expectedRows = rows->size();
        started =
            m_runner->start(std::move(request), [rows](const TableExportRequest&, const core::ExportRowSink& sink) {
                for (const core::ExportRow& row : *rows)
                    sink(row);
            });
    }
    if (started)
        setExportBusy(true);
    return started;
}

void DataTableView::exportWithDialog(core::ExportFormat format)
{
    const QString suffix = QString::fromLatin1(core::formatSuffix(format));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = tr("%1 files (*.%2)").arg(formatName(format), suffix);
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export as %1").arg(formatName(format)),
                                     QDir(folder).filePath(m_exportBaseName + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    exportTo(path, format);
}

bool DataTableView::isExporting() const
{
    return m_runner->isRunning();
}

void DataTableView::cancelExport()
{
    m_runner->cancel();
}

void DataTableView::setExportBusy(bool busy)
{
    m_exportButton->setEnabled(!busy);
    m_exportStatus->setText(busy ? tr("Exporting…") : QString());
    m_exportStatus->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void DataTableView::onExportFinished(const QString& path, quint64 rows, int sheets, quint64 bytes)
{
    setExportBusy(false);
    const QLocale locale;
    const QString file = QFileInfo(path).fileName();
    const QString text = sheets > 1
                             ? tr("Exported %1 rows to %2 on %3 sheets.").arg(locale.toString(rows), file).arg(sheets)
                             : tr("Exported %1 rows to %2.").arg(locale.toString(rows), file);
    ToastOverlay::of(this)->show(ToastOverlay::Kind::Success, text,
                                 {{tr("Open"), [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); }},
                                  {tr("Show folder"), [path] {
                                       QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
                                   }}});
    emit exportFinished(path, rows, sheets, bytes);
}

void DataTableView::onExportFailed(const QString& path, const QString& message, bool cancelled, bool retryable)
{
    setExportBusy(false);
    if (cancelled) {
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Info, tr("Export cancelled; no file was written."));
    } else {
        QList<ToastOverlay::Action> actions;
        const QString suffix = QFileInfo(path).suffix().toLower();
        const core::ExportFormat format = suffix == QLatin1String("json")   ? core::ExportFormat::Json
                                          : suffix == QLatin1String("xlsx") ? core::ExportFormat::Xlsx
                                                                            : core::ExportFormat::Csv;
        if (retryable)
            actions.append({tr("Retry"), [self = QPointer<DataTableView>(this), path, format] {
                                if (self)
                                    self->exportTo(path, format);
                            }});
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Error,
                                     tr("Export to %1 failed: %2").arg(QFileInfo(path).fileName(), message), actions);
    }
    emit exportFailed(path, message);
}

QString DataTableView::selectionAsTsv() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return {};
    std::set<int> rows;
    std::set<int> columns;
    std::map<std::pair<int, int>, QModelIndex> cells;
    for (const QModelIndex& index : selected) {
        if (isColumnHidden(index.column()))
            continue;
        rows.insert(index.row());
        columns.insert(index.column());
        cells[{index.row(), index.column()}] = index;
    }
    std::vector<int> ordered; // selected columns in the header's visual order
    for (int c : visibleColumns()) {
        if (columns.count(c))
            ordered.push_back(c);
    }
    QStringList lines;
    for (int r : rows) {
        QStringList fields;
        for (int c : ordered) {
            const auto it = cells.find({r, c});
            fields.append(it == cells.end() ? QString() : cellText(it->second));
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void DataTableView::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace kestrel::ui
