#pragma once

#include <QtCore/QDate>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtCore/QVariantList>

#include <cstdint>
#include <optional>

namespace kestrel::ui {

/// The columns of the Customers table, in model order.
enum class CustomerColumn {
    UserId,
    Name,
    Email,
    Country,
    Channel,
    Registered,
    Segment,
    RfmSegment,
    Frequency,
    Monetary,
    Recency,
    Purchase30d,
    Churn,
    PAlive,
    Ltv12m,
    LtvPredicted,
    Count
};
inline constexpr int kCustomerColumnCount = static_cast<int>(CustomerColumn::Count);

/// The filters of the Customers page, combined with AND. Empty / -1 / invalid means "any".
struct CustomerFilter {
    /// Id, name, e-mail or Telegram id (see CustomerListQuery::searchKind).
    QString search;
    std::optional<int> segmentId;
    QString rfmSegment; ///< as stored ("Champions" …)
    /// 0 low (< 0.3), 1 medium (0.3 … < 0.6), 2 high (≥ 0.6), 3 not scored.
    int churnBand = -1;
    /// 0 … 3 the LTV quantile bands (CustomerLtvBands), 4 no prediction.
    int ltvBand = -1;
    /// The bounds of ltvBand at the time it was picked (lower inclusive, upper exclusive; empty = open).
    std::optional<double> ltvMin, ltvMax;
    QString country;                    ///< ISO code
    QString channel;                    ///< as stored ("paid_search" …)
    QDate registeredFrom, registeredTo; ///< UTC days, both included; invalid = open

    bool operator==(const CustomerFilter&) const = default;
    bool isEmpty() const { return *this == CustomerFilter{}; }

    /// {"search", "segment", "rfm", "churn_band", "ltv_band", "ltv_min", "ltv_max", "country",
    /// "channel", "registered_from", "registered_to"}, keys of "any" left out. A page that restores a
    /// preset resolves the LTV band against the current quantiles again (a preset means "top 5 %").
    QJsonObject toJson() const;
    static CustomerFilter fromJson(const QJsonObject& o);
};

/// Sort of the Customers table: a column and a direction; NULLs always last, ties by user id in
/// the same direction. column < 0 = by user id ascending.
struct CustomerSort {
    int column = -1;
    bool descending = false;
    bool operator==(const CustomerSort&) const = default;
};

/// The quantile edges of predicted LTV that define the LTV bands (bottom 50 %, 50–80 %, 80–95 %,
/// top 5 %): p50, p80, p95 over users with a prediction. Empty without an LTV run.
struct CustomerLtvBands {
    std::optional<double> p50, p80, p95;
    bool isKnown() const { return p50 && p80 && p95; }
    /// The bounds of band 0 … 3 (4 = no prediction: both empty).
    std::pair<std::optional<double>, std::optional<double>> bounds(int band) const;
};

/// A statement with its values, bound in order of their `?`.
struct BoundSql {
    QString sql;
    QVariantList values;
};

/// Where a keyset page continues. Pages are read in up to three parts so that each is a plain
/// range scan of one (sort column, user id) index: the rest of the rows that tie with the last
/// value (col = v, id beyond), the rows beyond the value, then — nullable columns only — the rows
/// where the column is NULL in id order.
struct KeysetCursor {
    enum class Phase {
        Start,      ///< nothing read yet
        AfterValue, ///< after a row with a value: key + userId
        NullsStart, ///< every row with a value was read; the NULL rows are next
        InNulls,    ///< after a row whose sort value is NULL: userId
        Done,       ///< every matching row was read
    };
    Phase phase = Phase::Start;
    QString key; ///< the sort value of the last row as PostgreSQL prints it (exact; bound back with a cast)
    std::int64_t userId = 0;
};

/// The Customers page's SQL in one place, without a database: the filter's WHERE clause, keyset
/// page parts for every sort, the count and its estimate. crm.users u LEFT JOIN ml.user_metrics m
/// (LEFT JOIN ml.segments s of the user's segmentation run for the segment's profile). Text search:
/// digits only → user id or Telegram id, exactly; one or two characters → a prefix of the lower-case
/// name or e-mail (btree text_pattern_ops indexes); three and more → a substring of
/// lower(name || ' ' || e-mail) (pg_trgm GIN index). Every value is bound, never spliced in.
class CustomerListQuery {
public:
    enum class SearchKind { None, Id, Prefix, Substring };
    static SearchKind searchKind(const QString& search);
    /// A text search that few users can match (it has an "@", a "." or a digit: an e-mail or part of
    /// one): read through its index at once instead of walking the sort order first.
    static bool looksRare(const QString& search);
    /// The LIKE pattern of a search: lower-case, % and _ escaped, "abc%" or "%abc%".
    static QString likePattern(const QString& search, SearchKind kind);

    /// The page query's select list (CustomerRow's order) plus the sort key as text last.
    static QString selectList(const CustomerSort& sort);
    static QString fromClause();
    /// " WHERE …" (or empty) for the filter; appends the values to `values`. Without includeSearch
    /// the search is left to the caller (a materialised set of matches).
    /// walkSearch: the search as a plain filter no index answers (see searchClause).
    static QString where(const CustomerFilter& filter, QVariantList& values, bool includeSearch = true,
                         bool walkSearch = false);
    /// The search's condition on crm.users u (empty without a search); appends its values. walked:
    /// the same test written so that no index answers it — the rows are read in the query's order
    /// and filtered, which finds a page of a common term at once.
    static QString searchClause(const CustomerFilter& filter, QVariantList& values, bool walked = false);
    /// True for a column of ml.user_metrics (the page is then read from its index).
    static bool isMetricsColumn(int column);

    /// The next part of a page after `cursor`, at most `limit` rows, and the phase the part reads.
    /// Start → the non-NULL rows from the beginning; AfterValue → first the ties (tieRest = true),
    /// then the rows beyond (tieRest = false); nulls = true → the NULL rows (after the id when InNulls).
    /// materializeSearch: read the matches of a text search first, through its index, then sort
    /// them (fast when they are few); otherwise the search is walked (fast when they are many).
    static BoundSql pagePart(const CustomerFilter& filter, const CustomerSort& sort, const KeysetCursor& cursor,
                             bool tieRest, bool nulls, int limit, bool materializeSearch = false);
    static BoundSql count(const CustomerFilter& filter);
    static BoundSql estimate(const CustomerFilter& filter);

    /// The sort expression, its SQL type and whether it can be NULL.
    static QString sortExpression(int column);
    static QString sortType(int column);
    static bool sortNullable(int column);
};

} // namespace kestrel::ui
