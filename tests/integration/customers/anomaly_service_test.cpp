// AnomalyService against a real PostgreSQL. Ten weeks of hand-made users, orders and sessions with a
// weekly pattern (busy weekdays, quiet weekends) and six planted incidents give exactly six rows in
// ml.anomalies with the numbers worked out by hand; conversion comes from sessions and purchases, a
// day with too few sessions gets no conversion verdict; a re-run keeps every review and removes the
// 'new' rows that are no longer anomalous; accept / dismiss / reset set the reviewer and write the
// audit log; an unknown id, bad options and an empty database are refused with nothing written; a
// cancel keeps the previous state.
#include "common/error.h"
#include "customers/anomaly_service.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "sql_probe.h"
#include "test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cmath>
#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

// Day d of the data is 2026-01-05 + d (d = 0 … 69, Monday 5 January to Sunday 15 March 2026).
constexpr const char* kWeekend = "extract(isodow FROM DATE '2026-01-05' + d) >= 6";
constexpr int kRevenueDrop = 36;    // Tue 2026-02-10: every order at 10 instead of 50
constexpr int kUserSpike = 51;      // Wed 2026-02-25: 40 sign-ups instead of 10
constexpr int kOrderSpike = 58;     // Wed 2026-03-04: 60 delivered orders instead of 20
constexpr int kConversionDrop = 64; // Tue 2026-03-10: 2 of 100 sessions buy instead of 10
constexpr int kFewSessions = 68;    // Sat 2026-03-14: 10 sessions instead of 50

/// The rows a run must find, as "metric|event_type|day|direction|severity", newest day first.
const std::vector<std::string> kExpected = {
    "events|session_start|2026-03-14|drop|medium",
    "conversion||2026-03-10|drop|low",
    "orders||2026-03-04|spike|medium",
    "revenue||2026-03-04|spike|medium",
    "new_users||2026-02-25|spike|medium",
    "revenue||2026-02-10|drop|low",
};

/// Counts are compared on the Anscombe scale 2·√(x + 3/8), where Poisson noise has a spread of 1.
double anscombe(double x)
{
    return 2 * std::sqrt(x + 0.375);
}

class AnomalyServiceTest : public ::testing::Test, protected test::SqlProbe {
protected:
    AnomalyServiceTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("TRUNCATE ml.anomalies, ml.model_runs, ops.audit_log, crm.order_items, crm.events, crm.events_daily, "
             "crm.orders, crm.users CASCADE");
    }

    AnomalyReport detect(AnomalyRunOptions o = {}, const std::string& stopAt = {})
    {
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return AnomalyService::run(ctx, o); });
    }

    /// Users, orders and sessions of ten weeks with the incidents above.
    void plant()
    {
        const std::string d = "DATE '2026-01-05' + d";
        exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
             "SELECT row_number() OVER (ORDER BY d, i), 'u' || d || '-' || i || '@example.com', 'User ' || d, 'RU', "
             "'organic', 'desktop', (" +
             d +
             ")::timestamp AT TIME ZONE 'UTC' + interval '6 hours' + i * interval '1 minute' "
             "FROM generate_series(0, 69) d, LATERAL generate_series(1, CASE WHEN d = " +
             std::to_string(kUserSpike) + " THEN 40 WHEN " + kWeekend + " THEN 4 ELSE 10 END) i");
        // Delivered orders (20 on weekdays, 10 at weekends), one still 'created' (an order, no revenue yet)
        // and two cancelled (neither) every day.
        exec("INSERT INTO crm.orders (order_id, user_id, created_at, status, total_amount) "
             "SELECT row_number() OVER (ORDER BY d, i), 1, (" +
             d +
             ")::timestamp AT TIME ZONE 'UTC' + interval '12 hours' + i * interval '1 second', "
             "CASE WHEN i = -1 THEN 'created' WHEN i <= -2 THEN 'cancelled' ELSE 'delivered' END, "
             "CASE WHEN d = " +
             std::to_string(kRevenueDrop) +
             " AND i > 0 THEN 10 ELSE 50 END FROM generate_series(0, 69) d, LATERAL generate_series(-3, CASE WHEN d "
             "= " +
             std::to_string(kOrderSpike) + " THEN 60 WHEN " + kWeekend + " THEN 10 ELSE 20 END) i WHERE i <> 0");
        // Sessions (100 on weekdays, 50 at weekends), each of another user; a tenth end with a purchase.
        text("SELECT crm.ensure_event_partitions('2026-01-01', '2026-03-31')");
        exec("INSERT INTO crm.events (event_id, user_id, session_id, event_type, occurred_at, order_id) "
             "SELECT row_number() OVER (ORDER BY d, s, t), s, d * 1000 + s, t, (" +
             d +
             ")::timestamp AT TIME ZONE 'UTC' + interval '10 hours' + s * interval '1 minute' + "
             "(t = 'purchase')::int * interval '20 seconds', "
             "CASE WHEN t = 'purchase' THEN (SELECT min(order_id) FROM crm.orders WHERE created_at >= (" +
             d +
             ")::timestamp AT TIME ZONE 'UTC') END "
             "FROM generate_series(0, 69) d, "
             "LATERAL generate_series(1, CASE WHEN d = " +
             std::to_string(kFewSessions) + " THEN 10 WHEN " + kWeekend +
             " THEN 50 ELSE 100 END) s, "
             "LATERAL unnest(CASE WHEN s <= CASE WHEN d = " +
             std::to_string(kConversionDrop) + " THEN 2 WHEN " + kWeekend +
             " THEN 5 ELSE 10 END THEN ARRAY['session_start', 'purchase'] ELSE ARRAY['session_start'] END) t");
        text("SELECT crm.refresh_events_daily('2026-01-05', '2026-03-15')");
    }

    std::vector<std::string> stored()
    {
        std::vector<std::string> out;
        m_db.read([&](pqxx::work& tx) {
            for (const auto& r :
                 tx.exec("SELECT metric || '|' || event_type || '|' || day || '|' || direction || '|' || "
                         "severity FROM ml.anomalies ORDER BY day DESC, metric, event_type"))
                out.push_back(r[0].c_str());
        });
        return out;
    }

    std::int64_t idOf(const std::string& metric, const std::string& day)
    {
        return scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = '" + metric + "' AND day = '" + day + "'");
    }

    std::string digest()
    {
        return text("SELECT coalesce(md5(string_agg(concat_ws(',', anomaly_id, run_id, metric, event_type, day, value, "
                    "baseline, lower_bound, upper_bound, score, direction, severity, status, reviewed_by, reviewed_at, "
                    "note), '|' ORDER BY anomaly_id)), 'empty') FROM ml.anomalies");
    }
};

TEST_F(AnomalyServiceTest, EmptyDatabaseIsRefusedAndNothingIsWritten)
{
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { detect(); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("there is no data to check"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.anomalies"), 0);
}

TEST_F(AnomalyServiceTest, FindsExactlyThePlantedAnomalies)
{
    plant();
    const AnomalyReport r = detect();
    EXPECT_EQ(r.from, "2026-01-05");
    EXPECT_EQ(r.to, "2026-03-15");
    EXPECT_EQ(stored(), kExpected);
    EXPECT_EQ(r.anomalies, 6);
    EXPECT_EQ(r.inserted, 6);
    EXPECT_EQ(r.updated, 0);
    EXPECT_EQ(r.removed, 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.anomalies WHERE run_id = " + std::to_string(r.runId) +
                     " AND status = 'new' AND reviewed_at IS NULL AND reviewed_by IS NULL"),
              6);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)), "succeeded");

    // The numbers, by hand. Revenue is counted in units of Σx²/Σx of its orders (a little under 50
    // here, for the cheap orders); on the Tuesday of cheap orders 20 × 10 against 20 × 50, with the
    // Poisson spread of 1 as the scale.
    const double unit = real("SELECT sum(total_amount * total_amount) / sum(total_amount) FROM crm.orders WHERE "
                             "status IN ('paid', 'shipped', 'delivered')");
    EXPECT_GT(unit, 49);
    EXPECT_LT(unit, 50);
    const auto row = [&](const std::string& metric, const std::string& day, const std::string& column) {
        return real("SELECT " + column + " FROM ml.anomalies WHERE metric = '" + metric + "' AND day = '" + day + "'");
    };
    EXPECT_DOUBLE_EQ(row("revenue", "2026-02-10", "value"), 200);
    EXPECT_NEAR(row("revenue", "2026-02-10", "baseline"), 1000, 1e-9);
    const double y0 = anscombe(1000 / unit);
    EXPECT_NEAR(row("revenue", "2026-02-10", "score"), anscombe(200 / unit) - y0, 1e-9); // −4.84
    const auto back = [&](double y) { return unit * (y * y / 4 - 0.375); };
    EXPECT_NEAR(row("revenue", "2026-02-10", "lower_bound"), back(y0 - 3.5), 1e-9);
    EXPECT_NEAR(row("revenue", "2026-02-10", "upper_bound"), back(y0 + 3.5), 1e-9);
    EXPECT_NEAR(row("revenue", "2026-03-04", "score"), anscombe(3000 / unit) - y0, 1e-9);
    // Orders count every status but cancelled: 61 against 21.
    EXPECT_DOUBLE_EQ(row("orders", "2026-03-04", "value"), 61);
    EXPECT_NEAR(row("orders", "2026-03-04", "baseline"), 21, 1e-9);
    EXPECT_NEAR(row("orders", "2026-03-04", "score"), anscombe(61) - anscombe(21), 1e-9);
    EXPECT_NEAR(row("new_users", "2026-02-25", "score"), anscombe(40) - anscombe(10), 1e-9);
    // Conversion = sessions with a purchase / sessions: 2 / 100 against 10 / 100, compared as asin(√p)
    // with the binomial spread of 100 sessions, 1 / (2·√100).
    EXPECT_DOUBLE_EQ(row("conversion", "2026-03-10", "value"), 0.02);
    EXPECT_NEAR(row("conversion", "2026-03-10", "baseline"), 0.1, 1e-12);
    EXPECT_NEAR(row("conversion", "2026-03-10", "score"),
                (std::asin(std::sqrt(0.02)) - std::asin(std::sqrt(0.1))) / 0.05, 1e-9);
    // The Saturday with 10 sessions: a drop of sessions, but no conversion verdict (fewer than 20).
    EXPECT_NEAR(real("SELECT score FROM ml.anomalies WHERE event_type = 'session_start'"), anscombe(10) - anscombe(50),
                1e-9);
    // The purchases of the conversion drop (2 against 10) stay within the band: −3.36.
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.anomalies WHERE event_type = 'purchase'"), 0);

    // Per series: days and verdicts (the first four weeks have too little history).
    const QJsonObject metrics =
        QJsonDocument::fromJson(
            QByteArray::fromStdString(
                text("SELECT metrics::text FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId))))
            .object();
    EXPECT_EQ(metrics.value(QStringLiteral("anomalies")).toInt(), 6);
    int conversionVerdicts = -1, revenueVerdicts = -1;
    for (const auto& v : metrics.value(QStringLiteral("series")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("metric")).toString() == QStringLiteral("conversion"))
            conversionVerdicts = s.value(QStringLiteral("verdicts")).toInt();
        if (s.value(QStringLiteral("metric")).toString() == QStringLiteral("revenue"))
            revenueVerdicts = s.value(QStringLiteral("verdicts")).toInt();
    }
    EXPECT_EQ(revenueVerdicts, 70 - 28);
    EXPECT_EQ(conversionVerdicts, 70 - 28 - 1);
    ASSERT_EQ(r.series.size(), 6u); // revenue, orders, new users, conversion, purchase and session_start events
}

TEST_F(AnomalyServiceTest, ConversionSeriesComesFromSessions)
{
    plant();
    m_db.read([&](pqxx::work& tx) {
        AnomalySeriesRequest request;
        request.fromDay = *parseIsoDate("2026-03-09");
        request.toDay = *parseIsoDate("2026-03-15");
        request.metric = AnomalyMetric::Conversion;
        const auto series = readAnomalySeries(tx, request);
        ASSERT_EQ(series.size(), 1u);
        const AnomalySeries& s = series[0];
        ASSERT_EQ(s.days.size(), 7u);
        const std::vector<double> sessions{100, 100, 100, 100, 100, 10, 50};
        const std::vector<double> buying{10, 2, 10, 10, 10, 5, 5};
        EXPECT_EQ(s.sessions, sessions);
        EXPECT_EQ(s.buyingSessions, buying);
        EXPECT_DOUBLE_EQ(s.values[1], 0.02);
        EXPECT_TRUE(std::isnan(s.values[5])) << "10 sessions are too few";
        EXPECT_DOUBLE_EQ(s.values[6], 0.1);
    });
    // The same from SQL written independently.
    EXPECT_EQ(scalar("SELECT count(DISTINCT session_id) FROM crm.events WHERE event_type = 'purchase' AND "
                     "(occurred_at AT TIME ZONE 'UTC')::date = '2026-03-10'"),
              2);
}

TEST_F(AnomalyServiceTest, ReRunKeepsReviewsAndRemovesStaleNewRows)
{
    plant();
    const AnomalyReport first = detect();
    const auto revenueDrop = idOf("revenue", "2026-02-10");
    const auto userSpike = idOf("new_users", "2026-02-25");
    AnomalyService::review(m_db, {revenueDrop}, AnomalyReview::Accept, std::string("price test, expected"));
    AnomalyService::review(m_db, {userSpike}, AnomalyReview::Dismiss, std::nullopt);
    const std::string reviewedAt =
        text("SELECT reviewed_at FROM ml.anomalies WHERE anomaly_id = " + std::to_string(revenueDrop));

    // The cheap orders are repriced and the extra orders of 4 March removed: neither day is anomalous now.
    exec("UPDATE crm.orders SET total_amount = 50 WHERE (created_at AT TIME ZONE 'UTC')::date = '2026-02-10'");
    exec("DELETE FROM crm.orders WHERE (created_at AT TIME ZONE 'UTC')::date = '2026-03-04' AND status = "
         "'delivered' AND order_id > (SELECT min(order_id) + 22 FROM crm.orders WHERE (created_at AT TIME ZONE "
         "'UTC')::date = '2026-03-04')");
    const AnomalyReport second = detect();
    EXPECT_EQ(second.anomalies, 3);
    EXPECT_EQ(second.inserted, 0);
    EXPECT_EQ(second.updated, 3);
    EXPECT_EQ(second.removed, 2);      // orders and revenue of 4 March, never reviewed
    EXPECT_EQ(second.reviewedKept, 1); // the accepted revenue drop
    EXPECT_EQ(stored(), (std::vector<std::string>{kExpected[0], kExpected[1], kExpected[4], kExpected[5]}));
    // The accepted row keeps its review and its numbers from the first run.
    EXPECT_EQ(text("SELECT status || ' ' || reviewed_by || ' ' || note || ' ' || run_id FROM ml.anomalies "
                   "WHERE anomaly_id = " +
                   std::to_string(revenueDrop)),
              "accepted " + text("SELECT current_user") + " price test, expected " + std::to_string(first.runId));
    EXPECT_EQ(text("SELECT reviewed_at FROM ml.anomalies WHERE anomaly_id = " + std::to_string(revenueDrop)),
              reviewedAt);
    // The dismissed one is still anomalous: same row, the new run's numbers, the review untouched.
    EXPECT_EQ(text("SELECT status || ' ' || run_id || ' ' || (reviewed_at IS NOT NULL) FROM ml.anomalies WHERE "
                   "anomaly_id = " +
                   std::to_string(userSpike)),
              "dismissed " + std::to_string(second.runId) + " true");
}

TEST_F(AnomalyServiceTest, ReviewSetsTheReviewerAndIsAudited)
{
    plant();
    detect();
    const auto a = idOf("revenue", "2026-02-10");
    const auto b = idOf("conversion", "2026-03-10");
    auto records = AnomalyService::review(m_db, {a, b}, AnomalyReview::Accept, std::string("known"));
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].id, b); // newest day first
    EXPECT_EQ(records[0].status, "accepted");
    EXPECT_EQ(records[0].reviewedBy, text("SELECT current_user"));
    EXPECT_FALSE(records[0].reviewedAt.empty());
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.anomalies WHERE status = 'accepted' AND note = 'known' AND "
                     "reviewed_by = current_user AND reviewed_at IS NOT NULL"),
              2);
    // Dismiss without a note keeps it; an empty note clears it; reset clears the reviewer.
    records = AnomalyService::review(m_db, {a}, AnomalyReview::Dismiss, std::nullopt);
    EXPECT_EQ(records.at(0).status, "dismissed");
    EXPECT_EQ(records.at(0).note, "known");
    records = AnomalyService::review(m_db, {a}, AnomalyReview::Reset, std::string());
    EXPECT_EQ(text("SELECT status || '|' || coalesce(reviewed_by, '-') || '|' || coalesce(reviewed_at::text, '-') || "
                   "'|' || coalesce(note, '-') FROM ml.anomalies WHERE anomaly_id = " +
                   std::to_string(a)),
              "new|-|-|-");
    EXPECT_EQ(text("SELECT string_agg(action, ',' ORDER BY audit_id) FROM ops.audit_log WHERE object_type = 'anomaly' "
                   "AND object_id = '" +
                   std::to_string(a) + "'"),
              "anomaly.accepted,anomaly.dismissed,anomaly.reset");

    // An unknown id among good ones: an error naming it, and nothing changes.
    const std::string before = digest();
    std::string message;
    EXPECT_EQ(errorCodeOf(
                  [&] {
                      AnomalyService::review(m_db, {b, 999999}, AnomalyReview::Dismiss, std::nullopt);
                  },
                  &message),
              Error::Code::InvalidArgument);
    EXPECT_EQ(message, "no anomaly with id 999999");
    EXPECT_EQ(digest(), before);

    // The list filters by status and metric.
    AnomalyFilter filter;
    filter.status = "accepted";
    const auto accepted = AnomalyService::list(m_db, filter);
    ASSERT_EQ(accepted.size(), 1u);
    EXPECT_EQ(accepted[0].id, b);
    filter = {};
    filter.metric = "revenue";
    EXPECT_EQ(AnomalyService::list(m_db, filter).size(), 2u);
    filter.from = "2026-03-01";
    EXPECT_EQ(AnomalyService::list(m_db, filter).size(), 1u);
    filter = {};
    filter.status = "done";
    EXPECT_EQ(errorCodeOf([&] { AnomalyService::list(m_db, filter); }, &message), Error::Code::InvalidArgument);
    EXPECT_EQ(message, "unknown status 'done': new, accepted or dismissed");
}

TEST_F(AnomalyServiceTest, BadOptionsAreRefusedBeforeWriting)
{
    plant();
    const auto refused = [&](AnomalyRunOptions o) {
        std::string message;
        EXPECT_EQ(errorCodeOf([&] { detect(o); }, &message), Error::Code::InvalidArgument);
        return message;
    };
    AnomalyRunOptions o;
    o.threshold = 0.5;
    EXPECT_EQ(refused(o), "the threshold must be 1 to 50, not 0.5");
    o = {};
    o.weeks = 3;
    EXPECT_EQ(refused(o), "the look-back must be 4 to 52 weeks, not 3");
    o = {};
    o.from = "2026-02-30";
    EXPECT_EQ(refused(o), "--from '2026-02-30' is not a date like 2026-03-31");
    o = {};
    o.from = "2026-03-10";
    o.to = "2026-03-01";
    EXPECT_EQ(refused(o), "--from 2026-03-10 is after --to 2026-03-01");
    o = {};
    o.from = "2026-04-01"; // after the data: the period ends at the last day with data
    o.to = "2026-04-30";
    EXPECT_EQ(refused(o), "no complete day to check from 2026-04-01 to 2026-03-15 (nothing was written)");
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.anomalies"), 0);
}

TEST_F(AnomalyServiceTest, APeriodLeavesOtherDaysAloneAndUsesTheHistoryBeforeIt)
{
    plant();
    detect();
    AnomalyRunOptions o;
    o.from = "2026-03-01";
    o.threshold = 7; // inside March only the Saturday of few sessions (−7.75) is that far out
    const AnomalyReport r = detect(o);
    EXPECT_EQ(r.from, "2026-03-01");
    EXPECT_EQ(r.anomalies, 1);
    EXPECT_EQ(r.removed, 3); // the order and revenue spikes (6.4, 6.5) and the conversion drop (−3.6)
    // February is outside the period: its rows stay as the first run left them.
    EXPECT_EQ(stored(), (std::vector<std::string>{kExpected[0], kExpected[4], kExpected[5]}));
    // Every day of the period was judged, with the history before it.
    for (const auto& s : r.series) {
        if (s.metric == AnomalyMetric::Revenue) {
            EXPECT_EQ(s.verdicts, 15);
        }
    }
}

TEST_F(AnomalyServiceTest, CancelKeepsThePreviousState)
{
    plant();
    detect();
    AnomalyService::review(m_db, {idOf("revenue", "2026-02-10")}, AnomalyReview::Accept, std::string("ok"));
    exec("UPDATE crm.orders SET total_amount = 50 WHERE (created_at AT TIME ZONE 'UTC')::date = '2026-02-10'");
    const std::string before = digest();
    AnomalyRunOptions o;
    o.threshold = 2;
    EXPECT_EQ(errorCodeOf([&] { detect(o, "Writing anomalies"); }), Error::Code::Cancelled);
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(text("SELECT status FROM ml.model_runs ORDER BY run_id DESC LIMIT 1"), "cancelled");
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs WHERE status = 'succeeded'"), 1);
}

TEST_F(AnomalyServiceTest, ProfileGivesTheBandTheRunStored)
{
    plant();
    detect();
    const auto day = *parseIsoDate("2026-02-10");
    // Revenue's unit as the run stored it: the profile reads fewer orders than the run did.
    const double unit = real("SELECT (s->>'unit')::float8 FROM ml.model_runs, jsonb_array_elements(metrics->'series') "
                             "AS s WHERE s->>'metric' = 'revenue'");
    const auto p = AnomalyService::profile(m_db, AnomalyMetric::Revenue, "", day - 14, day + 14, 3.5, 8, 20, unit);
    ASSERT_EQ(p.series.days.size(), 29u);
    ASSERT_EQ(p.days.size(), 29u);
    const auto& d = p.days[14];
    EXPECT_EQ(d.day, day);
    EXPECT_TRUE(d.anomalous);
    EXPECT_DOUBLE_EQ(d.lower, real("SELECT lower_bound FROM ml.anomalies WHERE metric = 'revenue' AND day = "
                                   "'2026-02-10'"));
    EXPECT_DOUBLE_EQ(d.upper, real("SELECT upper_bound FROM ml.anomalies WHERE metric = 'revenue' AND day = "
                                   "'2026-02-10'"));
    EXPECT_DOUBLE_EQ(p.series.values[13], 1000); // the Monday before
    EXPECT_EQ(std::count_if(p.days.begin(), p.days.end(), [](const auto& x) { return x.anomalous; }), 1);
    // An event type that does not exist: nothing.
    EXPECT_TRUE(AnomalyService::profile(m_db, AnomalyMetric::Events, "nope", day - 14, day, 3.5, 8).days.empty());
}

} // namespace
} // namespace kestrel::core
