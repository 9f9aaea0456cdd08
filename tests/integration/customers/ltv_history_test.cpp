// Historical LTV, cohorts and channel economics against a real PostgreSQL: a hand-made database
// whose every number is worked out below (refunds, cancels, two orders on one day, horizon ends to
// the second, month-end clamping, horizons not yet elapsed, two channels with spend), the rows
// written to ml.user_metrics, an empty database, a stop, and consistency with plain SQL on
// generated data.
#include "common/error.h"
#include "customers/ltv_history.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "sql_probe.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <atomic>
#include <cmath>
#include <limits>
#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

constexpr const char* kCut = "2026-01-01";
constexpr double kTol = 1e-9;

// Users A..I (ids 1..9). Revenue is paid/shipped/delivered; the cut is 2026-01-01 00:00 UTC.
//   A (1, paid_search) first 2024-11-15 12:00: 100 + 50 the same day, 30 in Dec, 20 one second
//     before the 3-month end, 5 exactly at it, a refund, a cancel and a created order (ignored),
//     40 in Aug 2025, 1000 exactly at the 12-month end  → 3m 200, 6m 205, 12m 245.
//   B (2, paid_search) first 2024-11-30 10:00: the 3-month end is clamped to 2025-02-28 10:00;
//     10 before it, 7 after it                             → 3m 90, 6m 97, 12m 97.
//   C (3, email) first 2025-03-10: 60, 15 in May, 25 one second before the cut → 3m 75, 6m 75.
//   D (4, email) first 2025-09-15: 40, 10 in Oct          → 3m 50.
//   E (5, email) first 2025-12-05: 30; I (9, email) first 2025-12-20: 10 → no horizon elapsed.
//   F (6, paid_search) only a refund and a cancel: not a customer (its old LTV row is cleared).
//   G (7, organic) only an order after the cut: not a customer.
//   H (8, paid_search) first 2024-12-01 00:00: 25          → 25, 25, 25.
constexpr const char* kSeed = R"SQL(
INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) VALUES
  (1, 'a@x.io', 'A', 'DE', 'paid_search', 'mobile', '2024-11-01'),
  (2, 'b@x.io', 'B', 'DE', 'paid_search', 'mobile', '2024-11-01'),
  (3, 'c@x.io', 'C', 'DE', 'email', 'mobile', '2025-03-01'),
  (4, 'd@x.io', 'D', 'DE', 'email', 'mobile', '2025-09-01'),
  (5, 'e@x.io', 'E', 'DE', 'email', 'mobile', '2025-12-01'),
  (6, 'f@x.io', 'F', 'DE', 'paid_search', 'mobile', '2024-11-01'),
  (7, 'g@x.io', 'G', 'DE', 'organic', 'mobile', '2025-01-01'),
  (8, 'h@x.io', 'H', 'DE', 'paid_search', 'mobile', '2024-11-20'),
  (9, 'i@x.io', 'I', 'DE', 'email', 'mobile', '2025-12-01');
INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) VALUES
  (101, 1, '2024-11-15 12:00:00+00', 'paid', 100.00),
  (102, 1, '2024-11-15 20:00:00+00', 'delivered', 50.00),
  (103, 1, '2024-12-20 08:00:00+00', 'shipped', 30.00),
  (104, 1, '2025-02-15 11:59:59+00', 'delivered', 20.00),
  (105, 1, '2025-02-15 12:00:00+00', 'delivered', 5.00),
  (106, 1, '2025-03-01 10:00:00+00', 'refunded', 999.00),
  (107, 1, '2025-04-01 10:00:00+00', 'cancelled', 888.00),
  (108, 1, '2025-04-02 10:00:00+00', 'created', 777.00),
  (109, 1, '2025-08-01 10:00:00+00', 'paid', 40.00),
  (110, 1, '2025-11-15 12:00:00+00', 'paid', 1000.00),
  (201, 2, '2024-11-30 10:00:00+00', 'delivered', 80.00),
  (202, 2, '2025-02-28 09:00:00+00', 'delivered', 10.00),
  (203, 2, '2025-02-28 11:00:00+00', 'delivered', 7.00),
  (301, 3, '2025-03-10 00:00:00+00', 'paid', 60.00),
  (302, 3, '2025-05-20 00:00:00+00', 'paid', 15.00),
  (303, 3, '2025-12-31 23:59:59+00', 'paid', 25.00),
  (304, 3, '2026-01-01 00:00:00+00', 'paid', 500.00),
  (401, 4, '2025-09-15 00:00:00+00', 'paid', 40.00),
  (402, 4, '2025-10-02 00:00:00+00', 'paid', 10.00),
  (501, 5, '2025-12-05 00:00:00+00', 'paid', 30.00),
  (601, 6, '2025-01-05 00:00:00+00', 'refunded', 70.00),
  (602, 6, '2025-01-06 00:00:00+00', 'cancelled', 70.00),
  (701, 7, '2026-02-01 00:00:00+00', 'paid', 90.00),
  (801, 8, '2024-12-01 00:00:00+00', 'delivered', 25.00),
  (901, 9, '2025-12-20 00:00:00+00', 'paid', 10.00);
-- Spend: paid_search 300 + 150 + 50 (a month without new customers) = 500; its January 2026 is
-- still running at the cut and does not count. email 20 + 10 + 40 (December ends exactly at the
-- cut) = 70. social spends but has no customers.
INSERT INTO crm.channel_spend (month, channel, spend) VALUES
  ('2024-11-01', 'paid_search', 300.00), ('2024-12-01', 'paid_search', 150.00),
  ('2025-01-01', 'paid_search', 50.00), ('2026-01-01', 'paid_search', 999.00),
  ('2025-03-01', 'email', 20.00), ('2025-09-01', 'email', 10.00), ('2025-12-01', 'email', 40.00),
  ('2025-05-01', 'social', 100.00);
-- F's row from an earlier run: F is no customer now, so its LTV columns must be cleared.
INSERT INTO ml.user_metrics (user_id, first_purchase_at, ltv_3m, ltv_6m, ltv_12m, rfm_segment)
  VALUES (6, '2025-01-05', 70, 70, 70, 'Lost');
)SQL";

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= kTol * std::max(1.0, std::abs(b));
}

#define EXPECT_SAME(a, b) EXPECT_PRED2(same, a, b)

class LtvHistoryTest : public ::testing::Test, protected test::SqlProbe {
protected:
    LtvHistoryTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("TRUNCATE crm.users, crm.orders, crm.order_items, crm.events, crm.channel_spend, ml.user_metrics, "
             "ml.model_runs CASCADE");
    }

    /// Builds (and commits unless the stop text is reached) in one transaction.
    LtvHistory build(const std::string& asOf = kCut, const std::string& stopAt = {})
    {
        std::atomic<bool> stop{false};
        JobContext ctx(
            m_db,
            [&](double, const std::string& t) {
                if (!stopAt.empty() && t == stopAt)
                    stop = true;
            },
            stop);
        LtvHistory out;
        m_db.transact([&](pqxx::work& tx) { out = LtvHistoryBuilder::build(ctx, tx, asOf); });
        return out;
    }
    std::string metricsDigest()
    {
        return text("SELECT coalesce(md5(string_agg(concat_ws(',', user_id, first_purchase_at, ltv_3m, ltv_6m, "
                    "ltv_12m, computed_at), '|' ORDER BY user_id)), 'empty') FROM ml.user_metrics");
    }
    std::string ltvOf(int user)
    {
        return text("SELECT concat_ws('/', coalesce(ltv_3m::text, 'NULL'), coalesce(ltv_6m::text, 'NULL'), "
                    "coalesce(ltv_12m::text, 'NULL')) FROM ml.user_metrics WHERE user_id = " +
                    std::to_string(user));
    }
};

TEST_F(LtvHistoryTest, PerUserValuesAreWrittenAndFormerCustomersCleared)
{
    exec(kSeed);
    const LtvHistory h = build();
    EXPECT_EQ(h.asOf, "2026-01-01 00:00:00+00");
    EXPECT_EQ(h.customers, 7);
    EXPECT_EQ(ltvOf(1), "200.00/205.00/245.00");
    EXPECT_EQ(ltvOf(2), "90.00/97.00/97.00");
    EXPECT_EQ(ltvOf(3), "75.00/75.00/NULL");
    EXPECT_EQ(ltvOf(4), "50.00/NULL/NULL");
    EXPECT_EQ(ltvOf(5), "NULL/NULL/NULL");
    EXPECT_EQ(ltvOf(8), "25.00/25.00/25.00");
    EXPECT_EQ(ltvOf(9), "NULL/NULL/NULL");
    EXPECT_EQ(text("SELECT first_purchase_at = '2024-11-15 12:00+00' FROM ml.user_metrics WHERE user_id = 1"), "t");
    EXPECT_EQ(text("SELECT first_purchase_at = '2024-11-30 10:00+00' FROM ml.user_metrics WHERE user_id = 2"), "t");
    EXPECT_EQ(text("SELECT first_purchase_at = '2025-12-20 00:00+00' FROM ml.user_metrics WHERE user_id = 9"), "t");
    // F is no customer any more: its LTV columns are cleared, its other columns kept.
    EXPECT_EQ(text("SELECT concat_ws('/', first_purchase_at IS NULL, ltv_3m IS NULL, ltv_6m IS NULL, ltv_12m IS NULL, "
                   "rfm_segment) FROM ml.user_metrics WHERE user_id = 6"),
              "t/t/t/t/Lost");
    // G has no row at all: no customer, nothing to clear.
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE user_id = 7"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE first_purchase_at IS NOT NULL"), 7);

    // A second run on unchanged data rewrites nothing.
    const std::string digest = metricsDigest();
    build();
    EXPECT_EQ(metricsDigest(), digest);
}

TEST_F(LtvHistoryTest, HorizonSummariesMatchSql)
{
    exec(kSeed);
    const LtvHistory h = build();
    const std::array<int, 3> months{3, 6, 12};
    const std::array<std::int64_t, 3> customers{5, 4, 3}, excluded{2, 3, 4};
    const std::array<double, 3> totals{440, 402, 367};
    const std::array<double, 3> top{200.0 / 440, 205.0 / 402, 245.0 / 367}; // ceil(n / 10) = 1 customer
    const char* columns[] = {"ltv_3m", "ltv_6m", "ltv_12m"};
    for (std::size_t i = 0; i < 3; ++i) {
        const LtvHorizonSummary& s = h.horizons[i];
        const std::string c = columns[i];
        SCOPED_TRACE(c);
        EXPECT_EQ(s.months, months[i]);
        EXPECT_EQ(s.customers, customers[i]);
        EXPECT_EQ(s.excluded, excluded[i]);
        EXPECT_SAME(s.total, totals[i]);
        EXPECT_SAME(s.mean, real("SELECT avg(" + c + ") FROM ml.user_metrics"));
        auto pct = [&](double p) {
            return real("SELECT percentile_cont(" + std::to_string(p) + ") WITHIN GROUP (ORDER BY " + c +
                        ") FROM ml.user_metrics WHERE " + c + " IS NOT NULL");
        };
        EXPECT_SAME(s.p25, pct(0.25));
        EXPECT_SAME(s.median, pct(0.5));
        EXPECT_SAME(s.p75, pct(0.75));
        EXPECT_SAME(s.p90, pct(0.9));
        EXPECT_SAME(s.p95, pct(0.95));
        EXPECT_SAME(s.p99, pct(0.99));
        EXPECT_SAME(s.top10Share, top[i]);
    }
    // Worked by hand for 3 months (25, 50, 75, 90, 200).
    EXPECT_SAME(h.horizons[0].mean, 88);
    EXPECT_SAME(h.horizons[0].median, 75);
    EXPECT_SAME(h.horizons[0].p90, 156);
    EXPECT_SAME(h.horizons[0].p99, 195.6);

    // Shared buckets: the largest p99 is 12 months' 242.04, so the step is 25 up to 250.
    for (const auto& s : h.horizons) {
        ASSERT_EQ(s.buckets.size(), 11u);
        std::int64_t n = 0;
        for (std::size_t b = 0; b < s.buckets.size(); ++b) {
            EXPECT_SAME(s.buckets[b].lower, 25.0 * static_cast<double>(b));
            n += s.buckets[b].customers;
        }
        EXPECT_TRUE(std::isinf(s.buckets.back().upper));
        EXPECT_SAME(s.buckets[9].upper, 250);
        EXPECT_EQ(n, s.customers);
    }
    const auto& b12 = h.horizons[2].buckets; // 25, 97, 245
    EXPECT_EQ(b12[1].customers, 1);
    EXPECT_EQ(b12[3].customers, 1);
    EXPECT_EQ(b12[9].customers, 1);
    const auto& b3 = h.horizons[0].buckets; // 25, 50, 75, 90, 200
    EXPECT_EQ(b3[1].customers, 1);
    EXPECT_EQ(b3[2].customers, 1);
    EXPECT_EQ(b3[3].customers, 2);
    EXPECT_EQ(b3[8].customers, 1);
}

TEST_F(LtvHistoryTest, CohortCells)
{
    exec(kSeed);
    const CohortTable t = build().cohorts;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ASSERT_EQ(t.months, (std::vector<std::string>{"2024-11", "2024-12", "2025-03", "2025-09", "2025-12"}));
    EXPECT_EQ(t.sizes, (std::vector<std::int64_t>{2, 1, 1, 1, 2}));
    EXPECT_EQ(t.maxOffset, 13); // November 2024 has reached December 2025
    ASSERT_EQ(t.revenuePerCustomer.size(), 5u);
    for (const auto& row : t.revenuePerCustomer)
        ASSERT_EQ(row.size(), 14u);
    // 2024-11 (A, B): 230 | 30 | - | 42 | … | 40 in offset 9 | … | 1000 in offset 12, over 2 customers.
    const std::vector<double> nov{115, 130, 130, 151, 151, 151, 151, 151, 151, 171, 171, 171, 671, 671};
    const std::vector<double> novRet{1, 0.5, 0, 1, 0, 0, 0, 0, 0, 0.5, 0, 0, 0.5, 0};
    for (std::size_t k = 0; k < 14; ++k) {
        EXPECT_SAME(t.revenuePerCustomer[0][k], nov[k]) << k;
        EXPECT_SAME(t.retention[0][k], novRet[k]) << k;
    }
    // 2024-12 (H): 25 throughout, December 2025 (offset 12) is its last complete month.
    EXPECT_SAME(t.revenuePerCustomer[1][12], 25);
    EXPECT_SAME(t.retention[1][0], 1);
    EXPECT_SAME(t.retention[1][1], 0);
    EXPECT_SAME(t.revenuePerCustomer[1][13], nan);
    EXPECT_SAME(t.retention[1][13], nan);
    // 2025-03 (C): 60 | - | 15 | … | 25 in December (offset 9, the order one second before the cut).
    const std::vector<double> mar{60, 60, 75, 75, 75, 75, 75, 75, 75, 100, nan, nan, nan, nan};
    for (std::size_t k = 0; k < 14; ++k)
        EXPECT_SAME(t.revenuePerCustomer[2][k], mar[k]) << k;
    EXPECT_SAME(t.retention[2][2], 1);
    EXPECT_SAME(t.retention[2][9], 1);
    EXPECT_SAME(t.retention[2][10], nan);
    // 2025-09 (D): 40 | 10, complete to December (offset 3).
    EXPECT_SAME(t.revenuePerCustomer[3][0], 40);
    EXPECT_SAME(t.revenuePerCustomer[3][3], 50);
    EXPECT_SAME(t.revenuePerCustomer[3][4], nan);
    EXPECT_SAME(t.retention[3][1], 1);
    EXPECT_SAME(t.retention[3][2], 0);
    // 2025-12 (E, I): only its own month, which ended exactly at the cut.
    EXPECT_SAME(t.revenuePerCustomer[4][0], 20);
    EXPECT_SAME(t.retention[4][0], 1);
    EXPECT_SAME(t.revenuePerCustomer[4][1], nan);
}

TEST_F(LtvHistoryTest, ChannelCurvesCacAndPayback)
{
    exec(kSeed);
    const LtvHistory h = build();
    ASSERT_EQ(h.channels.size(), 2u); // organic and social have no customers
    const ChannelLtv& email = h.channels[0];
    const ChannelLtv& paid = h.channels[1];
    EXPECT_EQ(email.channel, "email");
    EXPECT_EQ(email.customers, 4);
    EXPECT_EQ(paid.channel, "paid_search");
    EXPECT_EQ(paid.customers, 3);

    // paid_search: cohorts 2024-11 (A, B; complete to offset 13) and 2024-12 (H; to offset 12).
    const std::vector<double> paidCurve{255.0 / 3, 285.0 / 3, 285.0 / 3, 327.0 / 3, 327.0 / 3, 327.0 / 3,  327.0 / 3,
                                        327.0 / 3, 327.0 / 3, 367.0 / 3, 367.0 / 3, 367.0 / 3, 1367.0 / 3, 1342.0 / 2};
    ASSERT_EQ(paid.curve.size(), paidCurve.size());
    for (std::size_t k = 0; k < paidCurve.size(); ++k)
        EXPECT_SAME(paid.curve[k], paidCurve[k]) << k;
    EXPECT_SAME(paid.ltv3, 105);
    EXPECT_SAME(paid.ltv6, 109);
    EXPECT_SAME(paid.ltv12, 367.0 / 3);
    EXPECT_SAME(paid.spend, 500);
    EXPECT_EQ(paid.spendCustomers, 3);
    EXPECT_SAME(paid.cac, 500.0 / 3);
    EXPECT_EQ(paid.paybackMonth, 12);

    // email: C (to offset 9), D (to 3), E and I (offset 0 only).
    const std::vector<double> emailCurve{35, 55, 62.5, 62.5, 75, 75, 75, 75, 75, 100};
    ASSERT_EQ(email.curve.size(), emailCurve.size());
    for (std::size_t k = 0; k < emailCurve.size(); ++k)
        EXPECT_SAME(email.curve[k], emailCurve[k]) << k;
    EXPECT_SAME(email.ltv3, 62.5);
    EXPECT_SAME(email.ltv6, 75);
    EXPECT_TRUE(std::isnan(email.ltv12));
    EXPECT_SAME(email.spend, 70);
    EXPECT_EQ(email.spendCustomers, 4);
    EXPECT_SAME(email.cac, 17.5);
    EXPECT_EQ(email.paybackMonth, 0);

    // The JSON: NaN is null, never NaN; the ratio only with a CAC.
    const QJsonObject json = ltvHistoryJson(h);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    EXPECT_EQ(bytes.indexOf("nan"), -1);
    EXPECT_EQ(bytes.indexOf("inf"), -1);
    EXPECT_EQ(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-01 00:00:00+00"));
    const QJsonArray channels = json.value(QStringLiteral("channels")).toArray();
    ASSERT_EQ(channels.size(), 2);
    const QJsonObject e = channels[0].toObject();
    EXPECT_TRUE(e.value(QStringLiteral("ltv_12m")).isNull());
    EXPECT_TRUE(e.value(QStringLiteral("ltv_cac_12m")).isNull());
    EXPECT_EQ(e.value(QStringLiteral("payback_month")).toInt(), 0);
    const QJsonObject p = channels[1].toObject();
    EXPECT_NEAR(p.value(QStringLiteral("ltv_cac_12m")).toDouble(), (367.0 / 3) / (500.0 / 3), 1e-12);
    EXPECT_EQ(p.value(QStringLiteral("spend_customers")).toInt(), 3);
    const QJsonObject h12 = json.value(QStringLiteral("horizons")).toArray()[2].toObject();
    EXPECT_EQ(h12.value(QStringLiteral("months")).toInt(), 12);
    EXPECT_EQ(h12.value(QStringLiteral("excluded")).toInt(), 4);
    const QJsonArray buckets = h12.value(QStringLiteral("buckets")).toArray();
    EXPECT_TRUE(buckets.last().toObject().value(QStringLiteral("upper")).isNull());
    const QJsonObject cohorts = json.value(QStringLiteral("cohorts")).toObject();
    EXPECT_EQ(cohorts.value(QStringLiteral("max_offset")).toInt(), 13);
    const QJsonArray lastRow = cohorts.value(QStringLiteral("revenue_per_customer")).toArray().last().toArray();
    EXPECT_EQ(lastRow[0].toDouble(), 20.0);
    EXPECT_TRUE(lastRow[1].isNull());
}

TEST_F(LtvHistoryTest, DefaultCutIsTheDayAfterTheLastOrder)
{
    exec(kSeed);
    // The last order of any status is G's, 2026-02-01 00:00: the cut is 2026-02-02 00:00 UTC.
    const LtvHistory h = build("");
    EXPECT_EQ(h.asOf, "2026-02-02 00:00:00+00");
    EXPECT_EQ(h.customers, 8);               // G's order now counts
    EXPECT_EQ(ltvOf(3), "75.00/75.00/NULL"); // C's order at 2026-01-01 falls after its 6-month end
    EXPECT_EQ(ltvOf(7), "NULL/NULL/NULL");
}

TEST_F(LtvHistoryTest, EmptyDatabaseOrBadCutWritesNothing)
{
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
         "VALUES (6, 'f@x.io', 'F', 'DE', 'social', 'mobile', '2025-01-01')");
    exec("INSERT INTO ml.user_metrics (user_id, first_purchase_at, ltv_3m) VALUES (6, '2025-01-05', 70)");
    const std::string digest = metricsDigest();
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { build(""); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
    EXPECT_EQ(errorCodeOf([&] { build(kCut); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("no customer"), std::string::npos) << message;
    EXPECT_EQ(metricsDigest(), digest);
    // Orders that bring no revenue make no customer either.
    exec("INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) "
         "VALUES (1, 6, '2025-02-01', 'refunded', 10), (2, 6, '2025-02-02', 'cancelled', 10)");
    EXPECT_EQ(errorCodeOf([&] { build(""); }, &message), Error::Code::InvalidArgument);
    EXPECT_EQ(errorCodeOf([&] { build("the day after tomorrow"); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("not a valid date"), std::string::npos) << message;
    EXPECT_EQ(metricsDigest(), digest);
}

TEST_F(LtvHistoryTest, AStopRollsEverythingBack)
{
    exec(kSeed);
    const std::string digest = metricsDigest();
    for (const char* at : {"Finding the customers", "Summarising cohorts and channels", "Writing customers' LTV"}) {
        EXPECT_EQ(errorCodeOf([&] { build(kCut, at); }), Error::Code::Cancelled) << at;
        EXPECT_EQ(metricsDigest(), digest) << at;
    }
    // The connection is still good afterwards.
    EXPECT_EQ(build().customers, 7);
}

// Generated data: the builder agrees with plain SQL on every customer and on the summaries.
TEST_F(LtvHistoryTest, GeneratedDataAgreesWithSql)
{
    SynthOptions o;
    o.users = 400;
    o.products = 60;
    o.days = 540;
    o.seed = 11;
    o.endDate = "2026-05-01";
    o.replace = true;
    {
        runJobHere(m_db, [&](JobContext& ctx) { SynthGenerator(o).run(ctx); }, nullptr);
    }
    const LtvHistory h = build("");
    // The day after the last generated order.
    EXPECT_EQ(h.asOf, text("SELECT to_char(max(created_at) AT TIME ZONE 'UTC' + interval '1 day', 'YYYY-MM-DD') "
                           "|| ' 00:00:00+00' FROM crm.orders"));
    std::string sql = R"SQL(
        WITH f AS (SELECT user_id, min(created_at) AS first_at FROM crm.orders
                    WHERE status IN ('paid', 'shipped', 'delivered') AND created_at < '2026-05-02 00:00+00'
                    GROUP BY user_id),
        e AS (SELECT user_id, first_at, ((first_at AT TIME ZONE 'UTC') + interval '3 months') AT TIME ZONE 'UTC' AS e3,
                     ((first_at AT TIME ZONE 'UTC') + interval '6 months') AT TIME ZONE 'UTC' AS e6,
                     ((first_at AT TIME ZONE 'UTC') + interval '12 months') AT TIME ZONE 'UTC' AS e12 FROM f),
        v AS (SELECT e.user_id, e.first_at,
                     CASE WHEN e.e3 <= '2026-05-02 00:00+00' THEN sum(o.total_amount) FILTER (WHERE o.created_at < e.e3) END AS l3,
                     CASE WHEN e.e6 <= '2026-05-02 00:00+00' THEN sum(o.total_amount) FILTER (WHERE o.created_at < e.e6) END AS l6,
                     CASE WHEN e.e12 <= '2026-05-02 00:00+00' THEN sum(o.total_amount) FILTER (WHERE o.created_at < e.e12) END AS l12
                FROM e JOIN crm.orders o ON o.user_id = e.user_id
               WHERE o.status IN ('paid', 'shipped', 'delivered') AND o.created_at < '2026-05-02 00:00+00'
               GROUP BY e.user_id, e.first_at, e.e3, e.e6, e.e12)
    )SQL";
    for (std::size_t at; (at = sql.find("2026-05-02 00:00+00")) != std::string::npos;)
        sql.replace(at, 19, h.asOf);
    EXPECT_EQ(h.customers, scalar(sql + "SELECT count(*) FROM v"));
    EXPECT_EQ(scalar(sql + "SELECT count(*) FROM v FULL JOIN ml.user_metrics m USING (user_id) "
                           "WHERE (v.first_at, v.l3, v.l6, v.l12) IS DISTINCT FROM "
                           "(m.first_purchase_at, m.ltv_3m, m.ltv_6m, m.ltv_12m)"),
              0);
    ASSERT_GT(h.horizons[2].customers, 20) << "the generated history should have customers a year old";
    EXPECT_EQ(h.horizons[2].customers, scalar(sql + "SELECT count(l12) FROM v"));
    EXPECT_NEAR(h.horizons[2].mean, real(sql + "SELECT avg(l12) FROM v"), 1e-9);
    EXPECT_NEAR(h.horizons[0].mean, real(sql + "SELECT avg(l3) FROM v"), 1e-9);
    EXPECT_NEAR(h.horizons[1].median, real(sql + "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY l6) FROM v"),
                1e-9);

    std::int64_t cohortCustomers = 0, channelCustomers = 0;
    for (const auto n : h.cohorts.sizes)
        cohortCustomers += n;
    for (const auto& c : h.channels)
        channelCustomers += c.customers;
    EXPECT_EQ(cohortCustomers, h.customers);
    EXPECT_EQ(channelCustomers, h.customers);
    EXPECT_EQ(scalar(sql + "SELECT count(DISTINCT date_trunc('month', first_at AT TIME ZONE 'UTC')) FROM v"),
              static_cast<long long>(h.cohorts.months.size()));
    // The generator writes spend for every paid channel, so each has a CAC; organic has none.
    for (const auto& c : h.channels) {
        SCOPED_TRACE(c.channel);
        EXPECT_EQ(std::isnan(c.cac), c.channel == "organic");
        ASSERT_FALSE(c.curve.empty());
        EXPECT_GT(c.curve[0], 0);
    }
}

} // namespace
} // namespace kestrel::core
