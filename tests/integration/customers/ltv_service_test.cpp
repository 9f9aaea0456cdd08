// LtvService against a real PostgreSQL: the CDNOW sample loaded as orders reproduces the published
// BG/NBD and Gamma-Gamma estimates through the database path (purchase days, recency, age and
// spend computed in SQL), the holdout check and the stored predictions agree with the kernels, a
// generated database gets consistent values and no NaN, and bad input or a cancel writes nothing.
#include "analytics/clv.h"
#include "common/error.h"
#include "customers/ltv_service.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "synth/synth_generator.h"
#include "sql_probe.h"
#include "test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <atomic>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

const std::string kCdnowSample = std::string(KESTREL_DATASETS_DIR) + "/cdnow/CDNOW_sample.txt";

double sig3(double x)
{
    const double scale = std::pow(10.0, 2 - std::floor(std::log10(std::abs(x))));
    return std::round(x * scale) / scale;
}

class LtvServiceTest : public ::testing::Test, protected test::SqlProbe {
protected:
    LtvServiceTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("TRUNCATE ml.scores, ml.segments, ml.user_metrics, ml.model_runs, crm.channel_spend, crm.order_items, "
             "crm.orders, crm.events, crm.users CASCADE");
    }

    LtvReport ltv(LtvOptions o = {}, const std::string& stopAt = {})
    {
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return LtvService::run(ctx, o); });
    }

    /// The 2,357 customers of the CDNOW sample as users and their 6,919 purchase records as paid
    /// orders at noon UTC of their day.
    void loadCdnowSample()
    {
        std::ifstream in(kCdnowSample);
        ASSERT_TRUE(in) << "the CDNOW sample is missing: " << kCdnowSample;
        std::ostringstream orders, users;
        std::string line;
        long long orderId = 0, lastUser = 0;
        while (std::getline(in, line)) {
            std::istringstream f(line);
            std::string master, id, date;
            int cds = 0;
            double dollars = 0;
            if (!(f >> master >> id >> date >> cds >> dollars))
                continue;
            const long long user = std::stoll(id);
            const std::string day = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
            if (user != lastUser) { // the file is sorted by customer, then date
                users << (lastUser ? "," : "") << "(" << user << ",'c" << user << "@cdnow.test','CDNOW " << user
                      << "','US','organic','desktop','" << day << " 00:00+00')";
                lastUser = user;
            }
            orders << (orderId > 0 ? "," : "");
            ++orderId;
            orders << "(" << orderId << "," << user << ",'" << day << " 12:00+00','paid'," << dollars << ")";
        }
        exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
             "VALUES " + users.str());
        exec("INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) VALUES " + orders.str());
        ASSERT_EQ(scalar("SELECT count(*) FROM crm.users"), 2357);
        ASSERT_EQ(scalar("SELECT count(*) FROM crm.orders"), 6919);
    }

    QJsonObject metrics(std::int64_t runId)
    {
        return QJsonDocument::fromJson(
                   QByteArray::fromStdString(text("SELECT metrics::text FROM ml.model_runs WHERE run_id = " +
                                                  std::to_string(runId))))
            .object();
    }
};

// Fader, Hardie & Lee (2005): r = 0.243, α = 4.414 weeks, a = 0.793, b = 2.426; Fader & Hardie
// (2013): p = 6.25, q = 3.74, γ = 15.44 — on the first 39 weeks (to 1997-09-30). Kestrel works in
// days, so α is 7 times larger and the log-likelihood lower by Σx·ln 7 (the density of each repeat
// purchase time is per day instead of per week); r, a, b, p, q and γ do not depend on the unit.
TEST_F(LtvServiceTest, CdnowThroughTheDatabaseReproducesThePublishedEstimates)
{
    loadCdnowSample();
    LtvOptions o;
    o.asOf = "1997-10-01";
    const LtvReport r = ltv(o);
    ASSERT_TRUE(r.prediction.bgNbd.has_value());
    ASSERT_TRUE(r.prediction.gammaGamma.has_value());
    const auto& bg = r.prediction.bgNbd->params;
    EXPECT_EQ(r.prediction.customers, 2357);
    EXPECT_EQ(r.prediction.repeatBuyers, 946);
    EXPECT_DOUBLE_EQ(sig3(bg.r), 0.243);
    EXPECT_DOUBLE_EQ(sig3(bg.alpha / 7), 4.41);
    EXPECT_DOUBLE_EQ(sig3(bg.a), 0.793);
    EXPECT_DOUBLE_EQ(sig3(bg.b), 2.43);
    const double repeatDays = real("SELECT count(DISTINCT (user_id, created_at::date)) - count(DISTINCT user_id) "
                                   "FROM crm.orders WHERE created_at < '1997-10-01'");
    EXPECT_NEAR(r.prediction.bgNbd->diagnostics.logLikelihood, -9582.43 - repeatDays * std::log(7.0), 0.05);
    const auto& gg = r.prediction.gammaGamma->params;
    EXPECT_DOUBLE_EQ(sig3(gg.p), 6.25);
    EXPECT_DOUBLE_EQ(sig3(gg.q), 3.74);
    EXPECT_DOUBLE_EQ(sig3(gg.gamma), 15.4);

    // Stored predictions equal the kernels on the SQL-computed history of each customer (sample id 1:
    // x = 2, t_x = 30.43 weeks, T = 38.86 weeks).
    const std::string summary =
        "SELECT count(*) - 1, max(d) - min(d), DATE '1997-09-30' - min(d) FROM (SELECT DISTINCT created_at::date AS d "
        "FROM crm.orders WHERE user_id = 1 AND created_at < '1997-10-01') s";
    double x = 0, tx = 0, T = 0;
    m_db.read([&](pqxx::work& tx_) {
        const auto row = tx_.exec1(summary);
        x = row[0].as<double>(), tx = row[1].as<double>(), T = row[2].as<double>();
    });
    EXPECT_EQ(x, 2);
    EXPECT_NEAR(tx / 7, 30.43, 0.005);
    EXPECT_NEAR(T / 7, 38.86, 0.005);
    EXPECT_NEAR(real("SELECT p_alive FROM ml.user_metrics WHERE user_id = 1"),
                analytics::bgNbdProbabilityAlive(bg, x, tx, T), 1e-9);
    EXPECT_NEAR(real("SELECT expected_purchases_365d FROM ml.user_metrics WHERE user_id = 1"),
                analytics::bgNbdExpectedPurchases(bg, 365, x, tx, T), 1e-6);
    // FHL's example customer expects 1.226 purchases in the next 39 weeks; in days the same.
    EXPECT_NEAR(analytics::bgNbdExpectedPurchases(bg, 273, x, tx, T), 1.226, 0.002);
    EXPECT_NEAR(real("SELECT expected_aov FROM ml.user_metrics WHERE user_id = 1"),
                analytics::gammaGammaExpectedSpend(gg, 2, 22.35), 0.01);
    EXPECT_NEAR(real("SELECT ltv_predicted FROM ml.user_metrics WHERE user_id = 1"),
                analytics::customerLifetimeValue(bg, gg, x, tx, T, 22.35, 12, 365.25 / 12, 0.01), 0.02);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL AND ltv_run_id = " +
                     std::to_string(r.runId)),
              2357);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE p_alive = 'NaN' OR expected_purchases_30d = 'NaN' "
                     "OR expected_purchases_365d = 'NaN' OR ltv_predicted = 'NaN' OR expected_aov = 'NaN'"),
              0);

    // The run row holds what the page and the CLI show.
    const QJsonObject m = metrics(r.runId);
    const QJsonObject pred = m.value("prediction").toObject();
    EXPECT_NEAR(pred.value("bg_nbd").toObject().value("r").toDouble(), bg.r, 1e-12);
    EXPECT_NEAR(pred.value("gamma_gamma").toObject().value("q").toDouble(), gg.q, 1e-12);
    EXPECT_EQ(pred.value("top").toArray().size(), 10);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)), "succeeded");
}

// The holdout check refits BG/NBD on the history before as-of − holdout. With as-of 1998-07-01 and a
// 273-day holdout, the calibration period is FHL's 39 weeks: the same published parameters, and the
// actual holdout purchases equal a separate SQL count.
TEST_F(LtvServiceTest, HoldoutCheckRefitsOnTheCalibrationPeriod)
{
    loadCdnowSample();
    LtvOptions o;
    o.asOf = "1998-07-01";
    o.holdoutDays = 273;
    const LtvReport r = ltv(o);
    ASSERT_TRUE(r.prediction.calibration.has_value());
    const auto& c = *r.prediction.calibration;
    EXPECT_EQ(c.calibrationEnd, "1997-10-01");
    EXPECT_EQ(c.customers, 2357);
    EXPECT_DOUBLE_EQ(sig3(c.fit.params.r), 0.243);
    EXPECT_DOUBLE_EQ(sig3(c.fit.params.a), 0.793);
    const double actual = real("SELECT count(DISTINCT (user_id, created_at::date)) FROM crm.orders "
                               "WHERE created_at >= '1997-10-01' AND created_at < '1998-07-01'");
    EXPECT_DOUBLE_EQ(c.actualTotal, actual);
    // BG/NBD tracks CDNOW's holdout reasonably (FHL 2005, section 5): here 0.88 of the actual repeat
    // purchases in total; within 15%.
    EXPECT_NEAR(c.predictedTotal / c.actualTotal, 1.0, 0.15);
    std::int64_t inBuckets = 0;
    for (const auto& b : c.buckets)
        inBuckets += b.customers;
    EXPECT_EQ(inBuckets, 2357);
    EXPECT_EQ(c.buckets.back().frequencyMax, -1);
    // Customers who bought more often in calibration buy more often in the holdout, and the model says so.
    EXPECT_GT(c.buckets[5].actual, c.buckets[0].actual);
    EXPECT_GT(c.buckets[5].predicted, c.buckets[0].predicted);
}

TEST_F(LtvServiceTest, OnlyOneTimeBuyersKeepHistoryAndLeavePredictionsEmpty)
{
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) VALUES "
         "(1, 'a@x.test', 'A', 'DE', 'email', 'mobile', '2025-01-01'), "
         "(2, 'b@x.test', 'B', 'DE', 'social', 'mobile', '2025-01-01')");
    exec("INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) VALUES "
         "(1, 1, '2025-01-05 10:00+00', 'paid', 50), (2, 1, '2025-01-05 18:00+00', 'paid', 30), "
         "(3, 2, '2025-02-01 10:00+00', 'delivered', 20)");
    const LtvReport r = ltv();
    EXPECT_FALSE(r.prediction.bgNbd.has_value());
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_NE(r.warnings[0].find("no predicted LTV"), std::string::npos) << r.warnings[0];
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE p_alive IS NOT NULL OR ltv_predicted IS NOT NULL"),
              0);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)), "succeeded");
    EXPECT_EQ(r.history.customers, 2);
}

TEST_F(LtvServiceTest, BadInputAndACancelWriteNothing)
{
    // An empty database.
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { ltv(); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("no orders"), std::string::npos) << message;
    LtvOptions bad;
    bad.clvMonths = 0;
    EXPECT_EQ(errorCodeOf([&] { ltv(bad); }), Error::Code::InvalidArgument);
    bad = {};
    bad.monthlyDiscount = -0.1;
    EXPECT_EQ(errorCodeOf([&] { ltv(bad); }), Error::Code::InvalidArgument);
    bad = {};
    bad.holdoutDays = 3;
    EXPECT_EQ(errorCodeOf([&] { ltv(bad); }), Error::Code::InvalidArgument);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), 0);

    loadCdnowSample();
    bad = {};
    bad.asOf = "1997-13-45";
    EXPECT_EQ(errorCodeOf([&] { ltv(bad); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("1997-13-45"), std::string::npos) << message;
    bad.asOf = "1990-01-01";
    EXPECT_EQ(errorCodeOf([&] { ltv(bad); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("no customer"), std::string::npos) << message;

    // A first run, then a cancelled one: the first run's values stay.
    const LtvReport first = ltv();
    const std::string before = text("SELECT md5(string_agg(concat_ws(',', user_id, p_alive, ltv_predicted, ltv_12m, "
                                    "ltv_run_id), ';' ORDER BY user_id)) FROM ml.user_metrics");
    EXPECT_EQ(errorCodeOf([&] { ltv({}, "Writing predicted values"); }), Error::Code::Cancelled);
    EXPECT_EQ(text("SELECT md5(string_agg(concat_ws(',', user_id, p_alive, ltv_predicted, ltv_12m, ltv_run_id), ';' "
                   "ORDER BY user_id)) FROM ml.user_metrics"),
              before);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs ORDER BY run_id DESC LIMIT 1"), "cancelled");
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_run_id = " + std::to_string(first.runId)), 2357);
}

TEST_F(LtvServiceTest, GeneratedDataGetsConsistentPredictions)
{
    {
        SynthOptions s;
        s.users = 2000;
        s.products = 60;
        s.days = 365;
        s.events = 60000;
        s.seed = 11;
        s.endDate = "2026-05-01";
        s.replace = true;
        std::atomic<bool> stop{false};
        JobContext ctx(m_db, {}, stop);
        SynthGenerator(s).run(ctx);
    }
    const LtvReport r = ltv();
    ASSERT_TRUE(r.prediction.bgNbd.has_value());
    ASSERT_TRUE(r.prediction.gammaGamma.has_value());
    EXPECT_TRUE(r.prediction.bgNbd->diagnostics.converged);
    EXPECT_TRUE(r.prediction.gammaGamma->diagnostics.converged);
    const std::string run = std::to_string(r.runId);
    const long long customers = scalar("SELECT count(DISTINCT user_id) FROM crm.orders WHERE status IN "
                                       "('paid', 'shipped', 'delivered')");
    EXPECT_EQ(r.prediction.customers, customers);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_run_id = " + run + " AND p_alive IS NOT NULL"),
              customers);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE p_alive IS NOT NULL AND NOT ("
                     "p_alive BETWEEN 0 AND 1 AND expected_purchases_30d <= expected_purchases_90d + 1e-9 AND "
                     "expected_purchases_90d <= expected_purchases_365d + 1e-9 AND ltv_predicted >= 0 AND "
                     "expected_aov > 0)"),
              0);
    // The stored total equals the report's total, and the histogram counts every customer.
    EXPECT_NEAR(real("SELECT sum(ltv_predicted) FROM ml.user_metrics WHERE ltv_run_id = " + run),
                r.prediction.clvTotal, 0.01 * static_cast<double>(customers));
    std::int64_t counted = 0;
    for (const auto c : r.prediction.clvCounts)
        counted += c;
    EXPECT_EQ(counted, customers);
    ASSERT_TRUE(r.prediction.calibration.has_value());
    EXPECT_GT(r.prediction.calibration->actualTotal, 0);
    // The holdout check on generated data: predicted repeat purchases within 30% of the actual ones.
    EXPECT_NEAR(r.prediction.calibration->predictedTotal / r.prediction.calibration->actualTotal, 1.0, 0.3);
    // Insights exist and read as sentences.
    ASSERT_FALSE(r.insights.isEmpty());
    for (const auto& i : r.insights)
        EXPECT_GT(ltvInsightText(i.toObject()).size(), 20u);
}

} // namespace
} // namespace kestrel::core
