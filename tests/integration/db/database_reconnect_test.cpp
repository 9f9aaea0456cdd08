#include "common/error.h"
#include "db/database.h"
#include "test_cluster.h"

#include <gtest/gtest.h>

#include <chrono>

using kestrel::core::ConnectionParams;
using kestrel::core::Database;
using kestrel::core::Error;
using kestrel::core::RetryPolicy;
using kestrel::test::TestCluster;

// Guards the promise that a killed backend does not surface as an error to the caller.
TEST(DatabaseReconnect, SurvivesAKilledBackend)
{
    auto& tc = TestCluster::instance();
    Database db(tc.params());
    int retries = 0;
    db.onRetry = [&](int, std::chrono::milliseconds) { ++retries; };
    db.ping();
    tc.terminateOtherBackends();
    int v = 0;
    ASSERT_NO_THROW(db.read([&](pqxx::work& tx) { v = tx.exec1("SELECT 41 + 1")[0].as<int>(); }));
    EXPECT_EQ(v, 42);
}

TEST(DatabaseReconnect, SurvivesAServerRestart)
{
    auto& tc = TestCluster::instance();
    Database db(tc.params());
    db.ping();
    tc.restart();
    int v = 0;
    ASSERT_NO_THROW(db.read([&](pqxx::work& tx) { v = tx.exec1("SELECT 7")[0].as<int>(); }));
    EXPECT_EQ(v, 7);
}

TEST(DatabaseReconnect, GivesUpWithAClearErrorAfterItsRetries)
{
    auto& tc = TestCluster::instance();
    // Same socket folder, a port nobody listens on.
    auto params = ConnectionParams::fromDsn("host=" + tc.params().host + " port=1 dbname=kestrel user=kestrel");
    RetryPolicy policy;
    policy.attempts = 3;
    policy.firstDelay = std::chrono::milliseconds(10);
    Database db(params, policy);
    int retries = 0;
    db.onRetry = [&](int, std::chrono::milliseconds) { ++retries; };
    try {
        db.ping();
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::ConnectionFailed);
        EXPECT_NE(std::string(e.what()).find("after 3 attempts"), std::string::npos) << e.what();
    }
    EXPECT_EQ(retries, 2);
}

TEST(DatabaseReconnect, ServerErrorsKeepTheirSqlstate)
{
    Database db(TestCluster::instance().params());
    try {
        db.transact([](pqxx::work& tx) { tx.exec0("SELECT * FROM crm.no_such_table"); });
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Sql);
        EXPECT_EQ(e.sqlstate(), "42P01");
    }
}

TEST(DatabaseReconnect, AFailedTransactionWritesNothing)
{
    Database db(TestCluster::instance().params());
    db.transact([](pqxx::work& tx) { tx.exec0("CREATE TABLE IF NOT EXISTS public.half(x int)"); });
    EXPECT_THROW(db.transact([](pqxx::work& tx) {
        tx.exec0("INSERT INTO public.half VALUES (1)");
        tx.exec0("INSERT INTO public.half VALUES ('not a number')");
    }),
                 Error);
    long n = -1;
    db.read([&](pqxx::work& tx) { n = tx.exec1("SELECT count(*) FROM public.half")[0].as<long>(); });
    EXPECT_EQ(n, 0);
}
