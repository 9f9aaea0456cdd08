// RecommendService against a real PostgreSQL: every user gets N ranked rows in the run's partition,
// nothing already bought in a one-off category comes back, every reason points into the user's own
// history, inactive products never appear, partitions rotate (the previous run kept, older ones
// dropped), a cancel keeps the previous run, and the CLI's lookup answers unknown, cold and new users.
#include "common/error.h"
#include "customers/recommend_service.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "sql_probe.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"

#include <gtest/gtest.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <string>

namespace kestrel::core {
namespace {

using test::errorCodeOf;

constexpr const char* kEndDate = "2026-05-31";

class RecommendServiceTest : public ::testing::Test, protected test::SqlProbe {
protected:
    static void SetUpTestSuite()
    {
        Database db(test::TestCluster::instance().params());
        SynthOptions o;
        o.users = 1500;
        o.products = 120;
        o.days = 150;
        o.events = 90000;
        o.seed = 11;
        o.endDate = kEndDate;
        o.replace = true;
        runJobHere(
            db, [&](JobContext& ctx) { SynthGenerator(o).run(ctx); }, nullptr);
    }

    RecommendServiceTest() : SqlProbe(test::TestCluster::instance().params())
    {
        exec("DO $$ DECLARE t text; BEGIN FOR t IN SELECT relname FROM pg_class WHERE relnamespace = "
             "'ml'::regnamespace AND relkind = 'r' AND relname LIKE 'recommendations\\_run\\_%' LOOP "
             "EXECUTE format('DROP TABLE ml.%I', t); END LOOP; END $$");
        exec("TRUNCATE ml.model_runs CASCADE");
        exec("DELETE FROM crm.users WHERE user_id >= 900000");
        exec("UPDATE crm.products SET is_active = true");
    }

    RecommendReport recommend(RecommendServiceOptions o = {}, const std::string& stopAt = {})
    {
        o.threads = 2;
        return test::runJobStoppingAt(m_db, stopAt, [&](JobContext& ctx) { return RecommendService::run(ctx, o); });
    }

    QJsonObject metrics(std::int64_t runId)
    {
        return QJsonDocument::fromJson(
                   QByteArray::fromStdString(
                       text("SELECT metrics::text FROM ml.model_runs WHERE run_id = " + std::to_string(runId))))
            .object();
    }

    std::string partitions()
    {
        return text("SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_inherits i "
                    "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'ml.recommendations'::regclass");
    }

    std::string rowsDigest()
    {
        return text("SELECT coalesce(md5(string_agg(concat_ws(',', run_id, user_id, rank, product_id, reason_kind, "
                    "reason_product_id), '|' ORDER BY run_id, user_id, rank)), 'empty') FROM ml.recommendations");
    }

    /// Purchases (paid, shipped, delivered) and views/carts before the run's as-of, as SQL snippets.
    static std::string bought(const std::string& user, const std::string& product)
    {
        return "EXISTS (SELECT 1 FROM crm.orders o JOIN crm.order_items i USING (order_id) WHERE o.user_id = " + user +
               " AND i.product_id = " + product +
               " AND o.status IN ('paid', 'shipped', 'delivered') AND o.created_at < '2026-06-01')";
    }
    static std::string looked(const std::string& user, const std::string& product)
    {
        return "EXISTS (SELECT 1 FROM crm.events e WHERE e.user_id = " + user + " AND e.product_id = " + product +
               " AND e.event_type IN ('product_view', 'add_to_cart') AND e.occurred_at < '2026-06-01')";
    }
};

TEST_F(RecommendServiceTest, EveryUserGetsRankedRowsWithReasonsFromTheirHistory)
{
    const RecommendReport r = recommend();
    EXPECT_EQ(r.asOf, "2026-06-01 00:00:00+00");
    const long long users = scalar("SELECT count(*) FROM crm.users");
    EXPECT_EQ(r.stats.users, users);
    EXPECT_EQ(r.rows, users * 10);
    const std::string run = std::to_string(r.runId);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run), users * 10);
    // Ranks 1..10 once per user, scores never rising with rank.
    EXPECT_EQ(scalar("SELECT count(*) FROM (SELECT user_id FROM ml.recommendations GROUP BY user_id "
                     "HAVING count(*) <> 10 OR min(rank) <> 1 OR max(rank) <> 10 OR count(DISTINCT rank) <> 10 "
                     "OR count(DISTINCT product_id) <> 10) t"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations a JOIN ml.recommendations b "
                     "ON a.user_id = b.user_id AND b.rank = a.rank + 1 WHERE b.score > a.score"),
              0);
    // Nothing already bought in a category that is not bought again normally.
    const QJsonObject m = metrics(r.runId);
    std::string oneOff = "''";
    for (const auto& v : m.value(QStringLiteral("categories")).toArray())
        if (!v.toObject().value(QStringLiteral("repeat_normal")).toBool())
            oneOff += ",'" + v.toObject().value(QStringLiteral("category")).toString().toStdString() + "'";
    EXPECT_GT(oneOff.size(), 2u) << "the generated data has one-off categories";
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r JOIN crm.products p USING (product_id) "
                     "WHERE p.category IN (" +
                     oneOff + ") AND " + bought("r.user_id", "r.product_id")),
              0);
    // Every reason points into the user's own history (or the item's own category).
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r WHERE reason_kind = 'bought_together' AND NOT " +
                     bought("r.user_id", "r.reason_product_id")),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r WHERE reason_kind = 'viewed_together' AND (NOT " +
                     looked("r.user_id", "r.reason_product_id") + " OR " + bought("r.user_id", "r.reason_product_id") +
                     ")"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r WHERE reason_kind = 'similar_to' AND "
                     "(r.reason_product_id = r.product_id OR NOT (" +
                     looked("r.user_id", "r.reason_product_id") + " OR " + bought("r.user_id", "r.reason_product_id") +
                     "))"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r JOIN crm.products p USING (product_id) "
                     "WHERE reason_kind = 'popular_in_category' AND r.reason_category <> p.category"),
              0);
    // Every part contributes on this data, and the counts in the metrics match the rows.
    for (const char* kind : {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"})
        EXPECT_EQ(scalar(std::string("SELECT count(*) FROM ml.recommendations WHERE reason_kind = '") + kind + "'"),
                  static_cast<long long>(
                      m.value(QStringLiteral("reasons")).toObject().value(QString::fromLatin1(kind)).toDouble()))
            << kind;
    EXPECT_GT(r.bySource[0], 0);
    EXPECT_GT(r.bySource[2], 0);
    EXPECT_EQ(static_cast<long long>(m.value(QStringLiteral("users")).toDouble()), users);
    EXPECT_EQ(m.value(QStringLiteral("popular")).toArray().size(), 20);
    // Users without any view, cart or purchase get the popular list, in the run's popular order.
    const long long cold = scalar(
        "SELECT count(*) FROM crm.users u WHERE NOT EXISTS (SELECT 1 FROM crm.events e WHERE e.user_id = u.user_id AND "
        "e.event_type IN ('product_view', 'add_to_cart') AND e.product_id IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM crm.orders o WHERE o.user_id = u.user_id AND "
        "o.status IN ('paid', 'shipped', 'delivered'))");
    EXPECT_EQ(r.stats.coldUsers, cold);
    EXPECT_GT(cold, 0);
}

TEST_F(RecommendServiceTest, EvaluatesOnTheLastThirtyDays)
{
    const RecommendReport r = recommend();
    ASSERT_TRUE(r.evaluation.has_value());
    EXPECT_EQ(r.evaluationCut, "2026-05-02");
    const auto& e = *r.evaluation;
    EXPECT_EQ(e.testUsers,
              scalar("SELECT count(DISTINCT user_id) FROM crm.orders o WHERE status IN ('paid', 'shipped', "
                     "'delivered') AND created_at >= '2026-05-02' AND created_at < '2026-06-01' AND EXISTS "
                     "(SELECT 1 FROM crm.order_items i WHERE i.order_id = o.order_id)"));
    EXPECT_EQ(e.trainPurchases,
              scalar("SELECT count(*) FROM crm.orders o JOIN crm.order_items USING (order_id) "
                     "WHERE status IN ('paid', 'shipped', 'delivered') AND created_at < '2026-05-02'"));
    const QJsonObject models =
        metrics(r.runId).value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("models")).toObject();
    for (const char* name : {"hybrid", "item_cf", "content", "popularity_recent", "popularity"}) {
        const QJsonObject o = models.value(QString::fromLatin1(name)).toObject();
        for (const char* metric : {"precision", "recall", "ndcg", "map", "coverage"}) {
            const double v = o.value(QString::fromLatin1(metric)).toDouble(-1);
            EXPECT_TRUE(v >= 0 && v <= 1) << name << "." << metric << " = " << v;
        }
        EXPECT_EQ(static_cast<long long>(o.value(QStringLiteral("users")).toDouble()), e.evaluatedUsers);
    }
    EXPECT_GT(e.hybrid.ndcg, 0);
    // No purchase in the window: a warning, no evaluation, and the run still succeeds.
    RecommendServiceOptions early;
    early.asOf = "2025-12-01";
    const RecommendReport none = recommend(early);
    EXPECT_FALSE(none.evaluation.has_value());
    ASSERT_EQ(none.warnings.size(), 1u);
    EXPECT_NE(none.warnings[0].find("no evaluation"), std::string::npos);
    EXPECT_TRUE(metrics(none.runId).value(QStringLiteral("evaluation")).isNull());
}

TEST_F(RecommendServiceTest, InactiveProductsAreNeverRecommended)
{
    exec("UPDATE crm.products SET is_active = false WHERE product_id IN (SELECT product_id FROM crm.order_items "
         "GROUP BY 1 ORDER BY count(*) DESC LIMIT 5)");
    const RecommendReport r = recommend();
    EXPECT_EQ(r.stats.activeItems, scalar("SELECT count(*) FROM crm.products WHERE is_active"));
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.recommendations r JOIN crm.products p USING (product_id) "
                     "WHERE NOT p.is_active"),
              0);
    EXPECT_EQ(r.rows, 10 * scalar("SELECT count(*) FROM crm.users"));
}

TEST_F(RecommendServiceTest, KeepsThePreviousPartitionAndDropsOlderOnes)
{
    const auto first = recommend().runId;
    const auto second = recommend().runId;
    EXPECT_EQ(partitions(),
              "recommendations_run_" + std::to_string(first) + ",recommendations_run_" + std::to_string(second));
    const auto third = recommend().runId;
    EXPECT_EQ(partitions(),
              "recommendations_run_" + std::to_string(second) + ",recommendations_run_" + std::to_string(third));
    EXPECT_EQ(text("SELECT to_regclass('ml.recommendations_run_" + std::to_string(first) + "') IS NULL"), "t");
    EXPECT_EQ(scalar("SELECT count(DISTINCT run_id) FROM ml.recommendations"), 2);
    EXPECT_EQ(RecommendService::newestRun(m_db), third);
}

TEST_F(RecommendServiceTest, ACancelKeepsThePreviousRunAndLeavesNoTable)
{
    const auto first = recommend().runId;
    const std::string before = rowsDigest();
    for (const char* stage : {"Writing recommendations", "Indexing recommendations", "Attaching the run"}) {
        std::string message;
        EXPECT_EQ(errorCodeOf([&] { recommend({}, stage); }, &message), Error::Code::Cancelled) << stage;
        EXPECT_EQ(rowsDigest(), before) << stage;
        EXPECT_EQ(partitions(), "recommendations_run_" + std::to_string(first)) << stage;
        EXPECT_EQ(scalar("SELECT count(*) FROM pg_class WHERE relname LIKE 'recommendations\\_run\\_%' AND relkind = "
                         "'r'"),
                  1)
            << stage;
    }
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'recommend' AND status = 'cancelled'"), 3);
    EXPECT_EQ(RecommendService::newestRun(m_db), first);
}

TEST_F(RecommendServiceTest, BadOptionsWriteNothing)
{
    RecommendServiceOptions o;
    o.top = 0;
    EXPECT_EQ(errorCodeOf([&] { recommend(o); }), Error::Code::InvalidArgument);
    o.top = 10;
    o.asOf = "someday";
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { recommend(o); }, &message), Error::Code::InvalidArgument);
    EXPECT_EQ(message, "the as-of date 'someday' is not a valid date or time");
    EXPECT_EQ(scalar("SELECT count(*) FROM ml.model_runs"), 0);
    EXPECT_EQ(partitions(), "");
}

TEST_F(RecommendServiceTest, TheCliLookupAnswersUnknownColdAndNewUsers)
{
    std::string message;
    EXPECT_EQ(errorCodeOf([&] { RecommendService::forUser(m_db, 1); }, &message), Error::Code::InvalidArgument);
    EXPECT_EQ(message, "there are no recommendations yet: run kestrel analyze recommend first");
    // A user with no history at all, registered before the run: stored popular rows.
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
         "VALUES (900001, 'cold@example.com', 'Cold', 'US', 'organic', 'desktop', '2026-05-20')");
    const RecommendReport r = recommend();
    EXPECT_EQ(errorCodeOf([&] { RecommendService::forUser(m_db, 987654321); }, &message), Error::Code::InvalidArgument);
    EXPECT_EQ(message, "there is no user with id 987654321");
    const UserRecommendations cold = RecommendService::forUser(m_db, 900001);
    EXPECT_FALSE(cold.popularFallback);
    ASSERT_EQ(cold.items.size(), 10u);
    const QJsonArray popular = metrics(r.runId).value(QStringLiteral("popular")).toArray();
    for (std::size_t k = 0; k < cold.items.size(); ++k) {
        EXPECT_EQ(cold.items[k].reasonKind, "popular");
        EXPECT_EQ(cold.items[k].source, "popular");
        EXPECT_EQ(cold.items[k].productId,
                  static_cast<std::int64_t>(
                      popular[static_cast<qsizetype>(k)].toObject().value(QStringLiteral("product_id")).toDouble()));
        EXPECT_EQ(recommendationReasonText(cold.items[k]), "popular now");
    }
    // A user registered after the run: no stored row, the run's popular list, never empty.
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
         "VALUES (900002, 'new@example.com', 'New', 'US', 'organic', 'desktop', '2026-06-02')");
    const UserRecommendations fresh = RecommendService::forUser(m_db, 900002);
    EXPECT_TRUE(fresh.popularFallback);
    ASSERT_EQ(fresh.items.size(), 10u);
    EXPECT_EQ(fresh.items[0].productId, cold.items[0].productId);
    // A user with history: reasons in words name the product.
    const std::int64_t buyer = scalar("SELECT user_id FROM ml.recommendations WHERE reason_kind = 'bought_together' "
                                      "ORDER BY user_id LIMIT 1");
    const UserRecommendations u = RecommendService::forUser(m_db, buyer);
    bool named = false;
    for (const auto& item : u.items)
        if (item.reasonKind == "bought_together") {
            EXPECT_EQ(recommendationReasonText(item), "bought together with " + item.reasonProductName);
            EXPECT_EQ(item.reasonProductName,
                      text("SELECT name FROM crm.products WHERE product_id = " + std::to_string(item.reasonProductId)));
            named = true;
        }
    EXPECT_TRUE(named);
}

} // namespace
} // namespace kestrel::core
