#include "db/migrator.h"

#include <gtest/gtest.h>

using kestrel::core::Migrator;

TEST(Migrator, CompiledInMigrationsAreNumberedFromOneWithoutGaps)
{
    const auto all = Migrator::available();
    ASSERT_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].version, static_cast<int>(i + 1)) << all[i].name;
        EXPECT_FALSE(all[i].sql.empty()) << all[i].name;
    }
    EXPECT_EQ(all.front().name, "0001_foundation.sql");
    EXPECT_NE(all.front().sql.find("CREATE TABLE crm.events"), std::string::npos);
}
