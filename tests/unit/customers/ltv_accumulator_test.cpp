// LtvAccumulator without a database: the calendar arithmetic it does on every order (with
// PostgreSQL's meaning), horizons to the microsecond, cohorts, channel curves and the buckets.
#include "customers/ltv_accumulator.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kestrel::core {
namespace {

std::int64_t at(const char* text)
{
    std::int64_t micros = 0;
    EXPECT_TRUE(ltvtime::parseTimestamp(text, micros)) << text;
    return micros;
}

TEST(LtvTime, ParsesAndFormatsUtcTimestamps)
{
    EXPECT_EQ(at("1970-01-01 00:00:00"), 0);
    EXPECT_EQ(at("2024-02-29 23:59:59.5"), at("2024-02-29 23:59:59") + 500'000);
    EXPECT_EQ(ltvtime::formatTimestamp(at("2024-02-29 23:59:59.000001")), "2024-02-29 23:59:59.000001+00");
    EXPECT_EQ(ltvtime::formatTimestamp(at("1969-12-31 23:00:00")), "1969-12-31 23:00:00+00");
    std::int64_t ignored = 0;
    for (const char* bad : {"2025-02-29 00:00:00", "2025-01-01", "2025-01-01 24:00:00", "2025-01-01 10:00:00.1234567",
                            "2025-01-01 10:00:00+00", "2025-01-01T10:00:00"})
        EXPECT_FALSE(ltvtime::parseTimestamp(bad, ignored)) << bad;
}

TEST(LtvTime, AddsMonthsAsPostgresDoes)
{
    // The day is clamped to the target month's end; the time of day is kept.
    EXPECT_EQ(ltvtime::addMonths(at("2024-11-30 10:00:00"), 3), at("2025-02-28 10:00:00"));
    EXPECT_EQ(ltvtime::addMonths(at("2023-11-30 10:00:00"), 3), at("2024-02-29 10:00:00"));
    EXPECT_EQ(ltvtime::addMonths(at("2025-01-31 23:59:59.25"), 1), at("2025-02-28 23:59:59.25"));
    EXPECT_EQ(ltvtime::addMonths(at("2024-11-15 12:00:00"), 12), at("2025-11-15 12:00:00"));
    EXPECT_EQ(ltvtime::monthIndex(at("2025-03-31 23:59:59")), 2025 * 12 + 2);
    EXPECT_EQ(ltvtime::monthText(2025 * 12 + 11), "2025-12");
}

TEST(LtvTime, ParsesCents)
{
    std::int64_t c = 0;
    EXPECT_TRUE(ltvtime::parseCents("1234.56", c));
    EXPECT_EQ(c, 123456);
    EXPECT_TRUE(ltvtime::parseCents("7", c));
    EXPECT_EQ(c, 700);
    EXPECT_TRUE(ltvtime::parseCents("0.5", c));
    EXPECT_EQ(c, 50);
    EXPECT_FALSE(ltvtime::parseCents("", c));
    EXPECT_FALSE(ltvtime::parseCents("12a", c));
}

TEST(LtvAccumulator, HorizonsCohortsAndCurves)
{
    LtvAccumulator acc(at("2025-07-01 00:00:00"));
    const int web = acc.channelIndex("web");
    // Customer 1: 10 on Jan 31, 5 on Apr 30 (the 3-month end is clamped to Apr 30 10:00), 7 at it.
    acc.add(1, web, at("2025-01-31 10:00:00"), 1000);
    acc.add(1, web, at("2025-04-30 09:59:59"), 500);
    acc.add(1, web, at("2025-04-30 10:00:00"), 700);
    // Customer 2: one order in June, no horizon elapsed.
    acc.add(2, acc.channelIndex("shop"), at("2025-06-10 00:00:00"), 300);
    acc.finish();
    ASSERT_EQ(acc.customers().size(), 2u);
    // Its 6-month end, Jul 31, is after the cut.
    EXPECT_EQ(acc.customers()[0].cents, (std::array<std::int64_t, 3>{1500, -1, -1}));
    EXPECT_EQ(acc.customers()[1].cents, (std::array<std::int64_t, 3>{-1, -1, -1}));

    const LtvHistory h = acc.result({{2025 * 12, "web", 2000}, {2025 * 12 + 1, "web", 1000}});
    EXPECT_EQ(h.customers, 2);
    EXPECT_EQ(h.horizons[0].customers, 1);
    EXPECT_EQ(h.horizons[0].excluded, 1);
    EXPECT_DOUBLE_EQ(h.horizons[0].median, 15);
    EXPECT_TRUE(std::isnan(h.horizons[2].mean));
    EXPECT_TRUE(std::isnan(h.horizons[2].top10Share));
    EXPECT_EQ(h.cohorts.months, (std::vector<std::string>{"2025-01", "2025-06"}));
    EXPECT_EQ(h.cohorts.maxOffset, 5); // January has reached June, which ended at the cut
    EXPECT_DOUBLE_EQ(h.cohorts.revenuePerCustomer[0][3], 22);
    EXPECT_DOUBLE_EQ(h.cohorts.retention[0][3], 1);
    EXPECT_DOUBLE_EQ(h.cohorts.retention[0][2], 0);
    EXPECT_DOUBLE_EQ(h.cohorts.revenuePerCustomer[1][0], 3);
    EXPECT_TRUE(std::isnan(h.cohorts.revenuePerCustomer[1][1])); // July has not ended
    ASSERT_EQ(h.channels.size(), 2u);
    const ChannelLtv& w = h.channels[1].channel == "web" ? h.channels[1] : h.channels[0];
    EXPECT_EQ(w.curve, (std::vector<double>{10, 10, 10, 22, 22, 22}));
    EXPECT_DOUBLE_EQ(w.spend, 30);
    EXPECT_EQ(w.spendCustomers, 1);
    EXPECT_DOUBLE_EQ(w.cac, 30);
    EXPECT_EQ(w.paybackMonth, -1);
}

TEST(LtvAccumulator, BucketEdgesAreNiceAndShared)
{
    LtvAccumulator acc(at("2026-01-01 00:00:00"));
    const int c = acc.channelIndex("x");
    for (int i = 1; i <= 100; ++i) // 0.30 … 30.00 over the first 3 months
        acc.add(i, c, at("2024-01-01 00:00:00"), 30 * i);
    acc.finish();
    const LtvHistory h = acc.result({});
    const auto& b = h.horizons[0].buckets;
    ASSERT_FALSE(b.empty());
    EXPECT_EQ(b.front().lower, 0);
    EXPECT_TRUE(std::isinf(b.back().upper));
    EXPECT_LE(b.size(), 13u);
    EXPECT_DOUBLE_EQ(b[1].lower, 3); // p99 29.7 / 11 = 2.7 → step 3, edges 0 … 30
    EXPECT_EQ(b.size(), 11u);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        n += b[i].customers;
        EXPECT_EQ(h.horizons[2].buckets[i].lower, b[i].lower);
    }
    EXPECT_EQ(n, 100);
}

} // namespace
} // namespace kestrel::core
