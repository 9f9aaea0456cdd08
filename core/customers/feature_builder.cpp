#include "customers/feature_builder.h"

#include "common/error.h"
#include "common/translate.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace kestrel::core {
namespace {

// Every aggregate reads only rows before the cut ($1); the 90-day event window bounds the events
// scanned (and prunes the monthly partitions). Sessions of a window are the distinct sessions with
// an event in it, counted from one row per (user, session).
constexpr const char* kFeatureQuery = R"SQL(
DECLARE kestrel_features NO SCROLL CURSOR FOR
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
ses AS (
    SELECT user_id, session_id, max(occurred_at) AS last_at,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days') AS e30,
           count(*) FILTER (WHERE occurred_at < $1::timestamptz - interval '30 days'
                              AND occurred_at >= $1::timestamptz - interval '60 days') AS e_prev30,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'page_view') AS pv,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'product_view') AS prv,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'add_to_cart') AS atc,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'checkout_start') AS cs,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'purchase') AS pu,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'search') AS se,
           count(*) FILTER (WHERE occurred_at >= $1::timestamptz - interval '30 days' AND event_type = 'bot_command') AS bot
      FROM crm.events
     WHERE occurred_at >= $1::timestamptz - interval '90 days' AND occurred_at < $1::timestamptz
     GROUP BY user_id, session_id),
ev AS (
    SELECT user_id,
           count(*) FILTER (WHERE last_at >= $1::timestamptz - interval '7 days') AS s7,
           count(*) FILTER (WHERE last_at >= $1::timestamptz - interval '30 days') AS s30,
           count(*) AS s90,
           sum(e30) AS e30, sum(e_prev30) AS e_prev30, sum(pv) AS pv, sum(prv) AS prv, sum(atc) AS atc,
           sum(cs) AS cs, sum(pu) AS pu, sum(se) AS se, sum(bot) AS bot
      FROM ses
     GROUP BY user_id)
SELECT u.user_id,
       extract(epoch FROM $1::timestamptz - ord.last_at)::float8 / 86400,
       coalesce(ord.n, 0),
       coalesce(ord.money, 0),
       extract(epoch FROM $1::timestamptz - u.created_at)::float8 / 86400,
       ord.money / ord.n,
       CASE WHEN ord.n >= 2 THEN extract(epoch FROM ord.last_at - ord.first_at)::float8 / 86400 / (ord.n - 1) END,
       coalesce(cat.n, 0),
       coalesce(ev.s7, 0), coalesce(ev.s30, 0), coalesce(ev.s90, 0),
       coalesce(ev.pv, 0), coalesce(ev.prv, 0), coalesce(ev.atc, 0), coalesce(ev.cs, 0), coalesce(ev.pu, 0),
       coalesce(ev.se, 0),
       (coalesce(ev.e30, 0) + 1)::float8 / (coalesce(ev.e_prev30, 0) + 1),
       coalesce(ev.bot, 0)
  FROM crm.users u
  LEFT JOIN ord ON ord.user_id = u.user_id
  LEFT JOIN cat ON cat.user_id = u.user_id
  LEFT JOIN ev ON ev.user_id = u.user_id
 WHERE u.created_at < $1::timestamptz
 ORDER BY u.user_id
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
                                                   "bot_commands_30d"};
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
    try {
        ctx.db().read([&](pqxx::work& tx) {
            cut = tx.exec_params1("SELECT coalesce(NULLIF($1, '')::timestamptz, now())::text", asOfText)[0].c_str();
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
        tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
        const auto n = tx.exec_params1("SELECT count(*) FROM crm.users WHERE created_at < $1::timestamptz", cut)[0]
                           .as<long long>();
        out.userIds.assign(static_cast<std::size_t>(n), 0);
        out.values.resize(n, d);
        tx.exec_params(kFeatureQuery, cut);
        const std::string fetch = "FETCH FORWARD " + std::to_string(batchRows) + " FROM kestrel_features";
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
        tx.exec0("CLOSE kestrel_features");
    });
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace kestrel::core
