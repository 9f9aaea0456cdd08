#include "common/error.h"
#include "db/database.h"
#include "db/local_cluster.h"
#include "test_cluster.h"

#include <gtest/gtest.h>

#include <fstream>
#include <unistd.h>

using kestrel::core::Database;
using kestrel::core::Error;
using kestrel::core::LocalCluster;
using kestrel::test::TestCluster;

TEST(LocalClusterIntegration, RunsOnItsSocketAndAnswers)
{
    auto& tc = TestCluster::instance();
    ASSERT_TRUE(tc.cluster().isRunning());
    Database db(tc.params());
    EXPECT_EQ(db.serverVersion().substr(0, 3), "15.");
    std::string listen;
    db.read([&](pqxx::work& tx) { listen = tx.exec1("SHOW listen_addresses")[0].c_str(); });
    EXPECT_EQ(listen, "") << "the embedded cluster must not open TCP";
}

TEST(LocalClusterIntegration, SecondStartIsRefusedAndDoesNotHurtTheRunningServer)
{
    auto& tc = TestCluster::instance();
    const auto pid = tc.cluster().runningPid();
    LocalCluster again(tc.cluster().root());
    try {
        again.start();
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::ClusterState);
        EXPECT_NE(std::string(e.what()).find("already running"), std::string::npos) << e.what();
    }
    EXPECT_EQ(tc.cluster().runningPid(), pid);
    Database db(tc.params());
    EXPECT_NO_THROW(db.ping());
    EXPECT_FALSE(again.ensureRunning()) << "ensureRunning must not start a second server";
}

TEST(LocalClusterIntegration, SocketHeldByAnotherProcessIsReported)
{
    auto& tc = TestCluster::instance();
    // A second cluster folder whose socket lock is held by a live process (this test).
    LocalCluster::Options opts;
    opts.port = 5999;
    opts.fastUnsafe = true;
    const auto root = tc.cluster().root() / "other";
    LocalCluster other(root, opts);
    other.init();
    {
        std::ofstream lock(other.socketDir() / ".s.PGSQL.5999.lock");
        lock << ::getpid() << "\n";
    }
    try {
        other.start();
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("in use"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(other.isRunning());
}

TEST(LocalClusterIntegration, StopsAndStartsAgainKeepingData)
{
    auto& tc = TestCluster::instance();
    {
        Database db(tc.params());
        db.transact([](pqxx::work& tx) {
            tx.exec0("CREATE TABLE IF NOT EXISTS public.keepme(x int)");
            tx.exec0("INSERT INTO public.keepme VALUES (7)");
        });
    }
    tc.restart();
    Database db(tc.params());
    int x = 0;
    db.read([&](pqxx::work& tx) { x = tx.exec1("SELECT sum(x) FROM public.keepme")[0].as<int>(); });
    EXPECT_EQ(x, 7);
}
