#include "customers/feature_builder.h"

#include "common/error.h"
#include "common/translate.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace kestrel::core {
namespace {

// Every aggregate reads only rows before the cut ($1); the 90-day event window bounds the events
// scanned (and prunes the monthly partitions); one pass, one row per user. The window starts come as parameters
// ($2 = cut − 7 days, $3 = − 30, $4 = − 60, $5 = − 90) so no row evaluates date arithmetic; $6 is
// the last whole UTC day before the cut, up to which the activity roll-up's day bits are counted.
// The aggregate is materialised into a temporary table first: CREATE TABLE AS may run in parallel
// (a query behind a cursor never does), and the cursor then reads the small per-user rows in order.
constexpr const char* kFeatureQuery = R"SQL(
CREATE TEMP TABLE kestrel_features ON COMMIT DROP AS
WITH ord AS (
    SELECT o.user_id, count(*) AS n, sum(o.total_amount)::float8 AS money,
           min(o.created_at) AS first_at, max(o.created_at) AS last_at
      FROM crm.orders o
     WHERE o.created_at < $1::timestamptz AND o.status IN ('paid', 'shipped', 'delivered')
     GROUP BY o.user_id),
cat AS (
    SELECT user_id, count(*) AS n
      FROM (SELECT DISTINCT o.user_id, p.category
              FROM crm.orders o
              JOIN crm.order_items i ON i.order_id = o.order_id
              JOIN crm.products p ON p.product_id = i.product_id
             WHERE o.created_at < $1::timestamptz AND o.status IN ('paid', 'shipped', 'delivered')) AS uc
     GROUP BY user_id),
ev AS (
    SELECT user_id,
           count(*) FILTER (WHERE event_type = 'session_start' AND occurred_at >= $2::timestamptz) AS s7,
           count(*) FILTER (WHERE event_type = 'session_start' AND occurred_at >= $3::timestamptz) AS s30,
           count(*) FILTER (WHERE event_type = 'session_start') AS s90,
           count(*) FILTER (WHERE occurred_at >= $3::timestamptz) AS e30,
           count(*) FILTER (WHERE occurred_at < $3::timestamptz AND occurred_at >= $4::timestamptz) AS e_prev30,
           count(*) FILTER (WHERE event_type = 'page_view' AND occurred_at >= $3::timestamptz) AS pv,
           count(*) FILTER (WHERE event_type = 'product_view' AND occurred_at >= $3::timestamptz) AS prv,
           count(*) FILTER (WHERE event_type = 'add_to_cart' AND occurred_at >= $3::timestamptz) AS atc,
           count(*) FILTER (WHERE event_type = 'checkout_start' AND occurred_at >= $3::timestamptz) AS cs,
           count(*) FILTER (WHERE event_type = 'purchase' AND occurred_at >= $3::timestamptz) AS pu,
           count(*) FILTER (WHERE event_type = 'search' AND occurred_at >= $3::timestamptz) AS se,
           count(*) FILTER (WHERE event_type = 'bot_command' AND occurred_at >= $3::timestamptz) AS bot,
           max(occurred_at) AS last_event
      FROM crm.events
     WHERE occurred_at >= $5::timestamptz AND occurred_at < $1::timestamptz
     GROUP BY user_id),
act AS (
    SELECT user_id, sum(bit_count((days & crm.activity_mask(month, DATE '1900-01-01', $6::date))::bit(64)))::float8 AS n
      FROM crm.user_activity_monthly
     WHERE month <= $6::date
     GROUP BY user_id)
SELECT u.user_id AS user_id,
       extract(epoch FROM $1::timestamptz - ord.last_at)::float8 / 86400 AS recency_days,
       coalesce(ord.n, 0) AS frequency,
       coalesce(ord.money, 0) AS monetary,
       extract(epoch FROM $1::timestamptz - u.created_at)::float8 / 86400 AS tenure_days,
       ord.money / ord.n AS avg_basket,
       CASE WHEN ord.n >= 2 THEN extract(epoch FROM ord.last_at - ord.first_at)::float8 / 86400 / (ord.n - 1) END AS days_between_orders,
       coalesce(cat.n, 0) AS category_spread,
       coalesce(ev.s7, 0) AS sessions_7d,
       coalesce(ev.s30, 0) AS sessions_30d,
       coalesce(ev.s90, 0) AS sessions_90d,
       coalesce(ev.pv, 0) AS events_30d_page_view,
       coalesce(ev.prv, 0) AS events_30d_product_view,
       coalesce(ev.atc, 0) AS events_30d_add_to_cart,
       coalesce(ev.cs, 0) AS events_30d_checkout_start,
       coalesce(ev.pu, 0) AS events_30d_purchase,
       coalesce(ev.se, 0) AS events_30d_search,
       (coalesce(ev.e30, 0) + 1)::float8 / (coalesce(ev.e_prev30, 0) + 1) AS activity_trend,
       coalesce(ev.bot, 0) AS bot_commands_30d,
       extract(epoch FROM $1::timestamptz - ev.last_event)::float8 / 86400 AS days_since_last_event,
       coalesce(act.n, 0) AS active_days,
       coalesce(act.n, 0) / greatest(1, extract(epoch FROM $1::timestamptz - u.created_at)::float8 / 86400) AS active_day_share
  FROM crm.users u
  LEFT JOIN ord ON ord.user_id = u.user_id
  LEFT JOIN cat ON cat.user_id = u.user_id
  LEFT JOIN ev ON ev.user_id = u.user_id
  LEFT JOIN act ON act.user_id = u.user_id
 WHERE u.created_at < $1::timestamptz
)SQL";

double parseDouble(const pqxx::field& f)
{
    if (f.is_null())
        return std::numeric_limits<double>::quiet_NaN();
    return std::strtod(f.c_str(), nullptr);
}

} // namespace

const std::vector<std::string>& FeatureBuilder::featureNames()
{
    static const std::vector<std::string> names = {"recency_days",
                                                   "frequency",
                                                   "monetary",
                                                   "tenure_days",
                                                   "avg_basket",
                                                   "days_between_orders",
                                                   "category_spread",
                                                   "sessions_7d",
                                                   "sessions_30d",
                                                   "sessions_90d",
                                                   "events_30d_page_view",
                                                   "events_30d_product_view",
                                                   "events_30d_add_to_cart",
                                                   "events_30d_checkout_start",
                                                   "events_30d_purchase",
                                                   "events_30d_search",
                                                   "activity_trend",
                                                   "bot_commands_30d",
                                                   "days_since_last_event",
                                                   "active_days",
                                                   "active_day_share"};
    return names;
}

CustomerFeatures FeatureBuilder::build(JobContext& ctx, const std::string& asOf, int batchRows)
{
    const auto started = std::chrono::steady_clock::now();
    if (batchRows < 1)
        batchRows = 1;
    const auto& names = featureNames();
    const auto d = static_cast<Eigen::Index>(names.size());

    // Resolve the cut once, so every statement (and the caller) sees the same instant.
    // A bare date is the start of that day in UTC, whatever the session's time zone.
    std::string asOfText = asOf;
    if (asOfText.size() == 10 && asOfText[4] == '-' && asOfText[7] == '-')
        asOfText += " 00:00:00+00";
    std::string cut;
    std::array<std::string, 5> bounds;
    try {
        ctx.db().read([&](pqxx::work& tx) {
            const auto r =
                tx.exec_params1("SELECT c::text, (c - interval '7 days')::text, (c - interval '30 days')::text, "
                                "(c - interval '60 days')::text, (c - interval '90 days')::text, "
                                "((c AT TIME ZONE 'UTC') - interval '1 day')::date::text "
                                "FROM (SELECT coalesce(NULLIF($1, '')::timestamptz, now()) AS c) AS cut",
                                asOfText);
            cut = r[0].c_str();
            for (int i = 0; i < 5; ++i)
                bounds[static_cast<std::size_t>(i)] = r[i + 1].c_str();
        });
    } catch (const Error& e) {
        if (e.sqlstate().rfind("22", 0) == 0)
            throw Error(
                Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate("Features", "the as-of date '%1' is not a valid date or time"),
                       asOf));
        throw;
    }

    CustomerFeatures out;
    out.asOf = cut;
    out.names = names;
    ctx.progress(0.0, QCoreApplication::translate("Features", "Aggregating customer features").toStdString());
    ctx.db().read([&](pqxx::work& tx) {
        // One snapshot for the count and the cursor, so the matrix is sized exactly once.
        tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        // The per-(user, session) hash aggregate is large; spilling it to disk costs more than the memory.
        tx.exec0("SET LOCAL work_mem = '256MB'");
        const auto n = tx.exec_params1("SELECT count(*) FROM crm.users WHERE created_at < $1::timestamptz", cut)[0]
                           .as<long long>();
        out.userIds.assign(static_cast<std::size_t>(n), 0);
        out.values.resize(n, d);
        tx.exec_params(kFeatureQuery, cut, bounds[0], bounds[1], bounds[2], bounds[3], bounds[4]);
        ctx.throwIfStopped();
        tx.exec0(
            "DECLARE kestrel_features_cursor NO SCROLL CURSOR FOR SELECT * FROM kestrel_features ORDER BY user_id");
        const std::string fetch = "FETCH FORWARD " + std::to_string(batchRows) + " FROM kestrel_features_cursor";
        long long row = 0;
        for (;;) {
            ctx.throwIfStopped();
            const pqxx::result batch = tx.exec(fetch);
            if (batch.empty())
                break;
            if (row + static_cast<long long>(batch.size()) > n)
                throw Error(Error::Code::Internal, "feature query returned more users than counted");
            for (const auto& r : batch) {
                out.userIds[static_cast<std::size_t>(row)] = r[0].as<std::int64_t>();
                double* dst = out.values.row(row).data();
                for (Eigen::Index c = 0; c < d; ++c)
                    dst[c] = parseDouble(r[static_cast<int>(c + 1)]);
                ++row;
            }
            ctx.progress(n > 0 ? static_cast<double>(row) / static_cast<double>(n) : 1.0,
                         QCoreApplication::translate("Features", "Reading customer features").toStdString());
        }
        if (row != n)
            throw Error(Error::Code::Internal, "feature query returned fewer users than counted");
        tx.exec0("CLOSE kestrel_features_cursor");
        tx.exec0("DROP TABLE kestrel_features");
    });
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace kestrel::core
