#pragma once

#include "exports/export_types.h"
#include "models/customer_list_query.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One row of the Customers table (crm.users LEFT JOIN ml.user_metrics); empty = NULL.
struct CustomerRow {
    std::int64_t userId = 0;
    QString name;
    QString email;
    QString country;
    QString channel;
    QDateTime registered;
    std::optional<int> segmentId;
    QString segmentProfile; ///< ml.segments.profile of the user's segmentation run
    QString rfmSegment;     ///< as stored ("Champions" …)
    std::optional<int> frequency;
    std::optional<double> monetary;
    std::optional<int> recencyDays;
    std::optional<double> purchase30d;
    std::optional<double> churn;
    std::optional<double> pAlive;
    std::optional<double> ltv12m;
    std::optional<double> ltvPredicted;
    QString sortKey; ///< the sort column's value as text (the keyset key); empty for NULL
    bool sortKeyNull = true;
};

/// A segment of the current segmentation (the newest succeeded 'segments' run).
struct CustomerSegmentOption {
    int segmentId = 0;
    QString profile;
    std::int64_t size = 0;
};

/// What the filter bar offers: the countries present, the segments of the current segmentation,
/// the LTV band edges and the latest registration day (the anchor of the date presets).
struct CustomerOptions {
    QStringList countries;
    std::vector<CustomerSegmentOption> segments;
    CustomerLtvBands ltvBands;
    QDate latestRegistration;
};

/// A match of the toolbar search.
struct CustomerMatch {
    std::int64_t userId = 0;
    QString name;
    QString email;
    std::optional<std::int64_t> telegramId;
};

/// How many rows match: exact, or the planner's estimate when counting took too long.
struct CustomerCount {
    std::int64_t rows = 0;
    bool exact = true;
};

/// Runs the Customers page's SQL (CustomerListQuery) on the calling thread's QPSQL connection.
/// Throws core::Error(Sql) with the statement in where() and the SQLSTATE.
class CustomerQueries {
public:
    /// A text search tries the plain form of a query for this long before the materialised one.
    static constexpr int kQuickMs = 80;

    explicit CustomerQueries(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Up to `limit` rows after `cursor`, in the sort's order; moves the cursor past them (Done when
    /// no row is left).
    std::vector<CustomerRow> page(const CustomerFilter& filter, const CustomerSort& sort, KeysetCursor& cursor,
                                  int limit);
    /// count(*) of the matches, cut off after `budgetMs`; then the planner's estimate (exact = false).
    CustomerCount count(const CustomerFilter& filter, int budgetMs);
    /// The planner's estimate of the matches (exact = false).
    CustomerCount estimateCount(const CustomerFilter& filter);
    CustomerOptions options();
    /// The first `limit` matches of a search, by user id.
    std::vector<CustomerMatch> search(const QString& text, int limit = 10);
    /// True when crm.users has that id.
    bool exists(std::int64_t userId);

    /// Every matching row in the sort's order, in keyset pages of `batch` rows inside one
    /// REPEATABLE READ transaction (one consistent snapshot, flat memory). rowFn gets each row;
    /// `stop` is checked between batches (Error(Cancelled)).
    void forEachRow(const CustomerFilter& filter, const CustomerSort& sort,
                    const std::function<void(const CustomerRow&)>& rowFn, int batch = 5000,
                    const std::atomic<bool>* stop = nullptr);

    /// A row's value of a column as export text (canonical: numbers shortest, timestamps UTC); empty for NULL.
    static std::optional<std::string> exportText(const CustomerRow& row, int column);
    /// The export kind of a column.
    static core::ColumnKind exportKind(int column);

private:
    std::vector<CustomerRow> readRows(const BoundSql& statement);
    /// Runs statement with a kQuickMs timeout; false when it timed out (rows untouched).
    bool quickly(const BoundSql& statement, std::vector<CustomerRow>& rows);

    QSqlDatabase m_db;
    bool m_inTransaction = false;
};

} // namespace kestrel::ui
