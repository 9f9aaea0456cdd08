#include "exports/canonical_value.h"

#include <gtest/gtest.h>

using namespace kestrel::core::canonical;

TEST(CanonicalValue, JsonNumbers)
{
    for (const char* ok : {"0", "-0", "12", "1234.5", "-0.25", "1e3", "1E-7", "2.5e+10"})
        EXPECT_TRUE(isJsonNumber(ok)) << ok;
    for (const char* bad : {"", "-", "01", "1.", ".5", "+1", "1,5", "NaN", "Infinity", "1e", "0x10", " 1"})
        EXPECT_FALSE(isJsonNumber(bad)) << bad;
    EXPECT_DOUBLE_EQ(*toDouble("1234.5"), 1234.5);
    EXPECT_FALSE(toDouble("1e999")); // not finite
}

TEST(CanonicalValue, Booleans)
{
    EXPECT_EQ(toBool("t"), true);
    EXPECT_EQ(toBool("TRUE"), true);
    EXPECT_EQ(toBool("f"), false);
    EXPECT_EQ(toBool("0"), false);
    EXPECT_FALSE(toBool("maybe"));
}

TEST(CanonicalValue, ExcelSerials)
{
    EXPECT_DOUBLE_EQ(*toExcelSerial("1900-03-01"), 61);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01"), 45717);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01 12:00:00"), 45717.5);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01T12:00:00Z"), 45717.5);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01 12:00:00+00"), 45717.5);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01 15:30:00+03:30"), 45717.5);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01 06:00:00-06"), 45717.5);
    EXPECT_DOUBLE_EQ(*toExcelSerial("2025-03-01 12:00"), 45717.5);
    EXPECT_NEAR(*toExcelSerial("2025-03-01 00:00:00.5"), 45717 + 0.5 / 86400, 1e-12);
    for (const char* bad : {"2025-02-29", "2025-13-01", "2025-3-1", "1900-02-28", "infinity", "2025-03-01 24:00:00",
                            "2025-03-01 10:20:30 UTC", "2025-03-01x"})
        EXPECT_FALSE(toExcelSerial(bad)) << bad;
    EXPECT_TRUE(toExcelSerial("2024-02-29"));
}

TEST(CanonicalValue, DisplayWidthCountsCodePoints)
{
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("Иван"), 4u);
}
