#include "customers/recommend_service.h"

#include "common/error.h"
#include "common/translate.h"
#include "customers/model_run_log.h"
#include "customers/recommend_data.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "modeling/recommend_csv_evaluation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <future>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kPopularListSize = 20;
constexpr std::size_t kUsersPerChunk = 32768;
constexpr const char* kPartitionPrefix = "recommendations_run_";

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string partitionTable(std::int64_t runId)
{
    return "ml." + std::string(kPartitionPrefix) + std::to_string(runId);
}

/// The run id in a partition's name, 0 when the name is not one of ours.
std::int64_t runIdOf(const std::string& relname)
{
    const std::string prefix(kPartitionPrefix);
    if (relname.rfind(prefix, 0) != 0 || relname.size() == prefix.size())
        return 0;
    std::int64_t id = 0;
    const auto [ptr, ec] = std::from_chars(relname.data() + prefix.size(), relname.data() + relname.size(), id);
    return ec == std::errc() && ptr == relname.data() + relname.size() ? id : 0;
}

void appendInt(std::string& out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void appendFloat(std::string& out, float v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void checkOptions(const RecommendServiceOptions& o)
{
    if (o.top < 1 || o.top > 100)
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate("Recommend", "the list length must be 1 to 100, not %1"), o.top));
    if (!(o.halfLifeDays >= 0 && o.halfLifeDays <= 3650))
        throw Error(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Recommend", "the half-life must be 0 to 3650 days").toStdString());
    if (o.evalDays < 0 || o.evalDays > 365)
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate("Recommend", "the evaluation window must be 0 to 365 days, not %1"),
                   o.evalDays));
}

/// The time-split evaluation on the database's own data, or a warning saying why there is none.
void evaluate(JobContext& ctx, const RecommendData& data, const RecommendServiceOptions& options,
              const analytics::RecommendOptions& recommend, RecommendReport& report)
{
    if (options.evalDays == 0)
        return;
    const std::int32_t cut = data.asOfDay - options.evalDays;
    report.evaluationCut = isoDate(cut);
    report.evalDays = options.evalDays;
    std::int64_t before = 0, after = 0;
    for (const auto& x : data.interactions)
        if (x.kind == analytics::InteractionKind::Purchase)
            ++(x.day < cut ? before : after);
    if (after == 0 || before == 0) {
        report.warnings.push_back(trArgs(
            QCoreApplication::translate(
                "Recommend", "no evaluation: it needs purchases before %1 and in the %2 days from it to %3 (there are "
                             "%4 before and %5 after)"),
            report.evaluationCut, options.evalDays, report.asOf, before, after));
        return;
    }
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    const std::string text = QCoreApplication::translate("Recommend", "Evaluating on the last days").toStdString();
    control.progress = [&](double f) { ctx.progress(0.15 + 0.2 * f, text); };
    report.evaluation = analytics::evaluateRecommender(data.interactions, data.catalogue,
                                                       static_cast<std::int32_t>(data.userIds.size()), cut, recommend,
                                                       options.evalMaxUsers, control);
}

} // namespace

const char* recommendSourceName(analytics::RecommendSource source)
{
    switch (source) {
    case analytics::RecommendSource::ItemCf:
        return "item_cf";
    case analytics::RecommendSource::Content:
        return "content";
    case analytics::RecommendSource::Popular:
        return "popular";
    }
    return "popular";
}

const char* reasonKindName(analytics::ReasonKind reason)
{
    switch (reason) {
    case analytics::ReasonKind::BoughtTogether:
        return "bought_together";
    case analytics::ReasonKind::ViewedTogether:
        return "viewed_together";
    case analytics::ReasonKind::SimilarTo:
        return "similar_to";
    case analytics::ReasonKind::PopularInCategory:
        return "popular_in_category";
    case analytics::ReasonKind::Popular:
        return "popular";
    }
    return "popular";
}

std::string recommendationReasonText(const StoredRecommendation& r)
{
    const std::string& name = r.reasonProductName.empty() ? std::to_string(r.reasonProductId) : r.reasonProductName;
    if (r.reasonKind == "bought_together")
        return trArgs(QCoreApplication::translate("RecommendReason", "bought together with %1"), name);
    if (r.reasonKind == "viewed_together")
        return trArgs(QCoreApplication::translate("RecommendReason", "viewed together with %1"), name);
    if (r.reasonKind == "similar_to")
        return trArgs(QCoreApplication::translate("RecommendReason", "similar to %1"), name);
    if (r.reasonKind == "popular_in_category")
        return trArgs(QCoreApplication::translate("RecommendReason", "popular in %1"), r.reasonCategory);
    return QCoreApplication::translate("RecommendReason", "popular now").toStdString();
}

std::int64_t RecommendService::newestRun(Database& db)
{
    std::int64_t id = 0;
    db.read([&](pqxx::work& tx) {
        id = tx.exec1("SELECT coalesce(max(run_id), 0) FROM ml.model_runs WHERE model = 'recommend' "
                      "AND status = 'succeeded'")[0]
                 .as<std::int64_t>();
    });
    return id;
}

QJsonObject RecommendService::metricsJson(const RecommendReport& r)
{
    QJsonObject m;
    const auto& s = r.stats;
    m[QStringLiteral("as_of")] = QString::fromStdString(r.asOf);
    m[QStringLiteral("users")] = static_cast<double>(s.users);
    m[QStringLiteral("cold_users")] = static_cast<double>(s.coldUsers);
    m[QStringLiteral("items")] = static_cast<double>(s.items);
    m[QStringLiteral("active_items")] = static_cast<double>(s.activeItems);
    QJsonObject interactions;
    interactions[QStringLiteral("views")] = static_cast<double>(s.views);
    interactions[QStringLiteral("carts")] = static_cast<double>(s.carts);
    interactions[QStringLiteral("purchases")] = static_cast<double>(s.purchases);
    m[QStringLiteral("interactions")] = interactions;
    m[QStringLiteral("feedback_cells")] = static_cast<double>(s.feedbackCells);
    m[QStringLiteral("items_with_neighbours")] = static_cast<double>(s.itemsWithNeighbours);
    m[QStringLiteral("rows")] = static_cast<double>(r.rows);
    m[QStringLiteral("top")] = r.options.top;
    m[QStringLiteral("recommended_items")] = static_cast<double>(r.recommendedItems);
    m[QStringLiteral("coverage")] = r.coverage;
    QJsonObject sources, reasons;
    for (int k = 0; k < 3; ++k)
        sources[QString::fromLatin1(recommendSourceName(static_cast<analytics::RecommendSource>(k)))] =
            static_cast<double>(r.bySource[k]);
    for (int k = 0; k < 5; ++k)
        reasons[QString::fromLatin1(reasonKindName(static_cast<analytics::ReasonKind>(k)))] =
            static_cast<double>(r.byReason[k]);
    m[QStringLiteral("sources")] = sources;
    m[QStringLiteral("reasons")] = reasons;
    QJsonArray repeat;
    for (const auto& [category, rate] : r.categoryRepeatRates) {
        QJsonObject o;
        o[QStringLiteral("category")] = QString::fromStdString(category);
        o[QStringLiteral("repeat_rate")] = rate;
        o[QStringLiteral("repeat_normal")] = std::find(r.repeatNormalCategories.begin(), r.repeatNormalCategories.end(),
                                                       category) != r.repeatNormalCategories.end();
        repeat.append(o);
    }
    m[QStringLiteral("categories")] = repeat;
    QJsonArray popular;
    for (const auto& p : r.popular) {
        QJsonObject o;
        o[QStringLiteral("product_id")] = static_cast<double>(p.productId);
        o[QStringLiteral("score")] = p.score;
        o[QStringLiteral("category")] = QString::fromStdString(p.category);
        popular.append(o);
    }
    m[QStringLiteral("popular")] = popular;
    if (r.evaluation) {
        const auto& e = *r.evaluation;
        QJsonObject ev;
        ev[QStringLiteral("cut_date")] = QString::fromStdString(r.evaluationCut);
        ev[QStringLiteral("test_days")] = r.evalDays;
        ev[QStringLiteral("train_purchases")] = static_cast<double>(e.trainPurchases);
        ev[QStringLiteral("train_items")] = static_cast<double>(e.trainItems);
        ev[QStringLiteral("test_purchases")] = static_cast<double>(e.testPurchases);
        ev[QStringLiteral("test_users")] = static_cast<double>(e.testUsers);
        ev[QStringLiteral("evaluated_users")] = static_cast<double>(e.evaluatedUsers);
        ev[QStringLiteral("cold_test_users")] = static_cast<double>(e.coldTestUsers);
        ev[QStringLiteral("k")] = e.k;
        ev[QStringLiteral("models")] = recommenderModelsJson(e);
        m[QStringLiteral("evaluation")] = ev;
    } else {
        m[QStringLiteral("evaluation")] = QJsonValue();
    }
    QJsonArray warnings;
    for (const auto& w : r.warnings)
        warnings.append(QString::fromStdString(w));
    m[QStringLiteral("warnings")] = warnings;
    QJsonObject timings;
    timings[QStringLiteral("read_seconds")] = r.readSeconds;
    timings[QStringLiteral("evaluate_seconds")] = r.evaluateSeconds;
    timings[QStringLiteral("fit_seconds")] = r.fitSeconds;
    timings[QStringLiteral("feedback_seconds")] = s.feedbackSeconds;
    timings[QStringLiteral("similarity_seconds")] = s.similaritySeconds;
    timings[QStringLiteral("recommend_seconds")] = r.recommendSeconds;
    timings[QStringLiteral("write_seconds")] = r.writeSeconds;
    timings[QStringLiteral("index_seconds")] = r.indexSeconds;
    timings[QStringLiteral("attach_seconds")] = r.attachSeconds;
    m[QStringLiteral("timings")] = timings;
    return m;
}

RecommendReport RecommendService::run(JobContext& ctx, const RecommendServiceOptions& options)
{
    const auto started = Clock::now();
    checkOptions(options);
    RecommendReport report;
    analytics::RecommendOptions& ro = report.options;
    ro.top = options.top;
    ro.weights.halfLifeDays = options.halfLifeDays;
    ro.threads = options.threads;

    // Read (one snapshot), evaluate on a time split of the same data, fit on everything.
    auto t = Clock::now();
    RecommendData data = RecommendData::read(ctx, options.asOf, 0.0, 0.15);
    report.asOf = data.asOf;
    report.readSeconds = seconds(t);
    ctx.throwIfStopped();

    t = Clock::now();
    evaluate(ctx, data, options, ro, report);
    report.evaluateSeconds = seconds(t);
    ctx.throwIfStopped();

    t = Clock::now();
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    const std::string fitting = QCoreApplication::translate("Recommend", "Learning item similarities").toStdString();
    control.progress = [&](double f) { ctx.progress(0.35 + 0.15 * f, fitting); };
    const auto users = static_cast<std::int32_t>(data.userIds.size());
    analytics::RecommenderModel model =
        analytics::fitRecommender(data.interactions, data.catalogue, users, data.asOfDay, ro, control);
    std::vector<analytics::Interaction>().swap(data.interactions);
    report.stats = model.stats;
    report.fitSeconds = seconds(t);
    for (std::size_t g = 1; g < model.categoryRepeatRate.size(); ++g) {
        const std::string& name = data.categories[g - 1];
        report.categoryRepeatRates.emplace_back(name, model.categoryRepeatRate[g]);
        if (model.repeatNormal[g] != 0)
            report.repeatNormalCategories.push_back(name);
    }
    for (const auto& p : analytics::popularList(model, static_cast<int>(kPopularListSize))) {
        const auto c = data.catalogue.category[static_cast<std::size_t>(p.item)];
        report.popular.push_back({data.productIds[static_cast<std::size_t>(p.item)], p.score,
                                  c >= 0 ? data.categories[static_cast<std::size_t>(c)] : std::string()});
    }
    ctx.throwIfStopped();

    QJsonObject params = recommendOptionsJson(ro);
    params[QStringLiteral("as_of")] = QString::fromStdString(report.asOf);
    params[QStringLiteral("eval_days")] = options.evalDays;
    params[QStringLiteral("eval_max_users")] = static_cast<double>(options.evalMaxUsers);
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "recommend", params, report.asOf);
    report.runId = runId;
    const std::string table = partitionTable(runId);
    const std::string id = std::to_string(runId);

    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        // The new partition, filled and indexed in one transaction: a cancel or an error rolls it
        // back, table and all.
        const std::string writing = QCoreApplication::translate("Recommend", "Writing recommendations").toStdString();
        ctx.db().transact([&](pqxx::work& tx) {
            tx.exec0("CREATE TABLE " + table +
                     " (LIKE ml.recommendations INCLUDING DEFAULTS INCLUDING CONSTRAINTS, CONSTRAINT " +
                     kPartitionPrefix + id + "_run CHECK (run_id = " + id + "))");
            CopyStream copy(tx, table,
                            {"run_id", "user_id", "rank", "product_id", "score", "source", "reason_kind",
                             "reason_product_id", "reason_category"});
            // The next chunk of users is ranked on the kernel's threads while this one is formatted
            // and sent (the server parses COPY in its own process), so ranking and writing overlap.
            struct Chunk {
                std::size_t begin = 0, end = 0;
                std::vector<analytics::Recommendation> lists;
                std::vector<std::int32_t> counts;
                double seconds = 0;
            };
            analytics::KernelControl chunkControl;
            chunkControl.stop = &ctx.stopFlag();
            const auto rankChunk = [&](std::size_t begin) {
                const auto tr = Clock::now();
                Chunk c;
                c.begin = begin;
                c.end = std::min(data.userIds.size(), begin + kUsersPerChunk);
                std::vector<std::int32_t> chunkUsers(c.end - c.begin);
                for (std::size_t k = c.begin; k < c.end; ++k)
                    chunkUsers[k - c.begin] = static_cast<std::int32_t>(k);
                analytics::recommendFor(model, analytics::RecommendMode::Hybrid, chunkUsers, c.lists, c.counts,
                                        chunkControl);
                c.seconds = seconds(tr);
                return c;
            };
            std::vector<std::uint8_t> recommended(static_cast<std::size_t>(model.items), 0);
            const auto top = static_cast<std::size_t>(ro.top);
            std::future<Chunk> pending = std::async(std::launch::async, rankChunk, std::size_t{0});
            while (pending.valid()) {
                const Chunk c = pending.get();
                if (c.end < data.userIds.size())
                    pending = std::async(std::launch::async, rankChunk, c.end);
                report.recommendSeconds += c.seconds;
                const auto tr = Clock::now();
                for (std::size_t k = 0; k < c.end - c.begin; ++k) {
                    const std::int64_t userId = data.userIds[c.begin + k];
                    for (int rank = 0; rank < c.counts[k]; ++rank) {
                        const analytics::Recommendation& r = c.lists[k * top + static_cast<std::size_t>(rank)];
                        std::string& row = copy.row();
                        row += id;
                        row += '\t';
                        appendInt(row, userId);
                        row += '\t';
                        appendInt(row, rank + 1);
                        row += '\t';
                        appendInt(row, data.productIds[static_cast<std::size_t>(r.item)]);
                        row += '\t';
                        appendFloat(row, r.score);
                        row += '\t';
                        row += recommendSourceName(r.source);
                        row += '\t';
                        row += reasonKindName(r.reason);
                        row += '\t';
                        if (r.reasonItem >= 0)
                            appendInt(row, data.productIds[static_cast<std::size_t>(r.reasonItem)]);
                        else
                            row += "\\N";
                        row += '\t';
                        if (r.reason == analytics::ReasonKind::PopularInCategory)
                            CopyStream::escape(row, data.categories[static_cast<std::size_t>(r.reasonCategory)]);
                        else
                            row += "\\N";
                        copy.endRow();
                        ++report.bySource[static_cast<int>(r.source)];
                        ++report.byReason[static_cast<int>(r.reason)];
                        recommended[static_cast<std::size_t>(r.item)] = 1;
                    }
                }
                report.writeSeconds += seconds(tr);
                ctx.throwIfStopped();
                ctx.progress(0.5 + 0.4 * static_cast<double>(c.end) / static_cast<double>(data.userIds.size()),
                             writing);
            }
            auto tw = Clock::now();
            copy.complete();
            report.rows = copy.rows();
            report.writeSeconds += seconds(tw);
            for (const auto v : recommended)
                report.recommendedItems += v;
            report.coverage = report.stats.activeItems > 0 ? static_cast<double>(report.recommendedItems) /
                                                                 static_cast<double>(report.stats.activeItems)
                                                           : 0.0;
            ctx.throwIfStopped();
            ctx.progress(0.92, QCoreApplication::translate("Recommend", "Indexing recommendations").toStdString());
            tw = Clock::now();
            // The index sorts 10 rows per user: enough memory keeps the sort off the disk.
            tx.exec0("SET LOCAL maintenance_work_mem = '256MB'");
            tx.exec0("CREATE UNIQUE INDEX " + std::string(kPartitionPrefix) + id + "_user_rank ON " + table +
                     " (user_id, rank)");
            tx.exec0("ANALYZE " + table);
            report.indexSeconds = seconds(tw);
            ctx.throwIfStopped();
        });

        // Attach it, drop what is older than the previous run's partition, and succeed together.
        try {
            ctx.throwIfStopped();
            ctx.progress(0.97, QCoreApplication::translate("Recommend", "Attaching the run").toStdString());
            ctx.throwIfStopped();
            const auto ta = Clock::now();
            ctx.db().transact([&](pqxx::work& tx) {
                tx.exec0("ALTER TABLE ml.recommendations ATTACH PARTITION " + table + " FOR VALUES IN (" + id + ")");
                const auto previous =
                    tx.exec_params1("SELECT coalesce(max(run_id), 0) FROM ml.model_runs WHERE model = 'recommend' "
                                    "AND status = 'succeeded' AND run_id < $1",
                                    runId)[0]
                        .as<std::int64_t>();
                // Attached partitions of other runs, and tables left by runs that died before attaching.
                const auto tables =
                    tx.exec("SELECT c.relname, c.relispartition, coalesce(r.status, '') FROM pg_class c "
                            "LEFT JOIN ml.model_runs r ON r.run_id::text = substr(c.relname, "
                            "length('recommendations_run_') + 1) "
                            "WHERE c.relnamespace = 'ml'::regnamespace AND c.relkind = 'r' "
                            "AND c.relname LIKE 'recommendations\\_run\\_%'");
                for (const auto& row : tables) {
                    const std::string name = row[0].c_str();
                    const std::int64_t other = runIdOf(name);
                    if (other == 0 || other == runId || other == previous)
                        continue;
                    const bool attached = row[1].as<bool>();
                    const std::string status = row[2].c_str();
                    if (!attached && status == "running")
                        continue; // another run is writing it
                    tx.exec0("DROP TABLE ml." + tx.quote_name(name));
                }
                report.attachSeconds = seconds(ta);
                report.durationMs = ModelRunLog::elapsedMs(started);
                ModelRunLog::succeed(tx, runId, metricsJson(report), report.durationMs);
            });
        } catch (...) {
            try {
                ctx.db().transact([&](pqxx::work& tx) { tx.exec0("DROP TABLE IF EXISTS " + table); });
            } catch (...) {
                // The table stays; the next run drops it (its run is not 'running').
            }
            throw;
        }
    });
    ctx.progress(1.0, QCoreApplication::translate("Recommend", "Recommendations written").toStdString());
    return report;
}

UserRecommendations RecommendService::forUser(Database& db, std::int64_t userId)
{
    UserRecommendations u;
    u.userId = userId;
    db.read([&](pqxx::work& tx) {
        if (!tx.exec_params1("SELECT EXISTS (SELECT 1 FROM crm.users WHERE user_id = $1)", userId)[0].as<bool>())
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("Recommend", "there is no user with id %1"), userId));
        const auto run = tx.exec("SELECT run_id, metrics::text, data_to::text FROM ml.model_runs "
                                 "WHERE model = 'recommend' AND status = 'succeeded' ORDER BY run_id DESC LIMIT 1");
        if (run.empty())
            throw Error(Error::Code::InvalidArgument,
                        QCoreApplication::translate("Recommend", "there are no recommendations yet: run kestrel "
                                                                 "analyze recommend first")
                            .toStdString());
        u.runId = run[0][0].as<std::int64_t>();
        u.runAsOf = run[0][2].is_null() ? std::string() : run[0][2].c_str();
        const auto rows =
            tx.exec_params("SELECT r.rank, r.product_id, p.name, p.category, r.score, r.source, r.reason_kind, "
                           "coalesce(r.reason_product_id, 0), coalesce(rp.name, ''), coalesce(r.reason_category, '') "
                           "FROM ml.recommendations r JOIN crm.products p USING (product_id) "
                           "LEFT JOIN crm.products rp ON rp.product_id = r.reason_product_id "
                           "WHERE r.run_id = $1 AND r.user_id = $2 ORDER BY r.rank",
                           u.runId, userId);
        for (const auto& row : rows) {
            StoredRecommendation s;
            s.rank = row[0].as<int>();
            s.productId = row[1].as<std::int64_t>();
            s.productName = row[2].c_str();
            s.category = row[3].c_str();
            s.score = row[4].as<double>();
            s.source = row[5].c_str();
            s.reasonKind = row[6].c_str();
            s.reasonProductId = row[7].as<std::int64_t>();
            s.reasonProductName = row[8].c_str();
            s.reasonCategory = row[9].c_str();
            u.items.push_back(s);
        }
        if (!u.items.empty())
            return;
        // A user newer than the run: the run's popular list.
        u.popularFallback = true;
        const QJsonObject metrics = QJsonDocument::fromJson(QByteArray(run[0][1].c_str())).object();
        const QJsonArray popular = metrics.value(QStringLiteral("popular")).toArray();
        int rank = 0;
        for (const auto& v : popular) {
            const QJsonObject o = v.toObject();
            const auto productId = static_cast<std::int64_t>(o.value(QStringLiteral("product_id")).toDouble());
            const auto p = tx.exec_params("SELECT name, category FROM crm.products WHERE product_id = $1", productId);
            if (p.empty())
                continue;
            StoredRecommendation s;
            s.rank = ++rank;
            s.productId = productId;
            s.productName = p[0][0].c_str();
            s.category = p[0][1].c_str();
            s.score = o.value(QStringLiteral("score")).toDouble();
            s.source = "popular";
            s.reasonKind = "popular";
            u.items.push_back(s);
            if (rank >= metrics.value(QStringLiteral("top")).toInt(10))
                break;
        }
    });
    return u;
}

} // namespace kestrel::core
