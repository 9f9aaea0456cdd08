#include "cli/recommend_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "customers/recommend_service.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"
#include "modeling/recommend_csv_evaluation.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <string>

namespace kestrel::cli {
namespace {

char parseDelimiter(const std::string& d)
{
    if (d == "comma" || d == ",")
        return ',';
    if (d == "semicolon" || d == ";")
        return ';';
    if (d == "tab")
        return '\t';
    return 0;
}

/// 1234567 → "1,234,567".
std::string grouped(std::int64_t v)
{
    std::string digits = std::to_string(v < 0 ? -v : v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return v < 0 ? "-" + out : out;
}

void printModelsTable(const core::analytics::RecommenderEvaluation& e)
{
    std::printf("%-20s %8s %8s %8s %8s %9s\n", "MODEL", "P@K", "R@K", "NDCG@K", "MAP@K", "COVERAGE");
    const std::pair<const char*, const core::analytics::RankingMetrics*> rows[] = {
        {"hybrid", &e.hybrid},
        {"item_cf", &e.itemCf},
        {"content", &e.content},
        {"popularity_recent", &e.popularRecent},
        {"popularity", &e.popular}};
    for (const auto& [name, m] : rows)
        std::printf("%-20s %8.4f %8.4f %8.4f %8.4f %9.4f\n", name, m->precision, m->recall, m->ndcg, m->map,
                    m->coverage);
    if (e.popular.ndcg > 0)
        std::printf("hybrid NDCG@%d is %.2fx plain popularity's\n", e.k, e.hybrid.ndcg / e.popular.ndcg);
}

} // namespace

int runRecommendEvaluate(const ParsedArgs& args)
{
    core::RecommendCsvOptions options;
    options.file.path = args.transactionsCsv;
    options.file.userColumn = args.userCol;
    options.file.itemColumn = args.itemCol;
    options.file.timeColumn = args.timeCol;
    options.file.quantityColumn = args.qtyCol;
    options.file.priceColumn = args.priceCol;
    options.file.categoryColumn = args.categoryCol;
    options.file.delimiter = parseDelimiter(args.delimiter);
    options.cutDate = args.cutDate;
    options.recommend.top = args.top;
    options.recommend.weights.halfLifeDays = args.halfLifeDays;

    TerminalProgress progress;
    core::RecommendCsvEvaluation r;
    try {
        core::runInterruptibly([&](const std::atomic<bool>& stop) {
            r = core::evaluateTransactionsCsv(
                options, [&](double f, const std::string& text) { progress.update(f, text); }, &stop);
        });
    } catch (...) {
        progress.finish();
        throw;
    }
    progress.finish();

    if (args.json) {
        printJson(core::recommendCsvEvaluationJson(r, options.recommend));
        return 0;
    }
    const auto& e = r.evaluation;
    std::printf("%s: %s rows, %s purchases, %s returns, %s rows without a user id; %s users, %s items\n",
                r.file.c_str(), grouped(r.rows).c_str(), grouped(r.purchases).c_str(), grouped(r.returns).c_str(),
                grouped(r.skippedNoUser).c_str(), grouped(r.users).c_str(), grouped(r.items).c_str());
    std::printf("time split: train on %s purchases from %s to the day before %s; test on %s purchases of %s users "
                "(%s of them new) from %s to %s%s\n",
                grouped(e.trainPurchases).c_str(), r.firstDate.c_str(), r.cutDate.c_str(),
                grouped(e.testPurchases).c_str(), grouped(e.testUsers).c_str(), grouped(e.coldTestUsers).c_str(),
                r.cutDate.c_str(), r.lastDate.c_str(), r.defaultCut ? " (the last 30 days)" : "");
    std::string features;
    for (const auto& f : r.contentFeatures)
        features += (features.empty() ? "" : ", ") + f;
    std::printf("content part uses: %s\n",
                features.empty() ? "nothing (no --category-col or --price-col)" : features.c_str());
    printModelsTable(e);
    std::printf("%.2f s\n", static_cast<double>(r.durationMs) / 1000.0);
    return 0;
}

int runRecommendUser(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    const core::UserRecommendations u = core::RecommendService::forUser(db, args.recommendUserId);
    if (args.json) {
        QJsonObject o;
        o[QStringLiteral("user_id")] = static_cast<double>(u.userId);
        o[QStringLiteral("run_id")] = static_cast<double>(u.runId);
        o[QStringLiteral("as_of")] = QString::fromStdString(u.runAsOf);
        o[QStringLiteral("popular_fallback")] = u.popularFallback;
        QJsonArray items;
        for (const auto& r : u.items) {
            QJsonObject i;
            i[QStringLiteral("rank")] = r.rank;
            i[QStringLiteral("product_id")] = static_cast<double>(r.productId);
            i[QStringLiteral("name")] = QString::fromStdString(r.productName);
            i[QStringLiteral("category")] = QString::fromStdString(r.category);
            i[QStringLiteral("score")] = r.score;
            i[QStringLiteral("source")] = QString::fromStdString(r.source);
            i[QStringLiteral("reason_kind")] = QString::fromStdString(r.reasonKind);
            i[QStringLiteral("reason_product_id")] =
                r.reasonProductId > 0 ? QJsonValue(static_cast<double>(r.reasonProductId)) : QJsonValue();
            i[QStringLiteral("reason_category")] =
                r.reasonCategory.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(r.reasonCategory));
            i[QStringLiteral("reason")] = QString::fromStdString(core::recommendationReasonText(r));
            items.append(i);
        }
        o[QStringLiteral("items")] = items;
        printJson(o);
        return 0;
    }
    std::printf("user %lld, recommendation run %lld (as of %s)%s\n", static_cast<long long>(u.userId),
                static_cast<long long>(u.runId), u.runAsOf.c_str(),
                u.popularFallback ? ": no stored list (the user is newer than the run), the run's popular products"
                                  : "");
    for (const auto& r : u.items)
        std::printf("%3d. %s [%s] — %s\n", r.rank, r.productName.c_str(), r.category.c_str(),
                    core::recommendationReasonText(r).c_str());
    return 0;
}

int runAnalyzeRecommend(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::RecommendServiceOptions options;
    options.asOf = args.asOf;
    options.top = args.top;
    options.halfLifeDays = args.halfLifeDays;
    options.evalDays = args.evalDays;
    core::RecommendReport r;
    {
        TerminalProgress progress;
        core::runJobHere(
            db, [&](core::JobContext& ctx) { r = core::RecommendService::run(ctx, options); },
            [&](double f, const std::string& text) { progress.update(f, text); });
        progress.finish();
    }
    if (args.json) {
        QJsonObject o = core::RecommendService::metricsJson(r);
        o[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        o[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        printJson(o);
        return 0;
    }
    const auto& s = r.stats;
    std::printf("recommendation run %lld as of %s: top %d for %s users (%s cold, %.1f%%: popular products) from "
                "%s active products, %s rows in ml.recommendations\n",
                static_cast<long long>(r.runId), r.asOf.c_str(), r.options.top, grouped(s.users).c_str(),
                grouped(s.coldUsers).c_str(), s.users > 0 ? 100.0 * s.coldUsers / s.users : 0.0,
                grouped(s.activeItems).c_str(), grouped(r.rows).c_str());
    std::printf("feedback: %s views, %s carts, %s purchases; coverage %.1f%% of active products; sources: item_cf "
                "%s, content %s, popular %s\n",
                grouped(s.views).c_str(), grouped(s.carts).c_str(), grouped(s.purchases).c_str(), 100 * r.coverage,
                grouped(r.bySource[0]).c_str(), grouped(r.bySource[1]).c_str(), grouped(r.bySource[2]).c_str());
    if (!r.repeatNormalCategories.empty()) {
        std::string list;
        for (const auto& c : r.repeatNormalCategories)
            list += (list.empty() ? "" : ", ") + c;
        std::printf("bought again normally (bought items stay recommendable): %s\n", list.c_str());
    }
    if (r.evaluation) {
        const auto& e = *r.evaluation;
        std::printf("evaluation: trained before %s, tested on the purchases of %s users in the %d days from it (%s "
                    "scored)\n",
                    r.evaluationCut.c_str(), grouped(e.testUsers).c_str(), r.evalDays,
                    grouped(e.evaluatedUsers).c_str());
        printModelsTable(e);
    }
    for (const auto& w : r.warnings)
        std::printf("warning: %s\n", w.c_str());
    std::printf("read %.2f s, evaluation %.2f s, fit %.2f s, recommend %.2f s, write %.2f s, index %.2f s, attach "
                "%.2f s; total %.2f s\n",
                r.readSeconds, r.evaluateSeconds, r.fitSeconds, r.recommendSeconds, r.writeSeconds, r.indexSeconds,
                r.attachSeconds, static_cast<double>(r.durationMs) / 1000.0);
    return 0;
}

} // namespace kestrel::cli
