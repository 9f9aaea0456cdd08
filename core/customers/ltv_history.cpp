#include "customers/ltv_history.h"

#include "common/error.h"
#include "common/translate.h"
#include "customers/ltv_accumulator.h"
#include "db/copy_reader.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <pqxx/except>
#include <pqxx/result>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace kestrel::core {
namespace {

constexpr std::int64_t kCheckRows = 1 << 16; // rows between stop checks and progress reports

// The cut: the given instant (a bare date is 00:00 UTC), or the day after the last order. As
// microseconds since 1970 (exact: extract returns numeric) so that every later comparison is exact.
constexpr const char* kCutQuery = R"SQL(
SELECT (extract(epoch FROM c) * 1000000)::int8
  FROM (SELECT coalesce(NULLIF($1, '')::timestamptz,
                        (SELECT (date_trunc('day', max(created_at) AT TIME ZONE 'UTC') + interval '1 day') AT TIME ZONE 'UTC'
                           FROM crm.orders)) AS c) AS cut
)SQL";

// Revenue orders before the cut, per customer in time order: read from orders_revenue_user_idx
// alone, so neither a sort nor a hash aggregate over all orders is needed. Streamed by COPY, which
// takes no parameters: the cut is bound through set_config and read once by the sub-select.
// The user's channel comes by a merge join along the users' primary key, in the same snapshot.
constexpr const char* kOrdersQuery =
    "SELECT o.user_id, o.created_at AT TIME ZONE 'UTC', o.total_amount, u.acquisition_channel "
    "FROM crm.orders o JOIN crm.users u ON u.user_id = o.user_id "
    "WHERE o.created_at < (SELECT current_setting('kestrel.ltv_cut')::timestamptz) "
    "AND o.status IN ('paid', 'shipped', 'delivered') ORDER BY o.user_id, o.created_at";

// Spend of the months that have ended by the cut (a month still running has spent for customers
// that have not arrived yet).
constexpr const char* kSpendQuery = R"SQL(
SELECT to_char(month, 'YYYY-MM'), channel, spend::text
  FROM crm.channel_spend
 WHERE month + interval '1 month' <= ($1::timestamptz AT TIME ZONE 'UTC')
)SQL";

// Changed rows only (a run on unchanged data rewrites nothing), then customers without a row,
// then users who are no longer customers.
constexpr const char* kUpdateCustomers = R"SQL(
UPDATE ml.user_metrics m
   SET first_purchase_at = s.first_purchase_at, ltv_3m = s.ltv_3m, ltv_6m = s.ltv_6m, ltv_12m = s.ltv_12m,
       computed_at = now()
  FROM kestrel_ltv_stage s
 WHERE m.user_id = s.user_id
   AND (m.first_purchase_at, m.ltv_3m, m.ltv_6m, m.ltv_12m)
       IS DISTINCT FROM (s.first_purchase_at, s.ltv_3m, s.ltv_6m, s.ltv_12m)
)SQL";
constexpr const char* kInsertCustomers = R"SQL(
INSERT INTO ml.user_metrics AS m (user_id, computed_at, first_purchase_at, ltv_3m, ltv_6m, ltv_12m)
SELECT s.user_id, now(), s.first_purchase_at, s.ltv_3m, s.ltv_6m, s.ltv_12m
  FROM kestrel_ltv_stage s
 WHERE NOT EXISTS (SELECT 1 FROM ml.user_metrics x WHERE x.user_id = s.user_id)
ON CONFLICT (user_id) DO UPDATE
   SET first_purchase_at = EXCLUDED.first_purchase_at, ltv_3m = EXCLUDED.ltv_3m, ltv_6m = EXCLUDED.ltv_6m,
       ltv_12m = EXCLUDED.ltv_12m, computed_at = now()
)SQL";
constexpr const char* kClearFormerCustomers = R"SQL(
UPDATE ml.user_metrics m
   SET first_purchase_at = NULL, ltv_3m = NULL, ltv_6m = NULL, ltv_12m = NULL, computed_at = now()
 WHERE (m.first_purchase_at IS NOT NULL OR m.ltv_3m IS NOT NULL OR m.ltv_6m IS NOT NULL OR m.ltv_12m IS NOT NULL)
   AND NOT EXISTS (SELECT 1 FROM kestrel_ltv_stage s WHERE s.user_id = m.user_id)
)SQL";

/// Splits a COPY text line in place into its N tab-separated fields (none of the columns read here
/// can hold a tab, a newline or a backslash); false when the count differs.
template <std::size_t N> bool splitFields(std::string& line, std::array<const char*, N>& fields)
{
    std::size_t n = 0;
    char* p = line.data();
    fields[n++] = p;
    for (; *p != '\0'; ++p)
        if (*p == '\t') {
            if (n == N)
                return false;
            *p = '\0';
            fields[n++] = p + 1;
        }
    return n == N;
}

[[noreturn]] void unexpected(const char* what, const char* text)
{
    throw Error(Error::Code::Internal, std::string("LTV history: unexpected ") + what + " '" + text + "'");
}

void appendCents(std::string& out, std::int64_t cents)
{
    if (cents < 0) {
        out += "\\N";
        return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%02lld", static_cast<long long>(cents / 100),
                  static_cast<long long>(cents % 100));
    out += buf;
}

/// A setting changed for the rest of the caller's transaction and put back by restore(): SET
/// LOCAL would otherwise outlive build() until the caller commits.
class LocalSetting {
public:
    LocalSetting(pqxx::work& tx, const std::string& name, const std::string& value) : m_tx(tx), m_name(name)
    {
        m_previous = tx.exec_params1("SELECT current_setting($1)", name)[0].c_str();
        tx.exec_params("SELECT set_config($1, $2, true)", name, value);
    }
    void restore() { m_tx.exec_params("SELECT set_config($1, $2, true)", m_name, m_previous); }

private:
    pqxx::work& m_tx;
    std::string m_name, m_previous;
};

std::int64_t resolveCut(pqxx::work& tx, const std::string& asOf)
{
    std::string text = asOf;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        text += " 00:00:00+00";
    pqxx::result r;
    try {
        r = tx.exec_params(kCutQuery, text);
    } catch (const pqxx::sql_error& e) {
        if (e.sqlstate().rfind("22", 0) == 0)
            throw Error(
                Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate("LtvHistory", "the as-of date '%1' is not a valid date or time"),
                       asOf));
        throw;
    }
    if (r.empty() || r[0][0].is_null())
        throw Error(
            Error::Code::InvalidArgument,
            trText("LtvHistory",
                   QT_TRANSLATE_NOOP("LtvHistory",
                                     "there are no orders, so there is no customer for LTV (nothing was written)")));
    return r[0][0].as<std::int64_t>();
}

void streamOrders(JobContext& ctx, pqxx::work& tx, const std::string& cut, LtvAccumulator& acc)
{
    const pqxx::row ids = tx.exec1("SELECT coalesce(min(user_id), 0), coalesce(max(user_id), 0) FROM crm.users");
    const auto firstId = ids[0].as<std::int64_t>();
    const double span = static_cast<double>(std::max<std::int64_t>(1, ids[1].as<std::int64_t>() - firstId));
    tx.exec_params("SELECT set_config('kestrel.ltv_cut', $1, true)", cut);
    std::int64_t currentUser = 0;
    int currentChannel = 0;
    bool any = false;
    std::int64_t rows = 0;
    CopyReader copy(tx, kOrdersQuery);
    std::string line;
    for (std::array<const char*, 4> f{}; copy.next(line); ++rows) {
        if (!splitFields(line, f))
            unexpected("order row", line.c_str());
        const std::int64_t user = std::strtoll(f[0], nullptr, 10);
        std::int64_t at = 0, cents = 0;
        if (!ltvtime::parseTimestamp(f[1], at))
            unexpected("order time", f[1]);
        if (!ltvtime::parseCents(f[2], cents))
            unexpected("order amount", f[2]);
        if (!any || user != currentUser) {
            currentUser = user;
            currentChannel = acc.channelIndex(f[3]);
            any = true;
        }
        acc.add(user, currentChannel, at, cents);
        if (rows % kCheckRows == 0) {
            if (ctx.stopRequested()) {
                // Ends the COPY on the server at once; otherwise abandoning it reads it to the end.
                ctx.db().cancelQuery();
                ctx.throwIfStopped();
            }
            // Users come in id order, so the id reached tells how far the read has come.
            ctx.progress(0.05 + 0.65 * std::clamp(static_cast<double>(user - firstId) / span, 0.0, 1.0),
                         trText("LtvHistory", QT_TRANSLATE_NOOP("LtvHistory", "Reading customers' orders")));
        }
    }
    acc.finish();
}

std::vector<LtvAccumulator::Spend> readSpend(pqxx::work& tx, const std::string& cut)
{
    std::vector<LtvAccumulator::Spend> out;
    for (const auto& r : tx.exec_params(kSpendQuery, cut)) {
        const std::string month = r[0].c_str();
        LtvAccumulator::Spend s;
        if (month.size() != 7 || !ltvtime::parseCents(r[2].c_str(), s.cents))
            unexpected("spend row", month.c_str());
        s.month = std::atoi(month.substr(0, 4).c_str()) * 12 + std::atoi(month.substr(5, 2).c_str()) - 1;
        s.channel = r[1].c_str();
        out.push_back(std::move(s));
    }
    return out;
}

void writeUserMetrics(JobContext& ctx, pqxx::work& tx, const std::vector<CustomerLtv>& customers)
{
    tx.exec0("DROP TABLE IF EXISTS kestrel_ltv_stage");
    tx.exec0("CREATE TEMP TABLE kestrel_ltv_stage (user_id bigint NOT NULL, first_purchase_at timestamptz NOT NULL, "
             "ltv_3m numeric(14, 2), ltv_6m numeric(14, 2), ltv_12m numeric(14, 2)) ON COMMIT DROP");
    {
        CopyStream copy(tx, "kestrel_ltv_stage", {"user_id", "first_purchase_at", "ltv_3m", "ltv_6m", "ltv_12m"});
        for (std::size_t i = 0; i < customers.size(); ++i) {
            const CustomerLtv& c = customers[i];
            std::string& row = copy.row();
            row += std::to_string(c.userId);
            row += '\t';
            row += ltvtime::formatTimestamp(c.firstMicros);
            for (const std::int64_t cents : c.cents) {
                row += '\t';
                appendCents(row, cents);
            }
            copy.endRow();
            if (i % 65536 == 0)
                ctx.throwIfStopped();
        }
        copy.complete();
    }
    tx.exec0("ANALYZE kestrel_ltv_stage");
    ctx.throwIfStopped();
    ctx.progress(0.85, trText("LtvHistory", QT_TRANSLATE_NOOP("LtvHistory", "Writing customers' LTV")));
    tx.exec0(kUpdateCustomers);
    ctx.throwIfStopped();
    tx.exec0(kInsertCustomers);
    ctx.throwIfStopped();
    tx.exec0(kClearFormerCustomers);
    tx.exec0("DROP TABLE kestrel_ltv_stage");
}

} // namespace

LtvHistory LtvHistoryBuilder::build(JobContext& ctx, pqxx::work& tx, const std::string& asOf)
{
    const auto started = std::chrono::steady_clock::now();
    ctx.throwIfStopped();
    ctx.progress(0.0, trText("LtvHistory", QT_TRANSLATE_NOOP("LtvHistory", "Finding the customers")));
    const std::int64_t cutMicros = resolveCut(tx, asOf);
    const std::string cut = ltvtime::formatTimestamp(cutMicros);

    // The order stream is parsed as ISO text whatever the session's DateStyle.
    LocalSetting dateStyle(tx, "DateStyle", "ISO, YMD");
    LtvAccumulator acc(cutMicros);
    streamOrders(ctx, tx, cut, acc);
    if (acc.customers().empty())
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate(
                       "LtvHistory",
                       "no customer has a paid, shipped or delivered order before %1; LTV needs orders (nothing "
                       "was written)"),
                   cut));
    ctx.throwIfStopped();
    ctx.progress(0.72, trText("LtvHistory", QT_TRANSLATE_NOOP("LtvHistory", "Summarising cohorts and channels")));
    LtvHistory out = acc.result(readSpend(tx, cut));
    out.asOf = cut;
    ctx.throwIfStopped();
    writeUserMetrics(ctx, tx, acc.customers());
    dateStyle.restore();
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    ctx.progress(1.0, trText("LtvHistory", QT_TRANSLATE_NOOP("LtvHistory", "LTV history ready")));
    return out;
}

} // namespace kestrel::core
