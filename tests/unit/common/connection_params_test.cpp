#include "common/error.h"
#include "db/connection_params.h"

#include <gtest/gtest.h>

using kestrel::core::ConnectionParams;
using kestrel::core::Error;

TEST(ConnectionParams, ParsesKeyValueDsn)
{
    auto p = ConnectionParams::fromDsn("host=/tmp/k/run port=5433 dbname=kestrel user=alice password=s3cret");
    EXPECT_EQ(p.host, "/tmp/k/run");
    EXPECT_EQ(p.port, "5433");
    EXPECT_EQ(p.dbname, "kestrel");
    EXPECT_EQ(p.user, "alice");
    EXPECT_EQ(p.password, "s3cret");
    EXPECT_FALSE(p.embedded);
}

TEST(ConnectionParams, ParsesUri)
{
    auto p = ConnectionParams::fromDsn("postgresql://bob:pw@db.example:6000/sales", true);
    EXPECT_EQ(p.host, "db.example");
    EXPECT_EQ(p.port, "6000");
    EXPECT_EQ(p.dbname, "sales");
    EXPECT_EQ(p.user, "bob");
    EXPECT_TRUE(p.embedded);
}

TEST(ConnectionParams, RejectsMalformedDsnWithReadableError)
{
    try {
        ConnectionParams::fromDsn("host=x bogus_option=1");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("bogus_option"), std::string::npos) << e.what();
    }
}

TEST(ConnectionParams, RedactsPasswordsInBothForms)
{
    EXPECT_EQ(ConnectionParams::fromDsn("host=h password=topsecret user=u").redactedDsn(), "host=h password=*** user=u");
    EXPECT_EQ(ConnectionParams::fromDsn("postgresql://u:topsecret@h/db").redactedDsn(), "postgresql://u:***@h/db");
}
