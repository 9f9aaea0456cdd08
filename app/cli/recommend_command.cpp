#include "cli/recommend_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "jobs/job_runner.h"
#include "modeling/recommend_csv_evaluation.h"

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

int runRecommendUser(const ParsedArgs&)
{
    throw core::Error(core::Error::Code::Internal, "not yet");
}

int runAnalyzeRecommend(const ParsedArgs&)
{
    throw core::Error(core::Error::Code::Internal, "not yet");
}

} // namespace kestrel::cli
