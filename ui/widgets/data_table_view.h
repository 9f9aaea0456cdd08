#pragma once

#include "widgets/table_export_request.h"

#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <functional>
#include <map>
#include <optional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kestrel::ui {

class TableExportRunner;
class TableFilterProxy;

/// The table of every page: a toolbar (quick filter, row count, column chooser, copy, export)
/// over a QTableView of any model, through a sorting and filtering proxy. Export writes what is
/// shown — the filtered rows in view order and the visible columns — to CSV, JSON or XLSX on a
/// worker thread, and reports with a toast. filters() / setFilters() carry the view's state
/// (and the page's own, through setPageFilterHooks) so FilterPresetBar works without glue.
///
/// Column kinds for export come from setColumnKind(), else the model's header data at
/// ColumnKindRole (an int of core::ColumnKind), else the type of the first values.
class DataTableView : public QWidget {
    Q_OBJECT
public:
    static constexpr int ColumnKindRole = Qt::UserRole + 0x4b01;     ///< headerData: int(core::ColumnKind)
    static constexpr int ColumnDecimalsRole = Qt::UserRole + 0x4b02; ///< headerData: decimals in XLSX
    static constexpr int ColumnKeyRole = Qt::UserRole + 0x4b03;      ///< headerData: key kept in presets
    static constexpr int ExportValueRole = Qt::UserRole + 0x4b04;    ///< data: value to export, else EditRole

    /// For a page whose model holds only a window of a big query: export streams every row that
    /// matches the page's filters instead of the rows the proxy holds. Both functions run on the
    /// worker thread and get the request by value (columns, their model columns and keys, and
    /// filters(), which includes the page's own under "page"); they must open their own database
    /// connection and touch no widget or model. streamRows passes one row per call to the sink,
    /// cells in request.sourceColumns order, as canonical text (see table_export::canonicalText);
    /// the sink throws core::Error(Cancelled) when the user cancels — let it propagate.
    /// countRows is optional; with it, XLSX without splitting refuses before writing.
    struct ExternalExportSource {
        std::function<std::optional<std::uint64_t>(const TableExportRequest&)> countRows;
        std::function<void(const TableExportRequest&, const core::ExportRowSink&)> streamRows;
    };

    explicit DataTableView(QWidget* parent = nullptr);
    ~DataTableView() override;

    /// The model to show (not owned). The view puts its proxy between them.
    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const;
    QSortFilterProxyModel* proxyModel() const;
    QTableView* tableView() const { return m_table; }
    /// Adds a widget at the right of the toolbar, before the table's own buttons (e.g. presets).
    void addToolbarWidget(QWidget* widget);

    void setColumnKind(int column, core::ColumnKind kind, int decimals = 2);
    core::ColumnKind columnKind(int column) const;
    int columnDecimals(int column) const;
    /// ColumnKeyRole, else the header text.
    QString columnKey(int column) const;
    void setColumnHidden(int column, bool hidden);
    bool isColumnHidden(int column) const;
    /// Visible model columns in the order the header shows them.
    std::vector<int> visibleColumns() const;

    /// Applies at once (typing in the filter box is debounced).
    void setQuickFilter(const QString& text);
    QString quickFilter() const;

    /// {"quick": text, "sort": {"column": key, "order": "asc"|"desc"}, "hidden": [keys], "page": {…}}
    QJsonObject filters() const;
    /// Restores a state from filters(); unknown column keys are ignored.
    void setFilters(const QJsonObject& filters);
    /// Lets the page keep its own filter state (date range, dimensions) under "page".
    void setPageFilterHooks(std::function<QJsonObject()> get, std::function<void(const QJsonObject&)> set);

    void setExternalExportSource(ExternalExportSource source);
    /// For a model that reads its rows from the server page by page (canFetchMore / fetchMore): the
    /// header sorts through the model's sort() (a new server-side order), and the quick filter and
    /// the row count (of loaded rows only) are hidden — the page filters and counts on the server.
    void setServerSideRows(bool on);
    /// Fits the column widths to the header and the first rows (capped). Runs on every model reset,
    /// except in server-side mode while the model is empty (its rows come later, page by page).
    void fitColumns();
    /// File name offered by the export dialog, without suffix (default "export").
    void setExportBaseName(const QString& name);
    /// CSV delimiter and BOM, XLSX splitting and row limit.
    void setExportOptions(const core::ExportOptions& options);
    /// Exports without a dialog; false when an export is running already.
    bool exportTo(const QString& path, core::ExportFormat format);
    /// Asks for a file name, then exports.
    void exportWithDialog(core::ExportFormat format);
    bool isExporting() const;
    void cancelExport();
    /// What an export started now would write.
    TableExportRequest exportRequest(const QString& path, core::ExportFormat format) const;

    /// The selected cells of visible columns as tab-separated lines (view order).
    QString selectionAsTsv() const;
    void copySelection();

signals:
    /// Quick filter, sort or hidden columns changed (not the page's own filters).
    void filtersChanged();
    void exportFinished(const QString& path, quint64 rows, int sheets, quint64 bytes);
    void exportFailed(const QString& path, const QString& message);

private:
    void buildToolbar();
    void rebuildColumnMenu();
    void applyQuickFilter(const QString& text);
    void updateRowCount();
    void updateIgnoredColumns();
    void onExportFinished(const QString& path, quint64 rows, int sheets, quint64 bytes);
    void onExportFailed(const QString& path, const QString& message, bool cancelled, bool retryable);
    void setExportBusy(bool busy);
    int columnForKey(const QString& key) const;

    QAbstractItemModel* m_model = nullptr;
    TableFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QHBoxLayout* m_toolbar = nullptr;
    int m_extraWidgetsAt = 0;
    QLineEdit* m_filterEdit = nullptr;
    QLabel* m_rowCount = nullptr;
    QLabel* m_exportStatus = nullptr;
    QPushButton* m_columnsButton = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTimer m_filterDebounce;
    TableExportRunner* m_runner = nullptr;
    std::map<int, std::pair<core::ColumnKind, int>> m_kinds; // set by setColumnKind
    std::function<QJsonObject()> m_getPageFilters;
    std::function<void(const QJsonObject&)> m_setPageFilters;
    std::optional<ExternalExportSource> m_external;
    QString m_exportBaseName;
    core::ExportOptions m_exportOptions;
};

} // namespace kestrel::ui
