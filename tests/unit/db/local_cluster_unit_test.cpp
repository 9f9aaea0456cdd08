#include "common/error.h"
#include "db/local_cluster.h"

#include <gtest/gtest.h>

using kestrel::core::Error;
using kestrel::core::LocalCluster;

TEST(LocalCluster, DsnPointsAtItsOwnSocketFolder)
{
    LocalCluster::Options opts;
    opts.port = 6543;
    LocalCluster c("/tmp/kestrel-unit-x", opts);
    EXPECT_EQ(c.socketDir(), "/tmp/kestrel-unit-x/run");
    EXPECT_EQ(c.dsn(), "host=/tmp/kestrel-unit-x/run port=6543 dbname=kestrel user=kestrel");
    EXPECT_FALSE(c.initialized());
    EXPECT_FALSE(c.isRunning());
}

TEST(LocalCluster, UnwritableDataFolderIsAClearError)
{
    // A folder under a regular file cannot be created, whether we are root or not.
    LocalCluster c("/dev/null/kestrel");
    try {
        c.init();
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Io);
        EXPECT_NE(std::string(e.what()).find("/dev/null/kestrel"), std::string::npos) << e.what();
    }
}

TEST(LocalCluster, StoppingAClusterThatDoesNotRunIsAnError)
{
    LocalCluster c("/tmp/kestrel-unit-never-created");
    EXPECT_THROW(c.stop(), Error);
}

TEST(LocalCluster, RejectsPortOutOfRange)
{
    LocalCluster::Options opts;
    opts.port = 70000;
    EXPECT_THROW(LocalCluster("/tmp/kestrel-unit-y", opts), Error);
}
