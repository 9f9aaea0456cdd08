#include "models/customer_queries.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/customer_texts.h"
#include "models/ltv_texts.h"
#include "widgets/table_export_snapshot.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlField>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

namespace kestrel::ui {
namespace {

constexpr const char* kQueryCanceled = "57014"; // statement_timeout or a cancel request

// The walked form of a search must read an index in the query's order and filter: the planner,
// whose guess of a LIKE's matches is far too low (320 rows for 16,700), would rather sort a
// sequential scan of the whole table. For that one statement it gets no sequential or bitmap scan,
// and only kQuickMs.
QString quickSettings()
{
    return QStringLiteral("SET statement_timeout = %1; SET enable_seqscan = off; SET enable_bitmapscan = off")
        .arg(CustomerQueries::kQuickMs);
}
const QString kResetQuick = QStringLiteral("RESET statement_timeout; RESET enable_seqscan; RESET enable_bitmapscan");

QSqlQuery execute(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = true;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant& v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
    }
    if (!ok) {
        const QSqlError err = q.lastError();
        core::logging::get("ui")->debug("customers query failed: {} | {}", err.text().toStdString(),
                                        sql.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), sql.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), sql.simplified().toStdString());
    return q;
}

QSqlQuery execute(QSqlDatabase& db, const BoundSql& statement)
{
    return execute(db, statement.sql, statement.values);
}

template <typename T> std::optional<T> optionalValue(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, int>)
        return v.toInt();
    else
        return v.toDouble();
}

CustomerRow readRow(const QSqlQuery& q)
{
    CustomerRow r;
    r.userId = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.email = q.value(2).toString();
    r.country = q.value(3).toString();
    r.channel = q.value(4).toString();
    r.registered = q.value(5).toDateTime();
    r.segmentId = optionalValue<int>(q.value(6));
    r.segmentProfile = q.value(7).toString();
    r.rfmSegment = q.value(8).toString();
    r.frequency = optionalValue<int>(q.value(9));
    r.monetary = optionalValue<double>(q.value(10));
    r.recencyDays = optionalValue<int>(q.value(11));
    r.purchase30d = optionalValue<double>(q.value(12));
    r.churn = optionalValue<double>(q.value(13));
    r.pAlive = optionalValue<double>(q.value(14));
    r.ltv12m = optionalValue<double>(q.value(15));
    r.ltvPredicted = optionalValue<double>(q.value(16));
    r.sortKeyNull = q.value(17).isNull();
    r.sortKey = q.value(17).toString();
    return r;
}

std::string number(double v)
{
    return table_export::canonicalText(QVariant(v)).value_or(std::string());
}

} // namespace

std::vector<CustomerRow> CustomerQueries::page(const CustomerFilter& filter, const CustomerSort& sort,
                                               KeysetCursor& cursor, int limit)
{
    std::vector<CustomerRow> rows;
    const bool byId = sort.column <= 0;
    const bool nullable = !byId && CustomerListQuery::sortNullable(sort.column);
    const auto kind = CustomerListQuery::searchKind(filter.search);
    const bool textSearch =
        kind == CustomerListQuery::SearchKind::Prefix || kind == CustomerListQuery::SearchKind::Substring;
    // Reads one part; returns true when it filled what was asked (more may follow).
    const auto part = [&](bool tieRest, bool nulls) {
        const int want = limit - static_cast<int>(rows.size());
        const auto statement = [&](bool materialize) {
            return CustomerListQuery::pagePart(filter, sort, cursor, tieRest, nulls, want, materialize);
        };
        std::vector<CustomerRow> got;
        // A text search matching many users is fastest walked in the sort's index order; one
        // matching few, by reading its matches first. Which one it is shows in how long the first
        // takes: past kQuickMs the matches are few, and the second form is taken.
        if (!textSearch || CustomerListQuery::looksRare(filter.search) || !quickly(statement(false), got))
            got = readRows(statement(textSearch));
        rows.insert(rows.end(), got.begin(), got.end());
        return static_cast<int>(got.size()) == want;
    };
    const auto advance = [&] {
        if (rows.empty())
            return;
        const CustomerRow& last = rows.back();
        cursor.userId = last.userId;
        cursor.key = last.sortKey;
        cursor.phase = byId || !last.sortKeyNull ? KeysetCursor::Phase::AfterValue : KeysetCursor::Phase::InNulls;
    };

    using Phase = KeysetCursor::Phase;
    while (static_cast<int>(rows.size()) < limit && cursor.phase != Phase::Done) {
        switch (cursor.phase) {
        case Phase::Start:
        case Phase::AfterValue: {
            if (cursor.phase == Phase::AfterValue && !byId) {
                const bool full = part(true, false); // the rest of the rows tying with the last value
                advance();
                if (full)
                    continue;
            }
            const bool full = part(false, false); // beyond the last value (or from the first)
            advance();
            if (full)
                continue;
            if (nullable) {
                cursor.phase = Phase::NullsStart; // the NULL rows come last, by id
                cursor.key.clear();
            } else {
                cursor.phase = Phase::Done;
            }
            break;
        }
        case Phase::NullsStart:
        case Phase::InNulls: {
            const bool full = part(false, true);
            advance();
            if (!full)
                cursor.phase = Phase::Done;
            break;
        }
        case Phase::Done:
            break;
        }
    }
    return rows;
}

std::vector<CustomerRow> CustomerQueries::readRows(const BoundSql& statement)
{
    QSqlQuery q = execute(m_db, statement);
    std::vector<CustomerRow> rows;
    while (q.next())
        rows.push_back(readRow(q));
    return rows;
}

bool CustomerQueries::quickly(const BoundSql& statement, std::vector<CustomerRow>& rows)
{
    if (m_inTransaction)
        return false; // a timeout would abort the export's snapshot: take the sure form at once
    execute(m_db, quickSettings(), {});
    try {
        rows = readRows(statement);
    } catch (const core::Error& e) {
        execute(m_db, kResetQuick, {});
        // A cancel request (a newer query) is not a timeout: it ends the work.
        if (e.sqlstate() == kQueryCanceled && std::string(e.what()).find("statement timeout") != std::string::npos)
            return false;
        throw;
    }
    execute(m_db, kResetQuick, {});
    return true;
}

CustomerCount CustomerQueries::count(const CustomerFilter& filter, int budgetMs)
{
    execute(m_db, QStringLiteral("SET statement_timeout = %1").arg(std::max(1, budgetMs)), {});
    try {
        QSqlQuery q = execute(m_db, CustomerListQuery::count(filter));
        execute(m_db, QStringLiteral("RESET statement_timeout"), {});
        q.next();
        return {q.value(0).toLongLong(), true};
    } catch (const core::Error& e) {
        execute(m_db, QStringLiteral("RESET statement_timeout"), {});
        if (e.sqlstate() != kQueryCanceled)
            throw;
    }
    return estimateCount(filter);
}

CustomerCount CustomerQueries::estimateCount(const CustomerFilter& filter)
{
    // EXPLAIN cannot be a prepared statement: the values go in as literals quoted by the driver
    // (libpq's escaping), one per "?" of the statement in order.
    const BoundSql estimate = CustomerListQuery::estimate(filter);
    QString sql;
    qsizetype next = 0;
    for (const QChar c : estimate.sql) {
        if (c == QLatin1Char('?') && next < estimate.values.size()) {
            const QVariant& v = estimate.values[next++];
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            sql += m_db.driver()->formatValue(field);
        } else {
            sql += c;
        }
    }
    QSqlQuery q = execute(m_db, sql, {});
    q.next();
    const QJsonArray plan = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    const double rows =
        plan.at(0).toObject().value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Plan Rows")).toDouble();
    return {static_cast<std::int64_t>(rows), false};
}

CustomerOptions CustomerQueries::options()
{
    CustomerOptions o;
    // The distinct countries by a loose index scan of (country, user_id): one probe per country
    // instead of reading a million index entries.
    QSqlQuery countries = execute(m_db, QStringLiteral(R"(
WITH RECURSIVE c(country) AS (
    (SELECT country FROM crm.users ORDER BY country LIMIT 1)
    UNION ALL
    SELECT (SELECT u.country FROM crm.users u WHERE u.country > c.country ORDER BY u.country LIMIT 1)
      FROM c WHERE c.country IS NOT NULL)
SELECT country FROM c WHERE country IS NOT NULL)"),
                                  {});
    while (countries.next())
        o.countries << countries.value(0).toString();

    QSqlQuery segments = execute(m_db, QStringLiteral(R"(
SELECT s.segment_id, s.profile, s.size
  FROM ml.segments s
 WHERE s.run_id = (SELECT run_id FROM ml.model_runs
                    WHERE model = 'segments' AND status = 'succeeded' ORDER BY run_id DESC LIMIT 1)
 ORDER BY s.segment_id)"),
                                 {});
    while (segments.next())
        o.segments.push_back({segments.value(0).toInt(), segments.value(1).toString(), segments.value(2).toLongLong()});

    // Quantiles by position in the (ltv_predicted, user_id) index: three short index-only reads
    // instead of sorting every prediction.
    QSqlQuery n = execute(m_db,
                          QStringLiteral("SELECT count(ltv_predicted) FROM ml.user_metrics "
                                         "WHERE ltv_predicted IS NOT NULL"),
                          {});
    n.next();
    const qlonglong predicted = n.value(0).toLongLong();
    if (predicted > 0) {
        const auto at = [&](double share) -> std::optional<double> {
            const qlonglong offset = std::min<qlonglong>(predicted - 1, static_cast<qlonglong>(share * predicted));
            QSqlQuery q = execute(m_db,
                                  QStringLiteral("SELECT ltv_predicted::float8 FROM ml.user_metrics "
                                                 "WHERE ltv_predicted IS NOT NULL ORDER BY ltv_predicted "
                                                 "OFFSET ?::bigint LIMIT 1"),
                                  {offset});
            return q.next() ? std::optional<double>(q.value(0).toDouble()) : std::nullopt;
        };
        o.ltvBands.p50 = at(0.5);
        o.ltvBands.p80 = at(0.8);
        o.ltvBands.p95 = at(0.95);
    }

    QSqlQuery latest =
        execute(m_db, QStringLiteral("SELECT (max(created_at) AT TIME ZONE 'UTC')::date FROM crm.users"), {});
    if (latest.next())
        o.latestRegistration = latest.value(0).toDate();
    return o;
}

std::vector<CustomerMatch> CustomerQueries::search(const QString& text, int limit)
{
    CustomerFilter filter;
    filter.search = text.trimmed();
    std::vector<CustomerMatch> out;
    const auto kind = CustomerListQuery::searchKind(filter.search);
    if (kind == CustomerListQuery::SearchKind::None)
        return out;
    const auto statement = [&](bool materialize) {
        BoundSql s;
        const QString clause = CustomerListQuery::searchClause(filter, s.values, !materialize);
        s.sql = materialize ? QStringLiteral("WITH found AS MATERIALIZED (SELECT u.user_id FROM crm.users u WHERE %1) "
                                             "SELECT u.user_id, u.full_name, u.email, u.telegram_id FROM found f "
                                             "JOIN crm.users u ON u.user_id = f.user_id")
                                  .arg(clause)
                            : QStringLiteral("SELECT u.user_id, u.full_name, u.email, u.telegram_id FROM crm.users u "
                                             "WHERE ") +
                                  clause;
        s.sql += QStringLiteral(" ORDER BY u.user_id LIMIT %1").arg(limit);
        return s;
    };
    const auto read = [&](QSqlQuery& q) {
        out.clear();
        while (q.next()) {
            CustomerMatch m;
            m.userId = q.value(0).toLongLong();
            m.name = q.value(1).toString();
            m.email = q.value(2).toString();
            if (!q.value(3).isNull())
                m.telegramId = q.value(3).toLongLong();
            out.push_back(std::move(m));
        }
    };
    if (kind == CustomerListQuery::SearchKind::Id || CustomerListQuery::looksRare(filter.search)) {
        QSqlQuery q = execute(m_db, statement(kind != CustomerListQuery::SearchKind::Id));
        read(q);
        return out;
    }
    // As for pages: the first ten by id are quick to find by walking the ids when matches are
    // common, and by reading the matches through the search index when they are rare.
    execute(m_db, quickSettings(), {});
    try {
        QSqlQuery q = execute(m_db, statement(false));
        read(q);
        q.finish();
        execute(m_db, kResetQuick, {});
        return out;
    } catch (const core::Error& e) {
        execute(m_db, kResetQuick, {});
        if (e.sqlstate() != kQueryCanceled || std::string(e.what()).find("statement timeout") == std::string::npos)
            throw;
    }
    QSqlQuery q = execute(m_db, statement(true));
    read(q);
    return out;
}

bool CustomerQueries::exists(std::int64_t userId)
{
    QSqlQuery q = execute(m_db, QStringLiteral("SELECT 1 FROM crm.users WHERE user_id = ?::bigint"),
                          {static_cast<qlonglong>(userId)});
    return q.next();
}

void CustomerQueries::forEachRow(const CustomerFilter& filter, const CustomerSort& sort,
                                 const std::function<void(const CustomerRow&)>& rowFn, int batch,
                                 const std::atomic<bool>* stop)
{
    if (!m_db.transaction())
        throw core::Error(core::Error::Code::Sql, m_db.lastError().text().trimmed().toStdString(), "BEGIN");
    m_inTransaction = true;
    try {
        execute(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), {});
        KeysetCursor cursor;
        while (cursor.phase != KeysetCursor::Phase::Done) {
            if (stop && stop->load())
                throw core::Error(core::Error::Code::Cancelled, "cancelled");
            for (const CustomerRow& row : page(filter, sort, cursor, batch))
                rowFn(row);
        }
        m_db.rollback(); // read only: nothing to keep
        m_inTransaction = false;
    } catch (...) {
        m_db.rollback();
        m_inTransaction = false;
        throw;
    }
}

core::ColumnKind CustomerQueries::exportKind(int column)
{
    switch (static_cast<CustomerColumn>(column)) {
    case CustomerColumn::UserId:
    case CustomerColumn::Frequency:
    case CustomerColumn::Recency:
        return core::ColumnKind::Integer;
    case CustomerColumn::Registered:
        return core::ColumnKind::Timestamp;
    case CustomerColumn::Monetary:
    case CustomerColumn::Purchase30d:
    case CustomerColumn::Churn:
    case CustomerColumn::PAlive:
    case CustomerColumn::Ltv12m:
    case CustomerColumn::LtvPredicted:
        return core::ColumnKind::Decimal;
    default:
        return core::ColumnKind::Text;
    }
}

std::optional<std::string> CustomerQueries::exportText(const CustomerRow& r, int column)
{
    const auto num = [](const std::optional<double>& v) -> std::optional<std::string> {
        return v ? std::optional<std::string>(number(*v)) : std::nullopt;
    };
    const auto integer = [](const std::optional<int>& v) -> std::optional<std::string> {
        return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
    };
    switch (static_cast<CustomerColumn>(column)) {
    case CustomerColumn::UserId:
        return std::to_string(r.userId);
    case CustomerColumn::Name:
        return r.name.toStdString();
    case CustomerColumn::Email:
        return r.email.toStdString();
    case CustomerColumn::Country:
        return r.country.toStdString();
    case CustomerColumn::Channel:
        return LtvTexts::channelName(r.channel).toStdString();
    case CustomerColumn::Registered:
        return table_export::canonicalText(r.registered);
    case CustomerColumn::Segment:
        if (!r.segmentId)
            return std::nullopt;
        return CustomerTexts::segment(*r.segmentId, r.segmentProfile).toStdString();
    case CustomerColumn::RfmSegment:
        if (r.rfmSegment.isEmpty())
            return std::nullopt;
        return CustomerTexts::rfmSegment(r.rfmSegment).toStdString();
    case CustomerColumn::Frequency:
        return integer(r.frequency);
    case CustomerColumn::Monetary:
        return num(r.monetary);
    case CustomerColumn::Recency:
        return integer(r.recencyDays);
    case CustomerColumn::Purchase30d:
        return num(r.purchase30d);
    case CustomerColumn::Churn:
        return num(r.churn);
    case CustomerColumn::PAlive:
        return num(r.pAlive);
    case CustomerColumn::Ltv12m:
        return num(r.ltv12m);
    case CustomerColumn::LtvPredicted:
        return num(r.ltvPredicted);
    case CustomerColumn::Count:
        break;
    }
    return std::nullopt;
}

} // namespace kestrel::ui
