#include "db/copy_stream.h"

#include <gtest/gtest.h>

using kestrel::core::CopyStream;

TEST(CopyStream, EscapesCopyTextSpecials)
{
    std::string out;
    CopyStream::escape(out, "a\tb\nc\\d\re");
    EXPECT_EQ(out, "a\\tb\\nc\\\\d\\re");
}

TEST(CopyStream, LeavesPlainAndUtf8TextAlone)
{
    std::string out = "x";
    CopyStream::escape(out, "Привет, world");
    EXPECT_EQ(out, "xПривет, world");
}
