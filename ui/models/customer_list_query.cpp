#include "models/customer_list_query.h"

#include <QtCore/QJsonValue>
#include <QtCore/QTimeZone>

namespace kestrel::ui {
namespace {

struct SortColumn {
    const char* expression; ///< as indexed by migration 0009 (with user_id after it)
    const char* type;       ///< the cast that reads the key text back exactly
    bool nullable;
};

// Model column order (CustomerColumn). NOT NULL columns of crm.users need no NULL part.
constexpr SortColumn kSortColumns[kCustomerColumnCount] = {
    {"u.user_id", "bigint", false},
    {"u.full_name", "text", false},
    {"u.email", "text", false},
    {"u.country", "bpchar", false},
    {"u.acquisition_channel", "text", false},
    {"u.created_at", "timestamptz", false},
    {"m.segment_id", "integer", true},
    {"ml.rfm_segment_rank(m.rfm_segment)", "integer", true},
    {"m.rfm_frequency", "integer", true},
    {"m.rfm_monetary", "numeric", true},
    {"m.rfm_recency_days", "integer", true},
    {"m.purchase_probability_30d", "float8", true},
    {"m.churn_probability", "float8", true},
    {"m.p_alive", "float8", true},
    {"m.ltv_12m", "numeric", true},
    {"m.ltv_predicted", "numeric", true},
};

const SortColumn& columnOf(int column)
{
    return kSortColumns[column >= 0 && column < kCustomerColumnCount ? column : 0];
}

// The search expressions, exactly as migration 0009 indexes them.
constexpr const char* kNameLower = "crm.search_text(u.full_name)";
constexpr const char* kEmailLower = "crm.search_text(u.email)";
constexpr const char* kNameEmailLower = "u.search_key"; // crm.search_text(full_name || ' ' || email), stored

QString day(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

void andClause(QString& where, const QString& clause)
{
    where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    where += clause;
}

} // namespace

QJsonObject CustomerFilter::toJson() const
{
    QJsonObject o;
    if (!search.isEmpty())
        o.insert(QStringLiteral("search"), search);
    if (segmentId)
        o.insert(QStringLiteral("segment"), *segmentId);
    if (!rfmSegment.isEmpty())
        o.insert(QStringLiteral("rfm"), rfmSegment);
    if (churnBand >= 0)
        o.insert(QStringLiteral("churn_band"), churnBand);
    if (ltvBand >= 0)
        o.insert(QStringLiteral("ltv_band"), ltvBand);
    if (ltvMin)
        o.insert(QStringLiteral("ltv_min"), *ltvMin);
    if (ltvMax)
        o.insert(QStringLiteral("ltv_max"), *ltvMax);
    if (!country.isEmpty())
        o.insert(QStringLiteral("country"), country);
    if (!channel.isEmpty())
        o.insert(QStringLiteral("channel"), channel);
    if (registeredFrom.isValid())
        o.insert(QStringLiteral("registered_from"), day(registeredFrom));
    if (registeredTo.isValid())
        o.insert(QStringLiteral("registered_to"), day(registeredTo));
    return o;
}

CustomerFilter CustomerFilter::fromJson(const QJsonObject& o)
{
    CustomerFilter f;
    f.search = o.value(QStringLiteral("search")).toString().trimmed();
    if (o.value(QStringLiteral("segment")).isDouble())
        f.segmentId = o.value(QStringLiteral("segment")).toInt();
    f.rfmSegment = o.value(QStringLiteral("rfm")).toString();
    f.churnBand = o.value(QStringLiteral("churn_band")).toInt(-1);
    if (f.churnBand < -1 || f.churnBand > 3)
        f.churnBand = -1;
    f.ltvBand = o.value(QStringLiteral("ltv_band")).toInt(-1);
    if (f.ltvBand < -1 || f.ltvBand > 4)
        f.ltvBand = -1;
    if (o.value(QStringLiteral("ltv_min")).isDouble())
        f.ltvMin = o.value(QStringLiteral("ltv_min")).toDouble();
    if (o.value(QStringLiteral("ltv_max")).isDouble())
        f.ltvMax = o.value(QStringLiteral("ltv_max")).toDouble();
    f.country = o.value(QStringLiteral("country")).toString();
    f.channel = o.value(QStringLiteral("channel")).toString();
    f.registeredFrom = QDate::fromString(o.value(QStringLiteral("registered_from")).toString(), Qt::ISODate);
    f.registeredTo = QDate::fromString(o.value(QStringLiteral("registered_to")).toString(), Qt::ISODate);
    return f;
}

std::pair<std::optional<double>, std::optional<double>> CustomerLtvBands::bounds(int band) const
{
    switch (band) {
    case 0:
        return {std::nullopt, p50};
    case 1:
        return {p50, p80};
    case 2:
        return {p80, p95};
    case 3:
        return {p95, std::nullopt};
    default:
        return {std::nullopt, std::nullopt};
    }
}

CustomerListQuery::SearchKind CustomerListQuery::searchKind(const QString& search)
{
    const QString s = search.trimmed();
    if (s.isEmpty())
        return SearchKind::None;
    bool digits = s.size() <= 18;
    for (const QChar c : s)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits)
        return SearchKind::Id;
    // Fewer than three characters have no trigram to look up: a prefix is what a person means anyway.
    return s.size() < 3 ? SearchKind::Prefix : SearchKind::Substring;
}

bool CustomerListQuery::looksRare(const QString& search)
{
    for (const QChar c : search.trimmed()) {
        if (c == QLatin1Char('@') || c == QLatin1Char('.') || c.isDigit())
            return true;
    }
    return false;
}

QString CustomerListQuery::likePattern(const QString& search, SearchKind kind)
{
    QString escaped;
    for (const QChar c : search.trimmed().toLower()) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return kind == SearchKind::Prefix ? escaped + QLatin1Char('%') : QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString CustomerListQuery::sortExpression(int column)
{
    return QString::fromLatin1(columnOf(column).expression);
}

QString CustomerListQuery::sortType(int column)
{
    return QString::fromLatin1(columnOf(column).type);
}

bool CustomerListQuery::sortNullable(int column)
{
    return columnOf(column).nullable;
}

QString CustomerListQuery::selectList(const CustomerSort& sort)
{
    // Amounts are numeric(14, 2): float8 reads them as numbers. The key is text so that a timestamp
    // with microseconds or a float8 comes back bit for bit.
    return QStringLiteral("SELECT u.user_id, u.full_name, u.email, u.country, u.acquisition_channel, u.created_at, "
                          "m.segment_id, s.profile, m.rfm_segment, m.rfm_frequency, m.rfm_monetary::float8, "
                          "m.rfm_recency_days, m.purchase_probability_30d, m.churn_probability, m.p_alive, "
                          "m.ltv_12m::float8, m.ltv_predicted::float8, (%1)::text")
        .arg(sortExpression(sort.column));
}

QString CustomerListQuery::fromClause()
{
    return QStringLiteral(" FROM crm.users u"
                          " LEFT JOIN ml.user_metrics m ON m.user_id = u.user_id"
                          " LEFT JOIN ml.segments s ON s.run_id = m.segment_run_id AND s.segment_id = m.segment_id");
}

QString CustomerListQuery::searchClause(const CustomerFilter& f, QVariantList& values, bool walked)
{
    // Walked: the same test on an expression no index has, so the planner reads the rows in the
    // page's order and filters them (its estimate of a LIKE's matches is far too low to choose this
    // itself: 100 rows guessed for 16,700 found).
    const QString tail = walked ? QStringLiteral(" || ''") : QString();
    const SearchKind kind = searchKind(f.search);
    switch (kind) {
    case SearchKind::None:
        return {};
    case SearchKind::Id: {
        const qlonglong id = f.search.trimmed().toLongLong();
        values << id << id;
        return QStringLiteral("(u.user_id = ?::bigint OR u.telegram_id = ?::bigint)");
    }
    case SearchKind::Prefix: {
        const QString pattern = likePattern(f.search, kind);
        values << pattern << pattern;
        return QStringLiteral("(%1%3 LIKE ? OR %2%3 LIKE ?)")
            .arg(QLatin1String(kNameLower), QLatin1String(kEmailLower), tail);
    }
    case SearchKind::Substring:
        values << likePattern(f.search, kind);
        return QStringLiteral("%1%2 LIKE ?").arg(QLatin1String(kNameEmailLower), tail);
    }
    return {};
}

QString CustomerListQuery::where(const CustomerFilter& f, QVariantList& values, bool includeSearch, bool walkSearch)
{
    QString w;
    if (includeSearch) {
        const QString search = searchClause(f, values, walkSearch);
        if (!search.isEmpty())
            andClause(w, search);
    }
    if (f.segmentId) {
        andClause(w, QStringLiteral("m.segment_id = ?::integer"));
        values << *f.segmentId;
    }
    if (!f.rfmSegment.isEmpty()) {
        andClause(w, QStringLiteral("m.rfm_segment = ?"));
        values << f.rfmSegment;
    }
    switch (f.churnBand) {
    case 0:
        andClause(w, QStringLiteral("m.churn_probability < 0.3"));
        break;
    case 1:
        andClause(w, QStringLiteral("m.churn_probability >= 0.3 AND m.churn_probability < 0.6"));
        break;
    case 2:
        andClause(w, QStringLiteral("m.churn_probability >= 0.6"));
        break;
    case 3:
        andClause(w, QStringLiteral("m.churn_probability IS NULL"));
        break;
    default:
        break;
    }
    if (f.ltvBand == 4) {
        andClause(w, QStringLiteral("m.ltv_predicted IS NULL"));
    } else if (f.ltvBand >= 0) {
        // A band without known edges (no LTV run) still means "has a prediction".
        andClause(w, QStringLiteral("m.ltv_predicted IS NOT NULL"));
        if (f.ltvMin) {
            andClause(w, QStringLiteral("m.ltv_predicted >= ?::numeric"));
            values << QString::number(*f.ltvMin, 'f', 2);
        }
        if (f.ltvMax) {
            andClause(w, QStringLiteral("m.ltv_predicted < ?::numeric"));
            values << QString::number(*f.ltvMax, 'f', 2);
        }
    }
    if (!f.country.isEmpty()) {
        andClause(w, QStringLiteral("u.country = ?::bpchar"));
        values << f.country;
    }
    if (!f.channel.isEmpty()) {
        andClause(w, QStringLiteral("u.acquisition_channel = ?"));
        values << f.channel;
    }
    if (f.registeredFrom.isValid()) {
        andClause(w, QStringLiteral("u.created_at >= ?::date::timestamp AT TIME ZONE 'UTC'"));
        values << day(f.registeredFrom);
    }
    if (f.registeredTo.isValid()) {
        andClause(w, QStringLiteral("u.created_at < (?::date + 1)::timestamp AT TIME ZONE 'UTC'"));
        values << day(f.registeredTo);
    }
    return w;
}

bool CustomerListQuery::isMetricsColumn(int column)
{
    return column > 0 && sortExpression(column).contains(QLatin1String("m."));
}

BoundSql CustomerListQuery::pagePart(const CustomerFilter& filter, const CustomerSort& sort, const KeysetCursor& cursor,
                                     bool tieRest, bool nulls, int limit, bool materializeSearch)
{
    BoundSql out;
    const SearchKind kind = searchKind(filter.search);
    const bool materialize = materializeSearch && (kind == SearchKind::Prefix || kind == SearchKind::Substring);
    const bool metricsDriven = isMetricsColumn(sort.column) && !nulls;
    // Which table drives the page decides the join, so that the planner walks the sort column's
    // index and fetches the other side by key (a merge join would read the other table from its
    // start up to the page: half a million index entries for a deep page):
    //  - a rare search: its matches, materialised through the search index, then joined;
    //  - the non-NULL rows of a metrics column: ml.user_metrics (an inner join in effect);
    //  - otherwise crm.users, each user's metrics looked up by key (LATERAL … OFFSET 0 keeps the
    //    planner from turning it back into a merge or hash join over the whole table).
    QString with, from;
    if (materialize) {
        with = QStringLiteral("WITH found AS MATERIALIZED (SELECT u.user_id FROM crm.users u WHERE %1) ")
                   .arg(searchClause(filter, out.values));
        from = QStringLiteral(" FROM found f JOIN crm.users u ON u.user_id = f.user_id"
                              " LEFT JOIN ml.user_metrics m ON m.user_id = u.user_id");
    } else if (metricsDriven) {
        from = QStringLiteral(" FROM ml.user_metrics m JOIN crm.users u ON u.user_id = m.user_id");
    } else {
        from = QStringLiteral(" FROM crm.users u LEFT JOIN LATERAL (SELECT * FROM ml.user_metrics m0"
                              " WHERE m0.user_id = u.user_id OFFSET 0) m ON true");
    }
    from += QStringLiteral(" LEFT JOIN ml.segments s ON s.run_id = m.segment_run_id AND s.segment_id = m.segment_id");
    // Without materialising, a text search is walked: the rows come in the page's order, filtered.
    QString w = where(filter, out.values, !materialize, kind == SearchKind::Prefix || kind == SearchKind::Substring);
    const QString col = sortExpression(sort.column);
    const QString type = sortType(sort.column);
    const bool desc = sort.descending;
    // The id that breaks ties comes from the table that drives the page, so that "col = v AND id > x"
    // is one range of that table's (col, user_id) index.
    const QString id = metricsDriven ? QStringLiteral("m.user_id") : QStringLiteral("u.user_id");
    const QString idAfter = QStringLiteral("%1 %2 ?::bigint").arg(id, desc ? QStringLiteral("<") : QStringLiteral(">"));
    const QString idOrder = desc ? id + QStringLiteral(" DESC") : id;
    QString order;
    if (sort.column <= 0) {
        // By id alone: one range scan of the primary key.
        if (cursor.phase == KeysetCursor::Phase::AfterValue) {
            andClause(w, idAfter);
            out.values << static_cast<qlonglong>(cursor.userId);
        }
        order = idOrder;
    } else if (nulls) {
        andClause(w, QStringLiteral("%1 IS NULL").arg(col));
        if (cursor.phase == KeysetCursor::Phase::InNulls) {
            andClause(w, idAfter);
            out.values << static_cast<qlonglong>(cursor.userId);
        }
        order = idOrder;
    } else if (cursor.phase == KeysetCursor::Phase::AfterValue && tieRest) {
        andClause(w, QStringLiteral("%1 = ?::%2").arg(col, type));
        out.values << cursor.key;
        andClause(w, idAfter);
        out.values << static_cast<qlonglong>(cursor.userId);
        order = idOrder;
    } else {
        if (cursor.phase == KeysetCursor::Phase::AfterValue) {
            andClause(w,
                      QStringLiteral("%1 %2 ?::%3").arg(col, desc ? QStringLiteral("<") : QStringLiteral(">"), type));
            out.values << cursor.key;
        } else if (sortNullable(sort.column)) {
            andClause(w, QStringLiteral("%1 IS NOT NULL").arg(col));
        }
        // NULLS placed where a plain (col, user_id) index puts them, so either direction is one
        // index scan; the NULL rows are excluded here and read last by their own part.
        order = desc ? QStringLiteral("%1 DESC NULLS FIRST, %2 DESC").arg(col, id)
                     : QStringLiteral("%1 ASC NULLS LAST, %2").arg(col, id);
    }
    out.sql = with + selectList(sort) + from + w + QStringLiteral(" ORDER BY ") + order +
              QStringLiteral(" LIMIT %1").arg(limit);
    return out;
}

BoundSql CustomerListQuery::count(const CustomerFilter& filter)
{
    BoundSql out;
    const QString w = where(filter, out.values);
    // Without a metrics filter the planner drops the LEFT JOINs (unique keys, no column used).
    out.sql = QStringLiteral("SELECT count(*)") + fromClause() + w;
    return out;
}

BoundSql CustomerListQuery::estimate(const CustomerFilter& filter)
{
    BoundSql out;
    const QString w = where(filter, out.values);
    out.sql = QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1") + fromClause() + w;
    return out;
}

} // namespace kestrel::ui
