#include "common/error.h"
#include "db/database.h"
#include "db/migrator.h"
#include "test_cluster.h"

#include <gtest/gtest.h>

using kestrel::core::Database;
using kestrel::core::Error;
using kestrel::core::Migrator;
using kestrel::test::TestCluster;

namespace {
Database& db()
{
    static Database d(TestCluster::instance().params());
    return d;
}
std::string sqlstateOf(const std::string& sql)
{
    try {
        db().transact([&](pqxx::work& tx) { tx.exec0(sql); });
    } catch (const Error& e) {
        return e.sqlstate();
    }
    return "ok";
}
}  // namespace

TEST(Schema, MigrationsAreRecordedAndIdempotent)
{
    Migrator m(db());
    EXPECT_TRUE(m.migrate().empty()) << "the harness already migrated";
    const auto versions = m.appliedVersions();
    ASSERT_EQ(versions.size(), Migrator::available().size());
    EXPECT_EQ(versions.front(), 1);
}

TEST(Schema, BlueprintSchemasExist)
{
    long n = 0;
    db().read([&](pqxx::work& tx) {
        n = tx.exec1("SELECT count(*) FROM pg_namespace WHERE nspname IN ('crm','ml','aff','fin','conv','ops','api')")[0]
                .as<long>();
    });
    EXPECT_EQ(n, 7);
}

TEST(Schema, KeysAreNamedAsTheSeedsNameThem)
{
    std::map<std::string, std::string> pk;
    db().read([&](pqxx::work& tx) {
        for (const auto& row : tx.exec(R"(
            SELECT c.conrelid::regclass::text, string_agg(a.attname, ',' ORDER BY a.attnum)
              FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
             WHERE c.contype = 'p' AND c.connamespace = 'crm'::regnamespace AND NOT c.conrelid::regclass::text LIKE 'crm.events_2%'
             GROUP BY 1)"))
            pk[row[0].c_str()] = row[1].c_str();
    });
    EXPECT_EQ(pk["users"], "user_id");
    EXPECT_EQ(pk["products"], "product_id");
    EXPECT_EQ(pk["orders"], "order_id");
    EXPECT_EQ(pk["events"], "event_id,occurred_at");
    EXPECT_EQ(pk["order_items"], "order_id,line_no");
}

TEST(Schema, ConstraintsRejectBadRows)
{
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.orders(order_id,user_id,created_at,status,total_amount) "
                         "VALUES (1, 999999, now(), 'paid', 10)"),
              "23503") << "order for a missing user";
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.users(user_id,email,full_name,country,acquisition_channel,device,created_at) "
                         "VALUES (1,'a@b','A','xx','organic','mobile',now())"),
              "23514") << "lower-case country code";
    ASSERT_EQ(sqlstateOf("INSERT INTO crm.products(product_id,sku,name,category,base_price,created_at) "
                         "VALUES (900001,'SKU-T','T','test',10,now())"),
              "ok");
    ASSERT_EQ(sqlstateOf("INSERT INTO crm.product_prices VALUES (900001,'2026-01-01','2026-02-01',10)"), "ok");
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.product_prices VALUES (900001,'2026-01-15','2026-03-01',12)"), "23P01")
        << "overlapping price periods";
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.products(product_id,sku,name,category,base_price,created_at) "
                         "VALUES (900002,'SKU-U','U','test',-1,now())"),
              "23514") << "negative price";
}

TEST(Schema, EventPartitionsAreMadeOnDemand)
{
    int made = -1, again = -1;
    long parts = 0;
    db().transact([&](pqxx::work& tx) {
        made = tx.exec1("SELECT crm.ensure_event_partitions('2031-01-15', '2031-03-02')")[0].as<int>();
        again = tx.exec1("SELECT crm.ensure_event_partitions('2031-02-01', '2031-03-31')")[0].as<int>();
        parts = tx.exec1("SELECT count(*) FROM pg_inherits WHERE inhparent = 'crm.events'::regclass "
                         "AND inhrelid::regclass::text LIKE 'events_2031%'")[0]
                    .as<long>();
    });
    EXPECT_EQ(made, 3);
    EXPECT_EQ(again, 0);
    EXPECT_EQ(parts, 3);
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.events(event_id,user_id,session_id,event_type,occurred_at) "
                         "VALUES (1, 424242, 1, 'page_view', '2031-01-20')"),
              "23503") << "event for a missing user";
    EXPECT_EQ(sqlstateOf("INSERT INTO crm.events(event_id,user_id,session_id,event_type,occurred_at) "
                         "VALUES (1, 1, 1, 'page_view', '2040-01-20')"),
              "23514") << "no partition for that month";
}

// Guards the activity roll-up behind the dashboard's active-user tiles: for any day range it must
// count exactly the users a distinct over crm.events counts, across month boundaries too.
TEST(Schema, ActivityRollupCountsDistinctActiveUsersExactly)
{
    db().transact([](pqxx::work& tx) {
        tx.exec0("INSERT INTO crm.users(user_id,email,full_name,country,acquisition_channel,device,created_at) "
                 "SELECT 700000 + g, 'r' || g || '@x.io', 'R', 'DE', 'organic', 'mobile', '2032-01-01' "
                 "FROM generate_series(1, 40) g");
        tx.exec("SELECT crm.ensure_event_partitions('2032-01-01', '2032-06-30')");
        // User g is active on days g*2 and g*3 after Jan 20: some in Jan, some in Feb, a few in Mar/Apr.
        tx.exec0("INSERT INTO crm.events(event_id,user_id,session_id,event_type,occurred_at) "
                 "SELECT 9000000 + g * 10 + k, 700000 + g, 1, 'page_view', "
                 "       timestamptz '2032-01-20 23:30:00+00' + (g * (k + 1)) * interval '1 day' "
                 "FROM generate_series(1, 40) g, generate_series(1, 2) k");
        tx.exec("SELECT crm.refresh_events_daily('2032-01-01', '2032-06-30')");
    });
    const std::vector<std::pair<std::string, std::string>> ranges = {
        {"2032-01-01", "2032-01-31"}, {"2032-01-25", "2032-02-05"}, {"2032-02-10", "2032-03-15"},
        {"2032-01-22", "2032-01-22"}, {"2032-03-01", "2032-04-30"}, {"2031-12-01", "2032-01-20"},
        // longer than the two months one row covers: the de-duplicating path
        {"2032-01-05", "2032-04-10"}, {"2032-01-25", "2032-03-05"}, {"2031-11-01", "2032-06-30"}};
    for (const auto& [from, to] : ranges) {
        long rollup = -1, direct = -2;
        db().read([&](pqxx::work& tx) {
            rollup = tx.exec_params1("SELECT crm.active_users($1::date, $2::date)", from, to)[0].as<long>();
            direct = tx.exec_params1("SELECT count(DISTINCT user_id) FROM crm.events "
                                     "WHERE occurred_at >= $1::timestamp AT TIME ZONE 'UTC' "
                                     "AND occurred_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC' "
                                     "AND user_id > 700000",
                                     from, to)[0]
                         .as<long>();
        });
        EXPECT_EQ(rollup, direct) << from << ".." << to;
    }
    long nonzero = 0;
    db().read([&](pqxx::work& tx) {
        nonzero = tx.exec1("SELECT crm.active_users('2032-01-25', '2032-02-05')")[0].as<long>();
    });
    EXPECT_GT(nonzero, 5) << "the test data must exercise the roll-up";
}
