#include "modeling/recommend_csv_evaluation.h"

#include "common/civil_date.h"
#include "common/error.h"
#include "common/translate.h"
#include "etl/reader_error.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

#include <chrono>
#include <cstdio>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;

QJsonObject metricsJson(const analytics::RankingMetrics& m)
{
    QJsonObject o;
    o[QStringLiteral("precision")] = m.precision;
    o[QStringLiteral("recall")] = m.recall;
    o[QStringLiteral("ndcg")] = m.ndcg;
    o[QStringLiteral("map")] = m.map;
    o[QStringLiteral("coverage")] = m.coverage;
    o[QStringLiteral("users")] = static_cast<double>(m.users);
    return o;
}

} // namespace

std::string isoDate(std::int32_t day)
{
    const auto d = civil::civilFromDays(day);
    char text[48];
    std::snprintf(text, sizeof text, "%04lld-%02d-%02d", static_cast<long long>(d.year), d.month, d.day);
    return text;
}

QJsonObject recommenderModelsJson(const analytics::RecommenderEvaluation& e)
{
    QJsonObject o;
    o[QStringLiteral("hybrid")] = metricsJson(e.hybrid);
    o[QStringLiteral("item_cf")] = metricsJson(e.itemCf);
    o[QStringLiteral("content")] = metricsJson(e.content);
    o[QStringLiteral("popularity_recent")] = metricsJson(e.popularRecent);
    o[QStringLiteral("popularity")] = metricsJson(e.popular);
    return o;
}

QJsonObject recommendOptionsJson(const analytics::RecommendOptions& o)
{
    QJsonObject p;
    p[QStringLiteral("top")] = o.top;
    p[QStringLiteral("weight_view")] = o.weights.view;
    p[QStringLiteral("weight_cart")] = o.weights.cart;
    p[QStringLiteral("weight_purchase")] = o.weights.purchase;
    p[QStringLiteral("half_life_days")] = o.weights.halfLifeDays;
    p[QStringLiteral("neighbours")] = o.cf.neighbours;
    p[QStringLiteral("max_user_items")] = o.cf.maxUserItems;
    p[QStringLiteral("similarity_shrink")] = o.cf.shrink;
    p[QStringLiteral("price_bands")] = o.content.priceBands;
    p[QStringLiteral("personal_history")] = o.personalHistory;
    p[QStringLiteral("cf_history")] = o.cfHistory;
    p[QStringLiteral("category_popularity_share")] = o.categoryPopularityShare;
    p[QStringLiteral("repeat_threshold")] = o.repeatThreshold;
    return p;
}

RecommendCsvEvaluation evaluateTransactionsCsv(const RecommendCsvOptions& options,
                                               const std::function<void(double, const std::string&)>& progress,
                                               const std::atomic<bool>* stop)
{
    const auto started = Clock::now();
    const std::string reading =
        trText("RecommendEvaluation", QT_TRANSLATE_NOOP("RecommendEvaluation", "Reading the file"));
    const TransactionsFile file = TransactionsFile::load(
        options.file,
        [&](double f) {
            if (progress)
                progress(0.4 * f, reading);
        },
        stop);
    RecommendCsvEvaluation r;
    r.readSeconds = std::chrono::duration<double>(Clock::now() - started).count();
    r.file = options.file.path;
    r.rows = file.rows;
    r.purchases = file.purchases;
    r.returns = file.returns;
    r.skippedNoUser = file.skippedNoUser;
    r.users = static_cast<std::int64_t>(file.userIds.size());
    r.items = static_cast<std::int64_t>(file.itemIds.size());
    r.firstDate = isoDate(file.firstDay);
    r.lastDate = isoDate(file.lastDay);

    std::int32_t cut = file.lastDay + 1 - kDefaultTestDays;
    r.defaultCut = options.cutDate.empty();
    if (!r.defaultCut) {
        std::string reason;
        const bool iso = options.cutDate.size() == 10 && options.cutDate[4] == '-' && options.cutDate[7] == '-';
        if (!iso || !parseTransactionDay(options.cutDate, cut, reason))
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("RecommendEvaluation",
                                                           "--cut-date must be a date YYYY-MM-DD, not '%1'"),
                               options.cutDate));
    }
    r.cutDate = isoDate(cut);
    if (cut > file.lastDay)
        throw fileError(file.fileName,
                        trArgs(QCoreApplication::translate(
                                   "RecommendEvaluation",
                                   "no purchases on or after the cut date %1: the purchases run from %2 to %3, so "
                                   "there is nothing to test on (choose an earlier --cut-date)"),
                               r.cutDate, r.firstDate, r.lastDate));
    if (cut <= file.firstDay)
        throw fileError(file.fileName,
                        trArgs(QCoreApplication::translate(
                                   "RecommendEvaluation",
                                   "no purchases before the cut date %1: the purchases run from %2 to %3, so "
                                   "there is nothing to train on (choose a later --cut-date)"),
                               r.cutDate, r.firstDate, r.lastDate));

    const analytics::ItemCatalogue catalogue = file.catalogueBefore(cut);
    if (file.hasCategory)
        r.contentFeatures.push_back("category");
    bool anyPrice = false;
    for (const double p : catalogue.price)
        anyPrice = anyPrice || !std::isnan(p);
    if (anyPrice)
        r.contentFeatures.push_back("price_band");

    const std::string evaluating =
        trText("RecommendEvaluation", QT_TRANSLATE_NOOP("RecommendEvaluation", "Evaluating the recommender"));
    analytics::KernelControl control;
    control.stop = stop;
    if (progress)
        control.progress = [&](double f) { progress(0.4 + 0.6 * f, evaluating); };
    r.evaluation =
        analytics::evaluateRecommender(file.interactions, catalogue, static_cast<std::int32_t>(file.userIds.size()),
                                       cut, options.recommend, 0, control);
    r.durationMs = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
    return r;
}

QJsonObject recommendCsvEvaluationJson(const RecommendCsvEvaluation& r, const analytics::RecommendOptions& options)
{
    QJsonObject o;
    const auto& e = r.evaluation;
    o[QStringLiteral("file")] = QString::fromStdString(r.file);
    o[QStringLiteral("rows")] = static_cast<double>(r.rows);
    o[QStringLiteral("purchases")] = static_cast<double>(r.purchases);
    o[QStringLiteral("returns")] = static_cast<double>(r.returns);
    o[QStringLiteral("skipped_no_user")] = static_cast<double>(r.skippedNoUser);
    o[QStringLiteral("users")] = static_cast<double>(r.users);
    o[QStringLiteral("items")] = static_cast<double>(r.items);
    o[QStringLiteral("first_date")] = QString::fromStdString(r.firstDate);
    o[QStringLiteral("last_date")] = QString::fromStdString(r.lastDate);
    o[QStringLiteral("cut_date")] = QString::fromStdString(r.cutDate);
    o[QStringLiteral("default_cut")] = r.defaultCut;
    o[QStringLiteral("train_purchases")] = static_cast<double>(e.trainPurchases);
    o[QStringLiteral("train_items")] = static_cast<double>(e.trainItems);
    o[QStringLiteral("test_purchases")] = static_cast<double>(e.testPurchases);
    o[QStringLiteral("test_users")] = static_cast<double>(e.testUsers);
    o[QStringLiteral("cold_test_users")] = static_cast<double>(e.coldTestUsers);
    o[QStringLiteral("k")] = e.k;
    QJsonArray features;
    for (const auto& f : r.contentFeatures)
        features.append(QString::fromStdString(f));
    o[QStringLiteral("content_features")] = features;
    o[QStringLiteral("models")] = recommenderModelsJson(e);
    o[QStringLiteral("parameters")] = recommendOptionsJson(options);
    o[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
    return o;
}

} // namespace kestrel::core
