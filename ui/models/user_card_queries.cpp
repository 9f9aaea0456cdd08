#include "models/user_card_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <chrono>
#include <mutex>

namespace kestrel::ui {
namespace {

constexpr const char* kProfile = R"(
SELECT u.full_name, u.email, u.country, u.city, u.acquisition_channel, u.device, u.birth_year, u.created_at,
       u.telegram_id, m.segment_id, s.profile, m.rfm_r, m.rfm_f, m.rfm_m, m.rfm_segment, m.rfm_frequency,
       m.rfm_monetary::float8, m.rfm_recency_days, m.purchase_probability_30d, m.purchase_reasons::text,
       m.churn_probability, m.churn_reasons::text, m.ltv_3m::float8, m.ltv_6m::float8, m.ltv_12m::float8,
       m.ltv_predicted::float8, m.p_alive, m.expected_purchases_90d, m.first_purchase_at
  FROM crm.users u
  LEFT JOIN ml.user_metrics m ON m.user_id = u.user_id
  LEFT JOIN ml.segments s ON s.run_id = m.segment_run_id AND s.segment_id = m.segment_id
 WHERE u.user_id = ?::bigint)";

// Revenue orders per calendar month (UTC), from the covering index of 0007.
constexpr const char* kSpend = R"(
SELECT (date_trunc('month', created_at AT TIME ZONE 'UTC'))::date, sum(total_amount)::float8, count(*)
  FROM crm.orders
 WHERE user_id = ?::bigint AND status IN ('paid', 'shipped', 'delivered')
 GROUP BY 1
 ORDER BY 1)";

constexpr const char* kProducts = R"(
SELECT p.product_id, p.name, p.category, sum(i.quantity), sum(i.quantity * i.unit_price)::float8,
       count(DISTINCT o.order_id), max(o.created_at)
  FROM crm.orders o
  JOIN crm.order_items i ON i.order_id = o.order_id
  JOIN crm.products p ON p.product_id = i.product_id
 WHERE o.user_id = ?::bigint AND o.status IN ('paid', 'shipped', 'delivered')
 GROUP BY p.product_id, p.name, p.category
 ORDER BY 5 DESC, p.product_id)";

constexpr const char* kNewestRecommendRun = R"(
SELECT run_id FROM ml.model_runs
 WHERE model = 'recommend' AND status = 'succeeded'
 ORDER BY run_id DESC
 LIMIT 1)";

// The run's partition is found by the run id (LIST partitions, pruned when planned), the rows by
// its (user_id, rank) index.
constexpr const char* kRecommendations = R"(
SELECT r.rank, r.product_id, p.name, p.category, r.score, r.source, r.reason_kind, r.reason_product_id, rp.name,
       r.reason_category
  FROM ml.recommendations r
  JOIN crm.products p ON p.product_id = r.product_id
  LEFT JOIN crm.products rp ON rp.product_id = r.reason_product_id
 WHERE r.run_id = ?::bigint AND r.user_id = ?::bigint
 ORDER BY r.rank)";

// A user newer than the run: the run's global popular list (metrics.popular, best first).
constexpr const char* kRunPopular = R"(
SELECT e.ord::int, p.product_id, p.name, p.category, coalesce((e.item->>'score')::float8, 0)
  FROM ml.model_runs m
 CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.metrics->'popular') = 'array'
                                              THEN m.metrics->'popular' ELSE '[]'::jsonb END)
       WITH ORDINALITY AS e(item, ord)
  JOIN crm.products p ON p.product_id = (e.item->>'product_id')::bigint
 WHERE m.run_id = ?::bigint
 ORDER BY e.ord
 LIMIT ?)";

// Units sold in the 90 days up to the newest order (not "now": a shop whose data ends earlier still
// has best sellers); products that sold nothing follow, newest first, so the list is never empty
// while the shop has products.
constexpr const char* kBestsellers = R"(
WITH last AS (SELECT max(created_at) AS at FROM crm.orders),
sold AS (
    SELECT i.product_id, sum(i.quantity) AS units
      FROM crm.orders o
      JOIN crm.order_items i ON i.order_id = o.order_id
     WHERE o.status IN ('paid', 'shipped', 'delivered')
       AND o.created_at > (SELECT at FROM last) - interval '90 days'
     GROUP BY i.product_id)
SELECT p.product_id, p.name, p.category, coalesce(s.units, 0)::float8
  FROM crm.products p
  LEFT JOIN sold s ON s.product_id = p.product_id
 ORDER BY coalesce(s.units, 0) DESC, p.is_active DESC, p.created_at DESC, p.product_id
 LIMIT ?)";

QSqlQuery execute(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        const QSqlError err = q.lastError();
        core::logging::get("ui")->debug("user card query failed: {} | {}", err.text().toStdString(),
                                        sql.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), sql.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), sql.simplified().toStdString());
    return q;
}

QSqlQuery execute(QSqlDatabase& db, const char* sql, const QVariantList& values)
{
    return execute(db, QString::fromUtf8(sql), values);
}

template <typename T> std::optional<T> optionalValue(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, int>)
        return v.toInt();
    else if constexpr (std::is_same_v<T, std::int64_t>)
        return static_cast<std::int64_t>(v.toLongLong());
    else
        return v.toDouble();
}

std::vector<CardReason> reasons(const QVariant& text)
{
    std::vector<CardReason> out;
    if (text.isNull())
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        CardReason r;
        r.feature = o.value(QStringLiteral("feature")).toString();
        const QJsonValue value = o.value(QStringLiteral("value"));
        if (value.isDouble())
            r.value = value.toDouble();
        r.contribution = o.value(QStringLiteral("contribution")).toDouble();
        if (!r.feature.isEmpty())
            out.push_back(std::move(r));
    }
    return out;
}

struct BestsellerCache {
    std::mutex mutex;
    QString key;
    std::chrono::steady_clock::time_point at;
    std::vector<CardRecommendation> items;
};

BestsellerCache& bestsellerCache()
{
    static BestsellerCache cache;
    return cache;
}

constexpr auto kBestsellerTtl = std::chrono::minutes(5);

} // namespace

UserCardSnapshot UserCardQueries::load(std::int64_t userId)
{
    QElapsedTimer timer;
    timer.start();
    UserCardSnapshot card;
    card.userId = userId;
    profile(card);
    if (!card.found)
        return card;
    const CardTimelinePage first = timeline(userId, {});
    card.timeline = first.items;
    card.timelineCursor = first.cursor;
    card.timelineMore = first.more;
    spend(card);
    products(card);
    recommendations(card);
    card.elapsedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return card;
}

void UserCardQueries::profile(UserCardSnapshot& c)
{
    QSqlQuery q = execute(m_db, kProfile, {static_cast<qlonglong>(c.userId)});
    if (!q.next())
        return;
    c.found = true;
    c.name = q.value(0).toString();
    c.email = q.value(1).toString();
    c.country = q.value(2).toString();
    c.city = q.value(3).toString();
    c.channel = q.value(4).toString();
    c.device = q.value(5).toString();
    c.birthYear = optionalValue<int>(q.value(6));
    c.registered = q.value(7).toDateTime();
    c.telegramId = optionalValue<std::int64_t>(q.value(8));
    c.segmentId = optionalValue<int>(q.value(9));
    c.segmentProfile = q.value(10).toString();
    c.rfmR = optionalValue<int>(q.value(11));
    c.rfmF = optionalValue<int>(q.value(12));
    c.rfmM = optionalValue<int>(q.value(13));
    c.rfmSegment = q.value(14).toString();
    c.frequency = optionalValue<int>(q.value(15));
    c.monetary = optionalValue<double>(q.value(16));
    c.recencyDays = optionalValue<int>(q.value(17));
    c.purchase30d = optionalValue<double>(q.value(18));
    c.purchaseReasons = reasons(q.value(19));
    c.churn = optionalValue<double>(q.value(20));
    c.churnReasons = reasons(q.value(21));
    c.ltv3m = optionalValue<double>(q.value(22));
    c.ltv6m = optionalValue<double>(q.value(23));
    c.ltv12m = optionalValue<double>(q.value(24));
    c.ltvPredicted = optionalValue<double>(q.value(25));
    c.pAlive = optionalValue<double>(q.value(26));
    c.expected90d = optionalValue<double>(q.value(27));
    c.firstPurchase = q.value(28).toDateTime();
}

CardTimelinePage UserCardQueries::timeline(std::int64_t userId, const CardTimelineCursor& cursor, int limit)
{
    // Each branch reads at most limit + 1 rows through its (user_id, time) index; the extra row
    // says whether another page exists. After a cursor (t, kind, id) in the order time DESC, kind
    // (orders first), id DESC: events at t come after an order at t, or after an event with a larger id.
    const qlonglong id = userId;
    QVariantList values;
    QString eventsAfter, ordersAfter;
    values << id;
    if (cursor.started) {
        eventsAfter = QStringLiteral(" AND e.occurred_at <= ?::timestamptz AND (e.occurred_at < ?::timestamptz "
                                     "OR ?::int = 0 OR e.event_id < ?::bigint)");
        values << cursor.atKey << cursor.atKey << cursor.kind << static_cast<qlonglong>(cursor.id);
    }
    values << id;
    if (cursor.started) {
        ordersAfter = QStringLiteral(" AND o.created_at <= ?::timestamptz AND (o.created_at < ?::timestamptz "
                                     "OR (?::int = 0 AND o.order_id < ?::bigint))");
        values << cursor.atKey << cursor.atKey << cursor.kind << static_cast<qlonglong>(cursor.id);
    }
    const QString sql =
        QStringLiteral(
            "SELECT kind, at, at::text AS at_key, id, event_type, product_id, product_name, session_id, detail, "
            "status, amount, "
            "items FROM ("
            "(SELECT 1 AS kind, e.occurred_at AS at, e.event_id AS id, e.event_type, e.product_id, "
            "p.name AS product_name, e.session_id, coalesce(e.properties->>'command', e.properties->>'query') AS "
            "detail, "
            "NULL::text AS status, NULL::float8 AS amount, 0 AS items "
            "FROM crm.events e LEFT JOIN crm.products p ON p.product_id = e.product_id "
            "WHERE e.user_id = ?::bigint AND e.event_type <> 'purchase'%1 "
            "ORDER BY e.occurred_at DESC, e.event_id DESC LIMIT %3) "
            "UNION ALL "
            "(SELECT 0, o.created_at, o.order_id, NULL, NULL, NULL, 0, NULL, o.status, o.total_amount::float8, "
            "(SELECT count(*)::int FROM crm.order_items i WHERE i.order_id = o.order_id) "
            "FROM crm.orders o WHERE o.user_id = ?::bigint%2 "
            "ORDER BY o.created_at DESC, o.order_id DESC LIMIT %3)"
            ") t ORDER BY at DESC, kind, id DESC LIMIT %3")
            .arg(eventsAfter, ordersAfter)
            .arg(limit + 1);
    QSqlQuery q = execute(m_db, sql, values);
    CardTimelinePage page;
    page.cursor = cursor;
    while (q.next()) {
        if (static_cast<int>(page.items.size()) == limit) {
            page.more = true;
            break;
        }
        CardTimelineItem item;
        item.kind = q.value(0).toInt() == 0 ? CardTimelineItem::Kind::Order : CardTimelineItem::Kind::Event;
        item.at = q.value(1).toDateTime();
        item.atKey = q.value(2).toString();
        item.id = q.value(3).toLongLong();
        item.eventType = q.value(4).toString();
        item.productId = optionalValue<std::int64_t>(q.value(5));
        item.productName = q.value(6).toString();
        item.sessionId = q.value(7).toLongLong();
        item.detail = q.value(8).toString();
        item.status = q.value(9).toString();
        item.amount = optionalValue<double>(q.value(10));
        item.items = q.value(11).toInt();
        page.items.push_back(std::move(item));
    }
    if (!page.items.empty()) {
        const CardTimelineItem& last = page.items.back();
        page.cursor = {true, last.atKey, static_cast<int>(last.kind), last.id};
    }
    return page;
}

void UserCardQueries::spend(UserCardSnapshot& c)
{
    QSqlQuery q = execute(m_db, kSpend, {static_cast<qlonglong>(c.userId)});
    while (q.next())
        c.spend.push_back({q.value(0).toDate(), q.value(1).toDouble(), q.value(2).toInt()});
}

void UserCardQueries::products(UserCardSnapshot& c)
{
    QSqlQuery q = execute(m_db, kProducts, {static_cast<qlonglong>(c.userId)});
    while (q.next()) {
        CardProduct p;
        p.productId = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.category = q.value(2).toString();
        p.quantity = q.value(3).toLongLong();
        p.spend = q.value(4).toDouble();
        p.orders = q.value(5).toInt();
        p.lastBought = q.value(6).toDateTime();
        c.products.push_back(std::move(p));
    }
}

void UserCardQueries::recommendations(UserCardSnapshot& c)
{
    QSqlQuery run = execute(m_db, kNewestRecommendRun, {});
    if (run.next()) {
        c.recommendRunId = run.value(0).toLongLong();
        QSqlQuery q = execute(m_db, kRecommendations,
                              {static_cast<qlonglong>(c.recommendRunId), static_cast<qlonglong>(c.userId)});
        while (q.next()) {
            CardRecommendation r;
            r.rank = q.value(0).toInt();
            r.productId = q.value(1).toLongLong();
            r.name = q.value(2).toString();
            r.category = q.value(3).toString();
            r.score = q.value(4).toDouble();
            r.source = q.value(5).toString();
            r.reasonKind = q.value(6).toString();
            r.reasonProductId = optionalValue<std::int64_t>(q.value(7));
            r.reasonProductName = q.value(8).toString();
            r.reasonCategory = q.value(9).toString();
            c.recommendations.push_back(std::move(r));
        }
        if (!c.recommendations.empty()) {
            c.recommendationOrigin = RecommendationOrigin::Run;
            return;
        }
        QSqlQuery popular = execute(m_db, kRunPopular, {static_cast<qlonglong>(c.recommendRunId), 10});
        while (popular.next()) {
            CardRecommendation r;
            r.rank = popular.value(0).toInt();
            r.productId = popular.value(1).toLongLong();
            r.name = popular.value(2).toString();
            r.category = popular.value(3).toString();
            r.score = popular.value(4).toDouble();
            r.source = QStringLiteral("popular");
            r.reasonKind = QStringLiteral("popular");
            c.recommendations.push_back(std::move(r));
        }
        if (!c.recommendations.empty()) {
            c.recommendationOrigin = RecommendationOrigin::RunPopular;
            return;
        }
    }
    c.recommendations = recentBestsellers();
    c.recommendationOrigin = c.recommendations.empty() ? RecommendationOrigin::None : RecommendationOrigin::Bestsellers;
}

std::vector<CardRecommendation> UserCardQueries::recentBestsellers(int limit)
{
    BestsellerCache& cache = bestsellerCache();
    const QString key = m_db.hostName() + QLatin1Char('\x1f') + QString::number(m_db.port()) + QLatin1Char('\x1f') +
                        m_db.databaseName() + QLatin1Char('\x1f') + QString::number(limit);
    {
        std::lock_guard lock(cache.mutex);
        if (cache.key == key && std::chrono::steady_clock::now() - cache.at < kBestsellerTtl)
            return cache.items;
    }
    std::vector<CardRecommendation> items;
    QSqlQuery q = execute(m_db, kBestsellers, {limit});
    int rank = 0;
    while (q.next()) {
        CardRecommendation r;
        r.rank = ++rank;
        r.productId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.category = q.value(2).toString();
        r.score = q.value(3).toDouble();
        r.source = QStringLiteral("popular");
        r.reasonKind = QStringLiteral("popular");
        items.push_back(std::move(r));
    }
    std::lock_guard lock(cache.mutex);
    cache.key = key;
    cache.at = std::chrono::steady_clock::now();
    cache.items = items;
    return items;
}

void UserCardQueries::forgetBestsellers()
{
    BestsellerCache& cache = bestsellerCache();
    std::lock_guard lock(cache.mutex);
    cache.key.clear();
    cache.items.clear();
}

} // namespace kestrel::ui
