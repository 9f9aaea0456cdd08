// SynthGenerator against a real PostgreSQL: counts, consistency, determinism, the realism
// features analytics relies on, refusal without --replace, and cancellation.
#include "common/error.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace kestrel::core {
namespace {

constexpr const char* kEndDate = "2026-05-01";

class SynthGeneratorTest : public ::testing::Test {
protected:
    SynthGeneratorTest() : m_db(test::TestCluster::instance().params()) {}

    SynthReport generate(SynthOptions o)
    {
        std::atomic<bool> stop{false};
        JobContext ctx(m_db, {}, stop);
        return SynthGenerator(std::move(o)).run(ctx);
    }

    static SynthOptions defaults(std::uint64_t seed = 7)
    {
        SynthOptions o;
        o.seed = seed;
        o.endDate = kEndDate;
        o.replace = true;
        return o;
    }

    long long scalar(const std::string& sql)
    {
        long long v = 0;
        m_db.read([&](pqxx::work& tx) { v = tx.exec1(sql)[0].as<long long>(); });
        return v;
    }
    double real(const std::string& sql)
    {
        double v = 0;
        m_db.read([&](pqxx::work& tx) { v = tx.exec1(sql)[0].as<double>(); });
        return v;
    }
    std::string text(const std::string& sql)
    {
        std::string v;
        m_db.read([&](pqxx::work& tx) { v = tx.exec1(sql)[0].c_str(); });
        return v;
    }
    /// One digest per table over its rows in key order (load_id left out: it differs per run).
    std::string fingerprint()
    {
        return text("SELECT concat_ws(' ',"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY user_id)) FROM crm.users t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY product_id)) FROM crm.products t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY product_id, valid_from)) FROM crm.product_prices t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY order_id)) FROM crm.orders t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY order_id, line_no)) FROM crm.order_items t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY event_id)) FROM crm.events t),"
                    " (SELECT md5(string_agg((to_jsonb(t) - 'load_id')::text, '|' ORDER BY month, channel)) FROM crm.channel_spend t))");
    }
    void wipe()
    {
        m_db.transact([](pqxx::work& tx) {
            tx.exec0("TRUNCATE crm.events, crm.order_items, crm.orders, crm.product_prices, crm.products, crm.users, "
                     "crm.channel_spend, crm.events_daily, ml.user_metrics CASCADE");
        });
    }

    Database m_db;
};

TEST_F(SynthGeneratorTest, DefaultsMeetTheCountsAndTheLoadIsRecorded)
{
    const SynthReport r = generate(defaults());
    EXPECT_GE(r.users, 1000);
    EXPECT_GE(r.products, 100);
    EXPECT_EQ(r.events, 50'000); // 50 per user, met exactly
    EXPECT_GT(r.prices, r.products);
    EXPECT_GT(r.orders, 0);
    EXPECT_GE(r.orderItems, r.orders);
    EXPECT_EQ(r.firstDay, "2025-11-03");
    EXPECT_EQ(r.lastDay, kEndDate);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), r.users);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events"), r.events);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders"), r.orders);
    EXPECT_EQ(scalar("SELECT coalesce(sum(events), 0) FROM crm.events_daily"), r.events);

    EXPECT_EQ(r.channelSpend, 7 * 6); // November 2025 to May 2026, six paid channels
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.channel_spend"), r.channelSpend);
    const long long total = r.users + r.products + r.prices + r.orders + r.orderItems + r.events + r.channelSpend;
    const std::string load = "SELECT status || ' ' || rows_inserted || ' ' || format || ' ' || (params->>'seed') "
                             "FROM ops.loads WHERE load_id = " +
                             std::to_string(r.loadId);
    EXPECT_EQ(text(load), "succeeded " + std::to_string(total) + " synthetic 7");
}

TEST_F(SynthGeneratorTest, MeetsAnExplicitEventTargetExactly)
{
    SynthOptions o = defaults(11);
    o.users = 300;
    o.products = 20;
    o.days = 30;
    o.events = 12'345;
    const SynthReport r = generate(o);
    EXPECT_EQ(r.events, 12'345);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events"), 12'345);
    EXPECT_EQ(scalar("SELECT max(event_id) FROM crm.events"), 12'345);
}

TEST_F(SynthGeneratorTest, RowsAreConsistent)
{
    generate(defaults());
    // Foreign keys guard the ids; these guard what constraints cannot see.
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders o WHERE NOT EXISTS "
                     "(SELECT 1 FROM crm.order_items i WHERE i.order_id = o.order_id)"),
              0)
        << "orders without lines";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders o JOIN (SELECT order_id, sum(quantity * unit_price) s "
                     "FROM crm.order_items GROUP BY 1) i USING (order_id) WHERE i.s <> o.total_amount"),
              0)
        << "total_amount differs from its lines";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.order_items i JOIN crm.orders o USING (order_id) WHERE NOT EXISTS "
                     "(SELECT 1 FROM crm.product_prices p WHERE p.product_id = i.product_id "
                     "AND o.created_at >= p.valid_from AND (p.valid_to IS NULL OR o.created_at < p.valid_to) "
                     "AND p.price = i.unit_price)"),
              0)
        << "unit_price is not the price valid at order time";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders o WHERE NOT EXISTS (SELECT 1 FROM crm.events e "
                     "WHERE e.order_id = o.order_id AND e.event_type = 'purchase' AND e.user_id = o.user_id "
                     "AND e.occurred_at = o.created_at)"),
              0)
        << "orders without their purchase event";
    EXPECT_EQ(scalar("SELECT count(*) - count(DISTINCT order_id) FROM crm.events WHERE event_type = 'purchase'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events e JOIN crm.users u USING (user_id) "
                     "WHERE e.occurred_at < u.created_at"),
              0)
        << "events before the user signed up";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events WHERE occurred_at < '2025-11-03' OR occurred_at >= '2026-05-02'"),
              0)
        << "events outside the window";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders WHERE created_at < '2025-11-03' OR created_at >= '2026-05-02'"),
              0);
}

TEST_F(SynthGeneratorTest, SameSeedGivesIdenticalDataAndAnotherSeedDoesNot)
{
    const auto report = generate(defaults(7));
    const std::string first = fingerprint();
    // Every generated row carries the generator's load.
    for (const char* table : {"users", "products", "product_prices", "orders", "order_items", "events", "channel_spend"})
        EXPECT_EQ(scalar(std::string("SELECT count(*) FROM crm.") + table + " WHERE load_id IS DISTINCT FROM " +
                         std::to_string(report.loadId)),
                  0)
            << table;
    generate(defaults(7));
    EXPECT_EQ(fingerprint(), first);
    generate(defaults(8));
    EXPECT_NE(fingerprint(), first);
}

TEST_F(SynthGeneratorTest, HasWhatAnalyticsLooksFor)
{
    generate(defaults());
    EXPECT_GT(scalar("SELECT count(*) FROM (SELECT user_id FROM crm.orders GROUP BY 1 HAVING count(*) > 1) t"), 50)
        << "repeat buyers";
    const double topShare = real(
        "WITH s AS (SELECT user_id, sum(total_amount) spend FROM crm.orders GROUP BY 1) "
        "SELECT (SELECT sum(spend) FROM (SELECT spend FROM s ORDER BY spend DESC LIMIT 10) t) / sum(spend) FROM s");
    EXPECT_GT(topShare, 0.15) << "the top 1% of users should carry a heavy share of spend";
    EXPECT_GT(real("SELECT percentile_cont(0.99) WITHIN GROUP (ORDER BY total_amount) / "
                   "percentile_cont(0.5) WITHIN GROUP (ORDER BY total_amount) FROM crm.orders"),
              5.0)
        << "order values should be heavy-tailed";
    EXPECT_GT(scalar("SELECT count(*) FROM (SELECT user_id FROM crm.events GROUP BY 1 "
                     "HAVING count(*) >= 20 AND max(occurred_at) < '2026-05-01'::date - 30) t"),
              50)
        << "active users who went quiet (churners)";
    EXPECT_GT(scalar("SELECT count(*) FROM crm.users WHERE created_at >= '2026-05-01'::date - 6"), 5)
        << "cold-start users";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.orders o JOIN crm.users u USING (user_id) "
                     "WHERE u.created_at >= '2026-05-01'::date - 6"),
              0)
        << "cold-start users have no orders yet";
    EXPECT_LT(real("SELECT coalesce(avg(n), 0) FROM (SELECT count(e.event_id) n FROM crm.users u "
                   "LEFT JOIN crm.events e USING (user_id) WHERE u.created_at >= '2026-05-01'::date - 6 "
                   "GROUP BY u.user_id) t"),
              20.0)
        << "cold-start users have few events";
    EXPECT_EQ(scalar("SELECT count(*) FROM (SELECT product_id FROM crm.product_prices GROUP BY 1 "
                     "HAVING count(*) > 1) t"),
              100)
        << "every product has a price history";
    EXPECT_GT(scalar("SELECT count(*) FROM crm.events WHERE event_type = 'bot_command'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events e JOIN crm.users u USING (user_id) "
                     "WHERE e.event_type = 'bot_command' AND u.acquisition_channel <> 'telegram'"),
              0)
        << "bot commands come from Telegram users";
    EXPECT_GT(real("SELECT avg(n) FILTER (WHERE dow IN (0, 6)) / avg(n) FILTER (WHERE dow NOT IN (0, 6)) FROM "
                   "(SELECT (occurred_at AT TIME ZONE 'UTC')::date d, extract(dow FROM occurred_at AT TIME ZONE 'UTC') "
                   "dow, count(*) n FROM crm.events GROUP BY 1, 2) t"),
              1.05)
        << "weekly seasonality: busier weekends";
    // What recommenders learn from: products carry 1–3 lower-case tags of their category, and a
    // customer's purchases lean to a favourite category (independent picks give about 0.4 here).
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.products WHERE cardinality(tags) NOT BETWEEN 1 AND 3 "
                     "OR array_to_string(tags, ',') <> lower(array_to_string(tags, ','))"),
              0);
    EXPECT_GT(scalar("SELECT count(DISTINCT t) FROM crm.products, unnest(tags) t"), 20);
    EXPECT_GT(real("WITH x AS (SELECT o.user_id, p.category, count(*) n FROM crm.orders o JOIN crm.order_items i "
                   "USING (order_id) JOIN crm.products p USING (product_id) GROUP BY 1, 2) "
                   "SELECT avg(s) FROM (SELECT max(n)::float8 / sum(n) s FROM x GROUP BY user_id "
                   "HAVING sum(n) >= 4) u"),
              0.5)
        << "purchases follow each customer's taste";
}

// Guards crm.users.telegram_id (issue 6, searched on the Customers page): every user acquired
// through Telegram has one, some others too, all distinct ten-digit ids, the same for the same seed.
TEST_F(SynthGeneratorTest, GivesTelegramUsersATelegramId)
{
    generate(defaults());
    EXPECT_GT(scalar("SELECT count(*) FROM crm.users WHERE acquisition_channel = 'telegram'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE acquisition_channel = 'telegram' AND telegram_id IS NULL"),
              0);
    const double others =
        real("SELECT avg((telegram_id IS NOT NULL)::int) FROM crm.users WHERE acquisition_channel <> 'telegram'");
    EXPECT_GT(others, 0.06);
    EXPECT_LT(others, 0.2);
    EXPECT_EQ(scalar("SELECT count(DISTINCT telegram_id) FROM crm.users"),
              scalar("SELECT count(telegram_id) FROM crm.users"));
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE telegram_id NOT BETWEEN 1000000000 AND 9999999999"), 0);
    const std::string digest = "SELECT md5(string_agg(user_id || ':' || telegram_id, ',' ORDER BY user_id)) "
                               "FROM crm.users WHERE telegram_id IS NOT NULL";
    const std::string ids = text(digest);
    generate(defaults());
    EXPECT_EQ(text(digest), ids);
}

// Guards the acquisition spend LTV:CAC is computed from: a row for every generated month and paid
// channel (organic costs nothing), derived from the customers each channel brought, with channels
// far apart in cost per new customer.
TEST_F(SynthGeneratorTest, WritesSpendForEveryMonthAndPaidChannel)
{
    SynthOptions o = defaults();
    o.users = 3000;
    o.days = 400;
    generate(o);
    const std::string months = "SELECT generate_series(date_trunc('month', min(occurred_at) AT TIME ZONE 'UTC'), "
                               "date_trunc('month', max(occurred_at) AT TIME ZONE 'UTC'), interval '1 month')::date "
                               "FROM crm.events";
    EXPECT_EQ(scalar("SELECT count(*) FROM (" + months + ") m(month) CROSS JOIN unnest(ARRAY['paid_search', "
                     "'social', 'affiliate', 'email', 'referral', 'telegram']) c(channel) WHERE NOT EXISTS "
                     "(SELECT 1 FROM crm.channel_spend s WHERE s.month = m.month AND s.channel = c.channel)"),
              0)
        << "months x paid channels without a spend row";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.channel_spend WHERE channel = 'organic'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.channel_spend WHERE month < (" + months + " LIMIT 1)"), 0);
    // Cost per new customer over the whole window, by channel.
    const std::string cac = "WITH f AS (SELECT user_id, min(created_at) AS first_at FROM crm.orders "
                            "WHERE status IN ('paid', 'shipped', 'delivered') GROUP BY user_id), "
                            "n AS (SELECT u.acquisition_channel AS channel, count(*) AS customers FROM f "
                            "JOIN crm.users u USING (user_id) GROUP BY 1) "
                            "SELECT sum(s.spend) / max(n.customers) FROM crm.channel_spend s JOIN n USING (channel) "
                            "WHERE s.channel = ";
    const double paidSearch = real(cac + "'paid_search'");
    const double email = real(cac + "'email'");
    const double referral = real(cac + "'referral'");
    EXPECT_GT(paidSearch, 5 * email);
    EXPECT_GT(paidSearch, 5 * referral);
    EXPECT_GT(real(cac + "'social'"), real(cac + "'telegram'"));
}

TEST_F(SynthGeneratorTest, RefusesToOverwriteWithoutReplace)
{
    generate(defaults());
    const std::string before = fingerprint();
    SynthOptions o = defaults(9);
    o.replace = false;
    try {
        generate(o);
        FAIL() << "expected a refusal";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("--replace"), std::string::npos);
    }
    EXPECT_EQ(fingerprint(), before);
}

TEST_F(SynthGeneratorTest, ValidateNamesTheOption)
{
    auto message = [](SynthOptions o) {
        try {
            SynthGenerator(std::move(o)).validate();
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
            return std::string(e.what());
        }
        return std::string("no error");
    };
    SynthOptions o;
    o.users = 0;
    EXPECT_NE(message(o).find("--users"), std::string::npos);
    o = {};
    o.products = 0;
    EXPECT_NE(message(o).find("--products"), std::string::npos);
    o = {};
    o.days = 0;
    EXPECT_NE(message(o).find("--days"), std::string::npos);
    o.days = 3651;
    EXPECT_NE(message(o).find("--days"), std::string::npos);
    o = {};
    o.events = -1;
    EXPECT_NE(message(o).find("--events"), std::string::npos);
    o.users = 2;
    o.events = 20'001; // one user's history is held in memory while it is written
    EXPECT_NE(message(o).find("--events"), std::string::npos);
    o.events = 20'000;
    EXPECT_EQ(message(o), "no error");
    o = {};
    o.endDate = "2025-02-30";
    EXPECT_NE(message(o).find("--end-date"), std::string::npos);
    o.endDate = "yesterday";
    EXPECT_NE(message(o).find("--end-date"), std::string::npos);
    o.endDate = "2025-02-28";
    EXPECT_EQ(message(o), "no error");
}

TEST_F(SynthGeneratorTest, CancelLeavesNothingBehind)
{
    wipe();
    std::atomic<bool> stop{false};
    std::atomic<bool> inEvents{false};
    Database worker(test::TestCluster::instance().params());
    SynthOptions o = defaults(5);
    o.users = 20'000;
    o.replace = false;
    Error::Code code = Error::Code::Internal;
    bool threw = false;
    std::thread job([&] {
        JobContext ctx(
            worker,
            [&](double, const std::string& text) {
                if (text.rfind("events", 0) == 0)
                    inEvents = true;
            },
            stop);
        try {
            SynthGenerator(o).run(ctx);
        } catch (const Error& e) {
            threw = true;
            code = e.code();
        }
    });
    // Stop from this thread once the events COPY is under way, as the job runner would.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (!inEvents && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    stop = true;
    worker.cancelQuery();
    job.join();
    ASSERT_TRUE(inEvents.load()) << "the events pass never started";
    ASSERT_TRUE(threw);
    EXPECT_EQ(code, Error::Code::Cancelled);
    for (const char* table : {"crm.users", "crm.products", "crm.product_prices", "crm.orders", "crm.order_items",
                              "crm.events", "crm.events_daily", "crm.channel_spend"})
        EXPECT_EQ(scalar(std::string("SELECT count(*) FROM ") + table), 0) << table;
    EXPECT_EQ(text("SELECT status || ' ' || rows_inserted || ' ' || (finished_at IS NOT NULL) FROM ops.loads "
                   "ORDER BY load_id DESC LIMIT 1"),
              "cancelled 0 true");
}

} // namespace
} // namespace kestrel::core
