#pragma once

#include "db/connection_params.h"
#include "models/customer_queries.h"
#include "models/query_canceller.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace kestrel::ui {

/// The Customers table: every user that matches the filter, in keyset pages of kPageSize rows read
/// on worker threads (each with its own QPSQL connection) as the view scrolls (canFetchMore /
/// fetchMore), never all of them. The count of matches is read beside the first page: exact, or
/// the planner's estimate when counting would take longer than kCountBudgetMs. A new filter or
/// sort starts a new generation: the server is asked to cancel the older statements and their
/// late replies are dropped. DisplayRole is formatted text ("—" for NULL), EditRole the raw value.
class CustomersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kCountBudgetMs = 1500;
    /// data() on any column: the row's user id (qlonglong).
    static constexpr int UserIdRole = Qt::UserRole + 1;

    enum class CountState { Unknown, Counting, Exact, Estimate };

    explicit CustomersModel(QObject* parent = nullptr);
    ~CustomersModel() override;

    void setConnection(const core::ConnectionParams& params);
    bool hasConnection() const { return m_hasConnection; }
    const core::ConnectionParams& connection() const { return m_params; }

    /// Starts over with this filter (and the current sort).
    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    CustomerSort currentSort() const { return m_sort; }
    /// Reads the first page and the count again (Refresh, reconnect).
    void reload();
    /// Reads what the filter bar offers (countries, segments, LTV band edges); optionsLoaded follows.
    void loadOptions();
    const CustomerOptions& options() const { return m_options; }

    /// Header clicks through DataTableView's proxy: a new keyset order on the server. column < 0
    /// returns to the id order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    bool isLoading() const { return m_fetching; }
    /// Every matching row has been read.
    bool isComplete() const { return m_cursor.phase == KeysetCursor::Phase::Done; }

    CountState countState() const { return m_countState; }
    std::int64_t matchCount() const { return m_count; }
    int generation() const { return m_generation.load(); }

    const CustomerRow& row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }
    std::int64_t userIdAt(int r) const { return m_rows[static_cast<std::size_t>(r)].userId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Stable keys (presets keep them across languages).
    static QString columnKey(int column);
    static QString columnTitle(int column);

signals:
    /// A page arrived (rows were appended), or the first page of a new generation.
    void pageLoaded(int rows);
    void countChanged();
    void optionsLoaded();
    /// message is one sentence; details the statement. connection: the server is away.
    void failed(const QString& message, const QString& details, bool connection);

private:
    struct PageReply;
    struct CountReply;
    void restart();
    void startPage();
    void startCount();
    void deliverPage(const std::shared_ptr<const PageReply>& reply);
    void deliverCount(const std::shared_ptr<const CountReply>& reply);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    CustomerFilter m_filter;
    CustomerSort m_sort;
    std::vector<CustomerRow> m_rows;
    KeysetCursor m_cursor;
    bool m_fetching = false;
    bool m_failed = false; // the last page failed: no automatic fetchMore until reload()
    CountState m_countState = CountState::Unknown;
    std::int64_t m_count = 0;
    CustomerOptions m_options;
    int m_optionsGeneration = 0;
    std::atomic<int> m_generation{0};
    QueryCanceller m_canceller;
    QThreadPool m_pool;
};

} // namespace kestrel::ui
