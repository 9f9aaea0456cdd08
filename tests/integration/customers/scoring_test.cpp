// Purchase-propensity and churn scores against a real PostgreSQL holding a generated database: the
// held-out quality the issue asks for, labels equal independent SQL, scores and reasons are stored
// with the run, the stored model reproduces the stored scores, the same seed gives the same
// scores, runs compare, and bad input or a cancel leaves the stored scores untouched.
#include "analytics/gbdt_model.h"
#include "common/error.h"
#include "customers/feature_builder.h"
#include "customers/scoring_service.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "synth/synth_generator.h"
#include "sql_probe.h"
#include "test_cluster.h"

#include <gtest/gtest.h>
#include <pqxx/binarystring>
#include <pqxx/transaction>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

constexpr const char* kEndDate = "2026-05-01";

class ScoringTest : public ::testing::Test, protected test::SqlProbe {
protected:
    static void SetUpTestSuite()
    {
        Database db(test::TestCluster::instance().params());
        SynthOptions o;
        o.users = 3000;
        o.products = 80;
        o.days = 240;
        o.events = 240000;
        o.seed = 7;
        o.endDate = kEndDate;
        o.replace = true;
        runJobHere(db, [&](JobContext& ctx) { SynthGenerator(o).run(ctx); }, nullptr);
    }

    ScoringTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("TRUNCATE ml.scores, ml.segments, ml.user_metrics, ml.model_runs CASCADE");
        exec("DELETE FROM ops.settings WHERE key = 'churn.inactive_days'");
    }


    ScoringReport score(ScoringOptions o, const std::string& stopAt = {})
    {
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return ScoringService::run(ctx, o); });
    }
    static ScoringOptions kind(ScoringOptions::Kind k, std::uint64_t seed = 42)
    {
        ScoringOptions o;
        o.kind = k;
        o.seed = seed;
        return o;
    }
    /// Every score column, reason and run id of ml.user_metrics.
    std::string scoresDigest()
    {
        return text("SELECT coalesce(md5(string_agg(concat_ws(',', user_id, purchase_probability_30d, "
                    "purchase_reasons, purchase_run_id, churn_probability, churn_reasons, churn_run_id), '|' "
                    "ORDER BY user_id)), 'empty') FROM ml.user_metrics");
    }
    std::string runScores(std::int64_t run)
    {
        return text("SELECT md5(string_agg(user_id || ':' || score, ',' ORDER BY user_id)) FROM ml.scores "
                    "WHERE run_id = " +
                    std::to_string(run));
    }

};

TEST_F(ScoringTest, BothModelsBeatTheIssueBarOnHeldOutData)
{
    const ScoringReport p = score(kind(ScoringOptions::Kind::Propensity));
    const ScoringReport c = score(kind(ScoringOptions::Kind::Churn));
    std::printf("held-out ROC-AUC: propensity %.4f, churn %.4f\n", p.rocAuc, c.rocAuc);
    EXPECT_GT(p.rocAuc, 0.75) << "propensity";
    EXPECT_GT(c.rocAuc, 0.75) << "churn";
    // The validated model ranks better than chance at the top decile too.
    ASSERT_FALSE(p.lift.empty());
    EXPECT_GT(p.lift.front().lift, 2.0);
    EXPECT_GT(c.lift.front().lift, 1.5);
    // The time split: train, validate and score cuts one window apart, ending at the data's end.
    EXPECT_EQ(p.scoreAsOf, "2026-05-02 00:00:00+00");
    EXPECT_EQ(p.validAsOf, "2026-04-02 00:00:00+00");
    EXPECT_EQ(p.trainAsOf, "2026-03-03 00:00:00+00");
    EXPECT_EQ(c.validAsOf, "2026-03-03 00:00:00+00"); // churn window 60 days by default
    EXPECT_EQ(c.windowDays, 60);
}

TEST_F(ScoringTest, LabelsAndPopulationsEqualIndependentSql)
{
    const ScoringReport c = score(kind(ScoringOptions::Kind::Churn));
    // Churn at the training cut: users active (paid order or session) in the 60 days before it;
    // churned = neither in the 60 days after.
    const std::string t = "'" + c.trainAsOf + "'::timestamptz";
    const std::string activeIn = [&](const std::string& from, const std::string& to) {
        return "(EXISTS (SELECT 1 FROM crm.orders o WHERE o.user_id = u.user_id AND o.status IN ('paid', 'shipped', "
               "'delivered') AND o.created_at >= " +
               from + " AND o.created_at < " + to +
               ") OR EXISTS (SELECT 1 FROM crm.events e WHERE e.user_id = u.user_id AND e.event_type = "
               "'session_start' AND e.occurred_at >= " +
               from + " AND e.occurred_at < " + to + "))";
    }(t + " - interval '60 days'", t);
    const std::string after = "NOT (EXISTS (SELECT 1 FROM crm.orders o WHERE o.user_id = u.user_id AND o.status IN "
                              "('paid', 'shipped', 'delivered') AND o.created_at >= " +
                              t + " AND o.created_at < " + t +
                              " + interval '60 days') OR EXISTS (SELECT 1 FROM crm.events e WHERE e.user_id = "
                              "u.user_id AND e.event_type = 'session_start' AND e.occurred_at >= " +
                              t + " AND e.occurred_at < " + t + " + interval '60 days'))";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users u WHERE u.created_at < " + t + " AND " + activeIn),
              c.trainRows);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users u WHERE u.created_at < " + t + " AND " + activeIn + " AND " +
                     after),
              std::llround(c.trainPositiveRate * static_cast<double>(c.trainRows)));

    // Propensity at the validation cut: every user signed up before it; positive = a paid order in 30 days.
    const ScoringReport p = score(kind(ScoringOptions::Kind::Propensity));
    const std::string v = "'" + p.validAsOf + "'::timestamptz";
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE created_at < " + v), p.validRows);
    EXPECT_EQ(scalar("SELECT count(DISTINCT o.user_id) FROM crm.orders o JOIN crm.users u USING (user_id) "
                     "WHERE u.created_at < " +
                     v + " AND o.status IN ('paid', 'shipped', 'delivered') AND o.created_at >= " + v +
                     " AND o.created_at < " + v + " + interval '30 days'"),
              std::llround(p.validPositiveRate * static_cast<double>(p.validRows)));
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE created_at < '" + p.scoreAsOf + "'"), p.scoredUsers);
}

TEST_F(ScoringTest, ScoresReasonsMetricsAndTheModelAreStored)
{
    const ScoringReport r = score(kind(ScoringOptions::Kind::Propensity));
    const std::string run = std::to_string(r.runId);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE purchase_run_id = " + run +
                     " AND purchase_probability_30d IS NOT NULL"),
              r.scoredUsers);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.scores WHERE run_id = " + run), r.scoredUsers);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.scores s JOIN ml.user_metrics m USING (user_id) WHERE s.run_id = " +
                     run + " AND s.score <> m.purchase_probability_30d::real"),
              0);
    // Reasons: at most three, positive contributions, largest first, features by name.
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics WHERE purchase_run_id = " + run +
                     " AND jsonb_array_length(purchase_reasons) > 3"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.user_metrics m, jsonb_array_elements(m.purchase_reasons) "
                     "WITH ORDINALITY AS r(x, i) WHERE (x->>'contribution')::float8 <= 0 OR x->>'feature' = '' OR "
                     "(i > 1 AND (x->>'contribution')::float8 > (m.purchase_reasons->(i::int - 2)->>'contribution')"
                     "::float8)"),
              0);
    EXPECT_GT(scalar("SELECT count(*) FROM ml.user_metrics WHERE jsonb_array_length(purchase_reasons) = 3"), 0);
    // The top list matches the stored order.
    ASSERT_FALSE(r.top.empty());
    EXPECT_EQ(scalar("SELECT user_id FROM ml.scores WHERE run_id = " + run + " ORDER BY score DESC, user_id LIMIT 1"),
              r.top.front().userId);

    // The run row: metrics, parameters, artifact, seed.
    EXPECT_EQ(text("SELECT status FROM ml.model_runs WHERE run_id = " + run), "succeeded");
    EXPECT_EQ(text("SELECT params->>'seed' FROM ml.model_runs WHERE run_id = " + run), "42");
    EXPECT_NEAR(real("SELECT (metrics->>'roc_auc')::float8 FROM ml.model_runs WHERE run_id = " + run), r.rocAuc, 1e-12);
    EXPECT_EQ(scalar("SELECT (SELECT sum(x::bigint) FROM jsonb_array_elements_text(metrics->'histogram'->'counts') x) "
                     "FROM ml.model_runs WHERE run_id = " +
                     run),
              r.scoredUsers);
    EXPECT_GE(scalar("SELECT jsonb_array_length(metrics->'roc') FROM ml.model_runs WHERE run_id = " + run), 3);
    EXPECT_EQ(scalar("SELECT jsonb_array_length(metrics->'lift') FROM ml.model_runs WHERE run_id = " + run), 10);
    EXPECT_EQ(scalar("SELECT jsonb_array_length(metrics->'importance') FROM ml.model_runs WHERE run_id = " + run),
              static_cast<long long>(FeatureBuilder::featureNames().size()));

    // The stored model, loaded again, gives the stored scores on the features as of the scored moment.
    std::vector<std::uint8_t> bytes;
    m_db.read([&](pqxx::work& tx) {
        const pqxx::binarystring b(tx.exec1("SELECT artifact FROM ml.model_runs WHERE run_id = " + run)[0]);
        bytes.assign(b.begin(), b.end());
    });
    const auto model = GbdtModel::load(bytes);
    std::atomic<bool> stop{false};
    JobContext ctx(m_db, {}, stop);
    const CustomerFeatures f = FeatureBuilder::build(ctx, r.scoreAsOf);
    std::vector<float> x(f.values.data(), f.values.data() + f.values.size());
    const std::vector<float> again = model->predict({x.data(), f.userIds.size(), static_cast<std::size_t>(f.values.cols())});
    std::vector<float> stored;
    m_db.read([&](pqxx::work& tx) {
        for (const auto& row : tx.exec("SELECT score FROM ml.scores WHERE run_id = " + run + " ORDER BY user_id"))
            stored.push_back(row[0].as<float>());
    });
    EXPECT_EQ(again, stored);
}

TEST_F(ScoringTest, SameDataAndSeedGiveIdenticalScores)
{
    const ScoringReport a = score(kind(ScoringOptions::Kind::Churn, 9));
    const std::string reasonsA = text("SELECT md5(string_agg(churn_reasons::text, ',' ORDER BY user_id)) FROM ml.user_metrics");
    const ScoringReport b = score(kind(ScoringOptions::Kind::Churn, 9));
    EXPECT_EQ(runScores(a.runId), runScores(b.runId));
    EXPECT_EQ(text("SELECT md5(string_agg(churn_reasons::text, ',' ORDER BY user_id)) FROM ml.user_metrics"), reasonsA);
    EXPECT_EQ(a.rocAuc, b.rocAuc);
    const ScoringReport c = score(kind(ScoringOptions::Kind::Churn, 10));
    EXPECT_NE(runScores(a.runId), runScores(c.runId)); // row and column subsampling follow the seed
}

TEST_F(ScoringTest, RunsCompareWithDrift)
{
    const ScoringReport a = score(kind(ScoringOptions::Kind::Propensity, 1));
    ScoringOptions earlier = kind(ScoringOptions::Kind::Propensity, 1);
    earlier.asOf = "2026-04-15";
    const ScoringReport b = score(earlier);
    const ScoreDrift same = ScoringService::compare(m_db, a.runId, a.runId);
    EXPECT_EQ(same.common, a.scoredUsers);
    EXPECT_NEAR(same.psi, 0.0, 1e-12);
    EXPECT_EQ(same.bandChangeShare, 0.0);

    const ScoreDrift d = ScoringService::compare(m_db, b.runId, a.runId);
    EXPECT_EQ(d.model, "propensity");
    EXPECT_EQ(d.usersA, b.scoredUsers);
    EXPECT_EQ(d.usersB, a.scoredUsers);
    EXPECT_EQ(d.common, b.scoredUsers); // everyone scored on April 15 is scored again on May 2
    long long histA = 0;
    for (const auto v : d.histogramA)
        histA += v;
    EXPECT_EQ(histA, b.scoredUsers);
    // Band moves equal independent SQL.
    const long long changed = scalar(
        "SELECT count(*) FROM ml.scores x JOIN ml.scores y ON y.user_id = x.user_id AND y.run_id = " +
        std::to_string(a.runId) + " WHERE x.run_id = " + std::to_string(b.runId) +
        " AND (CASE WHEN x.score < 0.3 THEN 0 WHEN x.score < 0.6 THEN 1 ELSE 2 END) <> "
        "(CASE WHEN y.score < 0.3 THEN 0 WHEN y.score < 0.6 THEN 1 ELSE 2 END)");
    EXPECT_NEAR(d.bandChangeShare, static_cast<double>(changed) / static_cast<double>(d.common), 1e-12);
    EXPECT_NEAR(d.meanB, real("SELECT avg(score) FROM ml.scores WHERE run_id = " + std::to_string(a.runId)), 1e-9);
    EXPECT_GE(d.psi, 0.0);

    const ScoringReport c = score(kind(ScoringOptions::Kind::Churn));
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { ScoringService::compare(m_db, a.runId, c.runId); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("only runs of the same model"), std::string::npos) << message;
    EXPECT_EQ(errorCodeOf([&] { ScoringService::compare(m_db, a.runId, 999999); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("run 999999 is not a succeeded"), std::string::npos) << message;

    const auto runs = ScoringService::history(m_db, "propensity");
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].runId, b.runId);
    EXPECT_NEAR(runs[0].rocAuc, b.rocAuc, 1e-12);
    EXPECT_EQ(ScoringService::history(m_db, "").size(), 3u);
}

TEST_F(ScoringTest, ChurnDefinitionIsASetting)
{
    EXPECT_EQ(ScoringService::churnDays(m_db), 60);
    ScoringService::setChurnDays(m_db, 45);
    EXPECT_EQ(ScoringService::churnDays(m_db), 45);
    const ScoringReport r = score(kind(ScoringOptions::Kind::Churn));
    EXPECT_EQ(r.windowDays, 45);
    EXPECT_EQ(text("SELECT params->>'churn_days' FROM ml.model_runs WHERE run_id = " + std::to_string(r.runId)), "45");
    ScoringOptions o = kind(ScoringOptions::Kind::Churn);
    o.churnDays = 30; // a run's own N wins over the setting
    EXPECT_EQ(score(o).windowDays, 30);
    EXPECT_EQ(errorCodeOf([&] { ScoringService::setChurnDays(m_db, 0); }), Error::Code::InvalidArgument);
    EXPECT_EQ(ScoringService::churnDays(m_db), 45);
}

TEST_F(ScoringTest, CancelDuringTrainingKeepsThePreviousScores)
{
    score(kind(ScoringOptions::Kind::Propensity));
    score(kind(ScoringOptions::Kind::Churn));
    const std::string digest = scoresDigest();
    const long long scoreRows = scalar("SELECT count(*) FROM ml.scores");
    for (const char* at : {"Training the model", "Writing scores"}) {
        EXPECT_EQ(errorCodeOf([&] { score(kind(ScoringOptions::Kind::Churn, 5), at); }), Error::Code::Cancelled) << at;
        EXPECT_EQ(scoresDigest(), digest) << at;
        EXPECT_EQ(scalar("SELECT count(*) FROM ml.scores"), scoreRows) << at;
    }
    EXPECT_EQ(text("SELECT status FROM ml.model_runs ORDER BY run_id DESC LIMIT 1"), "cancelled");
}

TEST_F(ScoringTest, TooLittleHistoryOrBadOptionsWriteNothing)
{
    score(kind(ScoringOptions::Kind::Propensity));
    const std::string digest = scoresDigest();
    const long long runs = scalar("SELECT count(*) FROM ml.model_runs");
    std::string message;
    ScoringOptions o = kind(ScoringOptions::Kind::Churn);
    o.asOf = "2025-10-01"; // before the generated history
    EXPECT_EQ(errorCodeOf([&] { score(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("not enough history for the training window"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was written"), std::string::npos) << message;
    o.asOf = "not a date";
    EXPECT_EQ(errorCodeOf([&] { score(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("not a valid date"), std::string::npos) << message;
    o = kind(ScoringOptions::Kind::Propensity);
    o.horizonDays = 0;
    EXPECT_EQ(errorCodeOf([&] { score(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("horizon must be 1 to 365 days"), std::string::npos) << message;
    EXPECT_EQ(scoresDigest(), digest);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), runs);
}

// Declared last: empties the customer tables.
TEST_F(ScoringTest, EmptyDatabaseIsRefused)
{
    exec("TRUNCATE crm.users, crm.orders, crm.order_items, crm.events CASCADE");
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { score(kind(ScoringOptions::Kind::Propensity)); }, &message), Error::Code::InvalidArgument);
    EXPECT_NE(message.find("no orders or events"), std::string::npos) << message;
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), 0);
}

} // namespace
} // namespace kestrel::core
