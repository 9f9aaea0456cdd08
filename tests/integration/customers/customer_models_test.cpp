// Customer features, RFM and k-means segments against a real PostgreSQL holding a small generated
// database: features equal independent SQL, the as-of cut is honoured, results are written and
// reproducible, and bad input or a cancel leaves the stored scores untouched.
#include "common/error.h"
#include "customers/feature_builder.h"
#include "customers/rfm_service.h"
#include "customers/segmentation_service.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "synth/synth_generator.h"
#include "sql_probe.h"
#include "test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <atomic>
#include <cmath>
#include <set>
#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

constexpr const char* kEndDate = "2026-05-01";
constexpr const char* kAsOf = "2026-03-15";
constexpr const char* kAsOfSql = "'2026-03-15 00:00:00+00'::timestamptz";

class CustomerModelsTest : public ::testing::Test, protected test::SqlProbe {
protected:
    CustomerModelsTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("TRUNCATE ml.segments, ml.user_metrics, ml.model_runs CASCADE");
        SynthOptions o;
        o.users = 400;
        o.products = 60;
        o.days = 180;
        o.seed = 11;
        o.endDate = kEndDate;
        o.replace = true;
        runJobHere(m_db, [&](JobContext& ctx) { SynthGenerator(o).run(ctx); }, nullptr);
    }


    CustomerFeatures features(const std::string& asOf = kAsOf, int batch = 37)
    {
        std::atomic<bool> stop{false};
        JobContext ctx(m_db, {}, stop);
        return FeatureBuilder::build(ctx, asOf, batch);
    }
    RfmReport rfm(const std::string& asOf = kAsOf, const std::string& stopAt = {})
    {
        RfmOptions o;
        o.asOf = asOf;
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return RfmService::run(ctx, o); });
    }
    SegmentationReport segments(SegmentationOptions o, const std::string& stopAt = {})
    {
        if (o.asOf.empty())
            o.asOf = kAsOf;
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return SegmentationService::run(ctx, o); });
    }
    static SegmentationOptions withK(int k, std::uint64_t seed = 5)
    {
        SegmentationOptions o;
        o.k = k;
        o.seed = seed;
        return o;
    }
    /// A digest of every model column of ml.user_metrics.
    std::string metricsDigest()
    {
        return text("SELECT coalesce(md5(string_agg(concat_ws(',', user_id, rfm_recency_days, rfm_frequency, "
                    "rfm_monetary, rfm_r, rfm_f, rfm_m, rfm_segment, rfm_run_id, segment_id, segment_run_id), '|' "
                    "ORDER BY user_id)), 'empty') FROM ml.user_metrics");
    }

};

TEST_F(CustomerModelsTest, FeaturesEqualIndependentSql)
{
    const CustomerFeatures f = features();
    ASSERT_EQ(f.rows(), scalar(std::string("SELECT count(*) FROM crm.users WHERE created_at < ") + kAsOfSql));
    ASSERT_EQ(f.names, FeatureBuilder::featureNames());
    ASSERT_EQ(f.values.cols(), static_cast<Eigen::Index>(f.names.size()));
    for (std::size_t i = 1; i < f.userIds.size(); ++i)
        ASSERT_LT(f.userIds[i - 1], f.userIds[i]);

    // Two repeat buyers, one single-order buyer, one user without orders, one bot user if any.
    const std::string paid = "status IN ('paid','shipped','delivered') AND created_at < " + std::string(kAsOfSql);
    std::vector<long long> picks;
    for (const std::string& sql :
         {"SELECT user_id FROM crm.orders WHERE " + paid +
              " GROUP BY user_id HAVING count(*) >= 2 ORDER BY user_id LIMIT 1",
          "SELECT user_id FROM crm.orders WHERE " + paid +
              " GROUP BY user_id HAVING count(*) >= 3 ORDER BY user_id DESC LIMIT 1",
          "SELECT user_id FROM crm.orders WHERE " + paid +
              " GROUP BY user_id HAVING count(*) = 1 ORDER BY user_id LIMIT 1",
          "SELECT min(user_id) FROM crm.users u WHERE created_at < " + std::string(kAsOfSql) +
              " AND NOT EXISTS (SELECT 1 FROM crm.orders o WHERE o.user_id = u.user_id AND o." + paid + ")",
          "SELECT min(user_id) FROM crm.events WHERE event_type = 'bot_command' AND occurred_at < " +
              std::string(kAsOfSql) + " AND occurred_at >= " + kAsOfSql + " - interval '30 days'"}) {
        const std::string id = text(sql);
        if (id != "NULL")
            picks.push_back(std::stoll(id));
    }
    ASSERT_GE(picks.size(), 4u);

    for (const long long id : picks) {
        const auto it = std::find(f.userIds.begin(), f.userIds.end(), id);
        ASSERT_NE(it, f.userIds.end()) << id;
        const auto row = static_cast<Eigen::Index>(it - f.userIds.begin());
        const std::string u = std::to_string(id);
        const std::string ord = "FROM crm.orders WHERE user_id = " + u + " AND " + paid;
        const std::string ev = "FROM crm.events WHERE user_id = " + u + " AND occurred_at < " + kAsOfSql +
                               " AND occurred_at >= " + kAsOfSql;
        auto expectFeature = [&](const char* name, double expected) {
            const double got = f.values(row, f.column(name));
            if (std::isnan(expected))
                EXPECT_TRUE(std::isnan(got)) << name << " of user " << id << " = " << got;
            else
                EXPECT_NEAR(got, expected, 1e-6 * std::max(1.0, std::abs(expected))) << name << " of user " << id;
        };
        const double n = real("SELECT count(*) " + ord);
        expectFeature("frequency", n);
        expectFeature("monetary", real("SELECT coalesce(sum(total_amount), 0) " + ord));
        expectFeature("recency_days", real("SELECT extract(epoch FROM " + std::string(kAsOfSql) +
                                           " - max(created_at)) / 86400 " + ord));
        expectFeature("tenure_days", real("SELECT extract(epoch FROM " + std::string(kAsOfSql) +
                                          " - created_at) / 86400 FROM crm.users WHERE user_id = " + u));
        expectFeature("avg_basket", n > 0 ? real("SELECT avg(total_amount) " + ord) : std::nan(""));
        expectFeature(
            "days_between_orders",
            n >= 2
                ? real("SELECT extract(epoch FROM max(created_at) - min(created_at)) / 86400 / (count(*) - 1) " + ord)
                : std::nan(""));
        expectFeature(
            "category_spread",
            real("SELECT count(DISTINCT p.category) FROM crm.orders o JOIN crm.order_items i USING (order_id) "
                 "JOIN crm.products p USING (product_id) WHERE o.user_id = " +
                 u + " AND o.status IN ('paid','shipped','delivered') AND o.created_at < " + kAsOfSql));
        expectFeature("sessions_7d",
                      real("SELECT count(*) " + ev + " - interval '7 days' AND event_type = 'session_start'"));
        expectFeature("sessions_30d",
                      real("SELECT count(*) " + ev + " - interval '30 days' AND event_type = 'session_start'"));
        expectFeature("sessions_90d",
                      real("SELECT count(*) " + ev + " - interval '90 days' AND event_type = 'session_start'"));
        for (const char* type : {"page_view", "product_view", "add_to_cart", "checkout_start", "purchase", "search"})
            expectFeature(("events_30d_" + std::string(type)).c_str(),
                          real("SELECT count(*) " + ev + " - interval '30 days' AND event_type = '" + type + "'"));
        expectFeature("bot_commands_30d",
                      real("SELECT count(*) " + ev + " - interval '30 days' AND event_type = 'bot_command'"));
        const double e30 = real("SELECT count(*) " + ev + " - interval '30 days'");
        const double e60 = real("SELECT count(*) " + ev + " - interval '60 days'");
        expectFeature("activity_trend", (e30 + 1) / (e60 - e30 + 1));
        const double activeDays =
            real("SELECT count(DISTINCT (occurred_at AT TIME ZONE 'UTC')::date) FROM crm.events WHERE user_id = " + u +
                 " AND occurred_at < date_trunc('day', " + std::string(kAsOfSql) + " AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'");
        expectFeature("active_days", activeDays);
        const std::string lastDay = "(date_trunc('day', " + std::string(kAsOfSql) + " AT TIME ZONE 'UTC')::date - 1)";
        expectFeature("active_day_share",
                      activeDays > 0 ? activeDays / real("SELECT " + lastDay +
                                                         " - min((occurred_at AT TIME ZONE 'UTC')::date) + 1 FROM "
                                                         "crm.events WHERE user_id = " +
                                                         u + " AND (occurred_at AT TIME ZONE 'UTC')::date <= " + lastDay)
                                     : 0.0);
        expectFeature("days_since_last_event", real("SELECT extract(epoch FROM " + std::string(kAsOfSql) +
                                                    " - max(occurred_at)) / 86400 " + ev + " - interval '90 days'"));
    }
}

TEST_F(CustomerModelsTest, AsOfIsHonoured)
{
    const long long user = scalar("SELECT min(user_id) FROM crm.users WHERE created_at < " + std::string(kAsOfSql));
    const CustomerFeatures before = features();
    const auto row = static_cast<Eigen::Index>(std::find(before.userIds.begin(), before.userIds.end(), user) -
                                               before.userIds.begin());
    const double freq = before.values(row, before.column("frequency"));
    const double money = before.values(row, before.column("monetary"));

    // One order an hour after the cut, one an hour before; a user who signs up after the cut.
    exec("INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) VALUES "
         "((SELECT max(order_id) + 1 FROM crm.orders), " +
         std::to_string(user) + ", " + kAsOfSql +
         " + interval '1 hour', 'paid', 1000), "
         "((SELECT max(order_id) + 2 FROM crm.orders), " +
         std::to_string(user) + ", " + kAsOfSql + " - interval '1 hour', 'delivered', 10)");
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) VALUES "
         "(99999999, 'late@example.com', 'Late', 'US', 'organic', 'desktop', " +
         std::string(kAsOfSql) + ")");

    const CustomerFeatures after = features();
    EXPECT_EQ(after.rows(), before.rows());
    EXPECT_EQ(std::count(after.userIds.begin(), after.userIds.end(), 99999999), 0);
    EXPECT_EQ(after.values(row, after.column("frequency")), freq + 1);
    EXPECT_NEAR(after.values(row, after.column("monetary")), money + 10, 1e-9);
    EXPECT_NEAR(after.values(row, after.column("recency_days")), 1.0 / 24, 1e-9);
    EXPECT_EQ(after.asOf, before.asOf);
}

TEST_F(CustomerModelsTest, BadAsOfIsRefused)
{
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { features("not a date"); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("not a date"), std::string::npos) << message;
}

TEST_F(CustomerModelsTest, RfmIsWrittenWithNamedSegments)
{
    const RfmReport r = rfm();
    ASSERT_GT(r.usersScored, 0);
    EXPECT_GT(r.usersNoOrders, 0);
    std::int64_t total = 0;
    for (const auto& [name, count] : r.segments)
        total += count;
    EXPECT_EQ(total, r.usersScored);

    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE rfm_segment IS NOT NULL"), r.usersScored);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE rfm_segment IS NULL AND rfm_r IS NULL"),
              r.usersNoOrders);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE rfm_segment NOT IN ('Champions', 'Loyal', "
                     "'Potential loyalists', 'New customers', 'Promising', 'Need attention', 'About to sleep', "
                     "'At risk', 'Cannot lose them', 'Hibernating', 'Lost')"),
              0);
    // Stored values match the features they came from.
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics m JOIN (SELECT user_id, count(*) n, sum(total_amount) s "
                     "FROM crm.orders WHERE status IN ('paid','shipped','delivered') AND created_at < " +
                     std::string(kAsOfSql) +
                     " GROUP BY user_id) o USING (user_id) "
                     "WHERE m.rfm_frequency <> o.n OR m.rfm_monetary <> o.s"),
              0);
    EXPECT_EQ(text("SELECT status || ' ' || model || ' ' || (data_to = " + std::string(kAsOfSql) +
                   ")::text FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)),
              "succeeded rfm true");
    EXPECT_EQ(scalar("SELECT (metrics->>'users_scored')::bigint FROM ml.model_runs WHERE run_id = " +
                     std::to_string(r.runId)),
              r.usersScored);
    EXPECT_EQ(
        scalar("SELECT count(*) FROM ml.user_metrics WHERE rfm_run_id IS DISTINCT FROM " + std::to_string(r.runId)), 0);
}

TEST_F(CustomerModelsTest, RfmCancelLeavesPreviousScores)
{
    rfm();
    const std::string digest = metricsDigest();
    EXPECT_EQ(errorCodeOf([&] { rfm("2026-04-20", "Writing RFM scores"); }), Error::Code::Cancelled);
    EXPECT_EQ(metricsDigest(), digest);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs ORDER BY run_id DESC LIMIT 1"), "cancelled");
}

TEST_F(CustomerModelsTest, EmptyDatabaseIsRefusedAndNothingOverwritten)
{
    rfm();
    segments(withK(3));
    const std::string digest = metricsDigest();
    const long long runs = scalar("SELECT count(*) FROM ml.model_runs");
    std::string message;
    // Before the first signup there are no users at all.
    EXPECT_EQ(errorCodeOf([&] { rfm("2000-01-01", {}); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
    SegmentationOptions o = withK(3);
    o.asOf = "2000-01-01";
    EXPECT_EQ(errorCodeOf([&] { segments(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
    EXPECT_EQ(metricsDigest(), digest);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), runs);

    exec("TRUNCATE crm.users CASCADE");
    EXPECT_EQ(errorCodeOf([&] { rfm(); }), Error::Code::InvalidArgument);
    EXPECT_EQ(errorCodeOf([&] { segments(withK(2)); }), Error::Code::InvalidArgument);
}

TEST_F(CustomerModelsTest, SegmentsAreWrittenWithProfiles)
{
    const SegmentationReport r = segments(withK(4));
    ASSERT_EQ(r.k, 4);
    ASSERT_EQ(r.segments.size(), 4u);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.segments WHERE run_id = " + std::to_string(r.runId)), 4);
    EXPECT_EQ(scalar("SELECT sum(size) FROM ml.segments WHERE run_id = " + std::to_string(r.runId)), r.users);
    EXPECT_NEAR(real("SELECT sum(revenue_share) FROM ml.segments WHERE run_id = " + std::to_string(r.runId)), 1.0,
                1e-9);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.segments WHERE profile NOT LIKE '%% of revenue' OR method <> 'kmeans' "
                     "OR centroid->'monetary'->>'mean' IS NULL"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE segment_id IS NOT NULL"), r.users);
    // Segment 0 holds the most revenue.
    EXPECT_EQ(scalar("SELECT segment_id FROM ml.segments WHERE run_id = " + std::to_string(r.runId) +
                     " ORDER BY revenue_share DESC LIMIT 1"),
              0);
    for (const auto& s : r.segments)
        EXPECT_FALSE(s.profile.empty());
    EXPECT_EQ(text("SELECT status FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)), "succeeded");
}

TEST_F(CustomerModelsTest, SameSeedGivesIdenticalSegments)
{
    const auto ids = [&] {
        return text("SELECT md5(string_agg(user_id || ':' || segment_id, ',' ORDER BY user_id)) FROM ml.user_metrics");
    };
    segments(withK(5, 9));
    const std::string first = ids();
    segments(withK(3, 1));
    EXPECT_NE(ids(), first);
    segments(withK(5, 9));
    EXPECT_EQ(ids(), first);
}

TEST_F(CustomerModelsTest, SegmentKIsSuggestedOverARange)
{
    SegmentationOptions o;
    o.kMin = 2;
    o.kMax = 4;
    const SegmentationReport r = segments(o);
    EXPECT_TRUE(r.kSuggested);
    ASSERT_EQ(r.scan.size(), 3u);
    EXPECT_GE(r.k, 2);
    EXPECT_LE(r.k, 4);
    EXPECT_EQ(static_cast<int>(r.segments.size()), r.k);
}

TEST_F(CustomerModelsTest, TooFewUsersForKIsRefused)
{
    segments(withK(3));
    const std::string digest = metricsDigest();
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { segments(withK(100000)); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("need at least 100000 users"), std::string::npos) << message;
    EXPECT_EQ(metricsDigest(), digest);
}

TEST_F(CustomerModelsTest, SegmentsCancelLeavesPreviousSegments)
{
    segments(withK(3));
    const std::string digest = metricsDigest();
    const long long segmentRows = scalar("SELECT count(*) FROM ml.segments");
    EXPECT_EQ(errorCodeOf([&] { segments(withK(4), "Writing segments"); }), Error::Code::Cancelled);
    EXPECT_EQ(metricsDigest(), digest);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.segments"), segmentRows);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs ORDER BY run_id DESC LIMIT 1"), "cancelled");
}

TEST_F(CustomerModelsTest, DbscanWritesSegmentsNoiseAndKDistance)
{
    SegmentationOptions o;
    o.method = SegmentationOptions::Method::Dbscan;
    const SegmentationReport r = segments(o); // eps from the k-distance knee, min samples 2 × 7
    ASSERT_GE(r.k, 1);
    EXPECT_EQ(r.minSamples, 14);
    EXPECT_GT(r.eps, 0.0);
    EXPECT_DOUBLE_EQ(r.eps, r.kDistance.epsSuggested);
    // The suggested eps leaves at most a tenth of the users as noise (it is at least the curve's p90).
    EXPECT_LE(r.noise, r.users / 10);
    ASSERT_FALSE(r.kDistance.points.empty());
    EXPECT_LE(r.kDistance.points.size(), 200u);
    for (std::size_t i = 1; i < r.kDistance.points.size(); ++i)
        EXPECT_LE(r.kDistance.points[i - 1].second, r.kDistance.points[i].second);
    const std::string run = std::to_string(r.runId);
    // Users per stored segment (noise = −1) equal the report and ml.user_metrics.
    EXPECT_EQ(scalar("SELECT sum(size) FROM ml.segments WHERE run_id = " + run), r.users);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.segments WHERE run_id = " + run + " AND segment_id >= 0"), r.k);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE segment_id = -1 AND segment_run_id = " + run),
              r.noise);
    EXPECT_EQ(scalar("SELECT count(*) FROM (SELECT s.segment_id FROM ml.segments s JOIN (SELECT segment_id, count(*) "
                     "AS n FROM ml.user_metrics WHERE segment_run_id = " +
                     run + " GROUP BY 1) m USING (segment_id) WHERE s.run_id = " + run +
                     " AND s.size = m.n AND s.method = 'dbscan') t"),
              r.k + (r.noise > 0 ? 1 : 0));
    EXPECT_EQ(text("SELECT metrics->>'method' FROM ml.model_runs WHERE run_id = " + run), "dbscan");
    EXPECT_EQ(scalar("SELECT jsonb_array_length(metrics->'k_distance'->'points') FROM ml.model_runs WHERE run_id = " +
                     run),
              static_cast<long long>(r.kDistance.points.size()));
    // The sample: every user of this small database, each on its stored segment.
    EXPECT_EQ(static_cast<std::int64_t>(r.sample.points.size()), r.users);
    EXPECT_EQ(scalar("SELECT jsonb_array_length(metrics->'sample'->'points') FROM ml.model_runs WHERE run_id = " + run),
              r.users);
    EXPECT_GT(r.sample.variance[0], r.sample.variance[1]);
    EXPECT_LE(r.sample.variance[0] + r.sample.variance[1], 1.0 + 1e-9);

    // A tiny eps makes every user noise: refused, and the segments above stay.
    const std::string digest = metricsDigest();
    o.eps = 1e-6;
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { segments(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("every user is noise"), std::string::npos) << message;
    EXPECT_EQ(metricsDigest(), digest);
    // min samples above the user count.
    o.eps = 0;
    o.minSamples = 100000;
    EXPECT_EQ(errorCodeOf([&] { segments(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("needs at least 100000 users"), std::string::npos) << message;
}

TEST_F(CustomerModelsTest, KMeansRunStoresAProjectedSample)
{
    const SegmentationReport r = segments(withK(3));
    EXPECT_EQ(static_cast<std::int64_t>(r.sample.points.size()), r.users);
    std::set<int> seen;
    for (const auto& p : r.sample.points)
        seen.insert(p.segmentId);
    EXPECT_EQ(seen, (std::set<int>{0, 1, 2}));
    // The points' segments are the stored ones: compare the first sampled user (row 0 = lowest id).
    EXPECT_EQ(scalar("SELECT segment_id FROM ml.user_metrics WHERE segment_id IS NOT NULL ORDER BY user_id LIMIT 1"),
              r.sample.points.front().segmentId);
}

} // namespace
} // namespace kestrel::core
