#include "models/recommend_queries.h"

#include "common/error.h"
#include "common/logging.h"
#include "models/recommend_texts.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <initializer_list>
#include <map>

namespace kestrel::ui {
namespace {

constexpr const char* kNewestSucceeded = R"(
SELECT run_id, params::text, metrics::text, started_at, finished_at, coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE model = 'recommend' AND status = 'succeeded'
 ORDER BY run_id DESC
 LIMIT 1)";

constexpr const char* kNewestFinished = R"(
SELECT run_id, status, started_at, finished_at, coalesce(duration_ms, 0), coalesce(error, '')
  FROM ml.model_runs
 WHERE model = 'recommend' AND status IN ('succeeded', 'failed')
 ORDER BY run_id DESC
 LIMIT 1)";

// Fallbacks for a run whose metrics lack the mix or the top products: whole-run aggregates over
// its partition (the run id prunes to it).
constexpr const char* kMix = R"(
SELECT source, reason_kind, count(*)
  FROM ml.recommendations
 WHERE run_id = ?
 GROUP BY source, reason_kind)";

constexpr const char* kTopRecommended = R"(
SELECT product_id, count(*), avg(rank)::float8
  FROM ml.recommendations
 WHERE run_id = ?
 GROUP BY product_id
 ORDER BY count(*) DESC, avg(rank), product_id
 LIMIT 20)";

constexpr const char* kRecommendedItems = R"(
SELECT count(DISTINCT product_id), count(DISTINCT user_id) FROM ml.recommendations WHERE run_id = ?)";

constexpr const char* kActiveProducts = "SELECT count(*) FROM crm.products WHERE is_active";

constexpr const char* kProducts = R"(
SELECT product_id, name, category FROM crm.products WHERE product_id = ANY (?::bigint[]))";

constexpr const char* kUser = "SELECT coalesce(full_name, '') FROM crm.users WHERE user_id = ?";

// The run's rows of one user through its partition's (user_id, rank) index.
constexpr const char* kUserList = R"(
SELECT r.rank, r.product_id, coalesce(p.name, ''), coalesce(p.category, ''), r.score::float8, r.source,
       r.reason_kind, r.reason_product_id, coalesce(rp.name, ''), coalesce(r.reason_category, '')
  FROM ml.recommendations r
  LEFT JOIN crm.products p ON p.product_id = r.product_id
  LEFT JOIN crm.products rp ON rp.product_id = r.reason_product_id
 WHERE r.run_id = ? AND r.user_id = ?
 ORDER BY r.rank)";

QSqlQuery execute(QSqlDatabase& db, const char* sql, std::initializer_list<QVariant> args)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString text = QString::fromUtf8(sql);
    bool ok = q.prepare(text);
    if (ok) {
        for (const QVariant& a : args)
            q.addBindValue(a);
        ok = q.exec();
    }
    if (!ok) {
        const QSqlError err = q.lastError();
        core::logging::get("ui")->debug("recommend query failed: {} | {}", err.text().toStdString(),
                                        text.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), text.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), text.simplified().toStdString());
    return q;
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QJsonValue at(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key));
}

std::int64_t integer(const QJsonObject& o, const char* key)
{
    return static_cast<std::int64_t>(at(o, key).toDouble());
}

/// "{1,2,3}": an array parameter for ANY (?::bigint[]).
QString idArray(const std::vector<std::int64_t>& ids)
{
    QStringList parts;
    for (const std::int64_t id : ids)
        parts << QString::number(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Keys of the mix, in the order the page shows them (the schema's CHECKs).
const char* const kSources[] = {"item_cf", "content", "popular"};
const char* const kReasons[] = {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"};

/// A stored {key: count} object as pairs in a fixed order (known keys first, others after, by name).
template <std::size_t N>
std::vector<std::pair<QString, std::int64_t>> ordered(const std::map<QString, std::int64_t>& counts,
                                                      const char* const (&keys)[N])
{
    std::vector<std::pair<QString, std::int64_t>> out;
    for (const char* key : keys) {
        const auto it = counts.find(QString::fromLatin1(key));
        out.emplace_back(QString::fromLatin1(key), it == counts.end() ? 0 : it->second);
    }
    for (const auto& [key, n] : counts) {
        if (std::none_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == QLatin1String(k); }))
            out.emplace_back(key, n);
    }
    return out;
}

std::map<QString, std::int64_t> counts(const QJsonObject& o)
{
    std::map<QString, std::int64_t> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out[it.key()] = static_cast<std::int64_t>(it.value().toDouble());
    return out;
}

} // namespace

RecommendEvaluationView RecommendQueries::readEvaluation(const QJsonObject& e, bool fromFile)
{
    RecommendEvaluationView v;
    v.fromFile = fromFile;
    v.cutDate = at(e, "cut_date").toString();
    v.defaultCut = at(e, "default_cut").toBool(true);
    v.testDays = at(e, "test_days").toInt(30);
    v.evaluatedUsers = integer(e, "evaluated_users");
    v.k = at(e, "k").toInt(10);
    v.trainPurchases = integer(e, "train_purchases");
    v.testPurchases = integer(e, "test_purchases");
    v.testUsers = integer(e, "test_users");
    v.coldTestUsers = integer(e, "cold_test_users");
    const QJsonObject models = at(e, "models").toObject();
    for (std::size_t i = 0; i < kRecommendModels; ++i) {
        const QJsonValue value = models.value(RecommendTexts::modelKey(static_cast<RecommendModelKind>(i)));
        if (!value.isObject())
            continue;
        const QJsonObject m = value.toObject();
        RecommendModelScores& s = v.models[i];
        s.present = true;
        s.precision = at(m, "precision").toDouble();
        s.recall = at(m, "recall").toDouble();
        s.ndcg = at(m, "ndcg").toDouble();
        s.map = at(m, "map").toDouble();
        s.coverage = at(m, "coverage").toDouble();
        s.users = integer(m, "users");
    }
    if (fromFile) {
        v.filePath = at(e, "file").toString();
        v.label = QFileInfo(v.filePath).fileName();
        v.rows = integer(e, "rows");
        v.purchases = integer(e, "purchases");
        v.returns = integer(e, "returns");
        v.skippedNoUser = integer(e, "skipped_no_user");
        v.users = integer(e, "users");
        v.items = integer(e, "items");
        v.firstDate = at(e, "first_date").toString();
        v.lastDate = at(e, "last_date").toString();
        for (const QJsonValue& f : at(e, "content_features").toArray())
            v.contentFeatures << f.toString();
        v.durationMs = integer(e, "duration_ms");
    }
    return v;
}

void RecommendQueries::readRun(const QJsonObject& params, const QJsonObject& metrics, RecommendRunDetail& d)
{
    d.asOf = at(metrics, "as_of").toString();
    if (d.asOf.isEmpty())
        d.asOf = at(params, "as_of").toString();
    const QJsonObject parameters = at(metrics, "parameters").toObject();
    const auto parameter = [&](const char* key) {
        const QJsonValue p = at(params, key);
        return p.isDouble() ? p : at(parameters, key);
    };
    d.top = parameter("top").toInt(10);
    if (parameter("half_life_days").isDouble())
        d.halfLifeDays = parameter("half_life_days").toDouble();
    d.users = integer(metrics, "users");
    d.coldUsers = integer(metrics, "cold_users");
    d.catalogueItems = integer(metrics, "active_items");
    d.recommendedItems = integer(metrics, "recommended_items");
    for (const QJsonValue& v : at(metrics, "warnings").toArray())
        d.warnings.push_back(v.toString());
    const QJsonObject timings = at(metrics, "timings").toObject();
    for (auto it = timings.begin(); it != timings.end(); ++it)
        d.timings.emplace_back(it.key(), it.value().toDouble());

    const QJsonValue evaluation = at(metrics, "evaluation");
    if (evaluation.isObject() && at(evaluation.toObject(), "models").isObject())
        d.evaluation = readEvaluation(evaluation.toObject(), false);
    else if (evaluation.isObject())
        d.evaluationNote = at(evaluation.toObject(), "note").toString();
    if (d.evaluationNote.isEmpty())
        d.evaluationNote = at(metrics, "evaluation_note").toString();

    // "mix": {"by_source", "by_reason"}; runs of the first service version stored them as
    // "sources" and "reasons".
    const QJsonObject mix = at(metrics, "mix").toObject();
    const QJsonValue bySource = at(mix, "by_source").isObject() ? at(mix, "by_source") : at(metrics, "sources");
    const QJsonValue byReason = at(mix, "by_reason").isObject() ? at(mix, "by_reason") : at(metrics, "reasons");
    if (bySource.isObject())
        d.bySource = ordered(counts(bySource.toObject()), kSources);
    if (byReason.isObject())
        d.byReason = ordered(counts(byReason.toObject()), kReasons);
    for (const QJsonValue& v : at(metrics, "top_recommended").toArray()) {
        const QJsonObject o = v.toObject();
        RecommendProductStat p;
        p.productId = integer(o, "product_id");
        p.users = integer(o, "users");
        p.meanRank = at(o, "mean_rank").toDouble();
        d.topRecommended.push_back(std::move(p));
    }
    for (const QJsonValue& v : at(metrics, "popular").toArray()) {
        const QJsonObject o = v.toObject();
        RecommendPopularItem p;
        p.productId = integer(o, "product_id");
        p.score = at(o, "score").toDouble();
        p.category = at(o, "category").toString();
        d.popular.push_back(std::move(p));
    }
}

std::optional<RecommendRunDetail> RecommendQueries::newestSucceeded(TopCache* topCache, bool deferTop)
{
    QSqlQuery q = execute(m_db, kNewestSucceeded, {});
    if (!q.next())
        return std::nullopt;
    RecommendRunDetail d;
    d.info.runId = q.value(0).toLongLong();
    d.info.status = QStringLiteral("succeeded");
    const QJsonObject metrics = object(q.value(2));
    readRun(object(q.value(1)), metrics, d);
    d.info.startedAt = q.value(3).toDateTime();
    d.info.finishedAt = q.value(4).toDateTime();
    d.info.durationMs = q.value(5).toLongLong();
    q.finish();

    readMixFromTable(d);
    if (!at(metrics, "active_items").isDouble()) {
        QSqlQuery active = execute(m_db, kActiveProducts, {});
        if (active.next())
            d.catalogueItems = active.value(0).toLongLong();
    }
    if (!at(metrics, "top_recommended").isArray()) {
        d.topFromTable = true;
        const bool cached = topCache != nullptr && topCache->count(d.info.runId) > 0;
        if (cached)
            d.topRecommended = topCache->at(d.info.runId);
        else if (deferTop)
            d.topPending = true;
        else
            d.topRecommended = topRecommended(d.info.runId, topCache);
    }
    nameProducts(d.topRecommended, d.popular);
    return d;
}

void RecommendQueries::readMixFromTable(RecommendRunDetail& d)
{
    const QVariant run = static_cast<qlonglong>(d.info.runId);
    if (d.bySource.empty() || d.byReason.empty()) {
        d.mixFromTable = true;
        std::map<QString, std::int64_t> sources, reasons;
        QSqlQuery mix = execute(m_db, kMix, {run});
        while (mix.next()) {
            sources[mix.value(0).toString()] += mix.value(2).toLongLong();
            reasons[mix.value(1).toString()] += mix.value(2).toLongLong();
        }
        d.bySource = ordered(sources, kSources);
        d.byReason = ordered(reasons, kReasons);
    }
    if (d.recommendedItems == 0 || d.users == 0) {
        QSqlQuery items = execute(m_db, kRecommendedItems, {run});
        if (items.next()) {
            d.recommendedItems = items.value(0).toLongLong();
            if (d.users == 0)
                d.users = items.value(1).toLongLong();
        }
    }
}

std::vector<RecommendProductStat> RecommendQueries::topRecommended(std::int64_t runId, TopCache* topCache)
{
    std::vector<RecommendProductStat> out;
    QSqlQuery top = execute(m_db, kTopRecommended, {static_cast<qlonglong>(runId)});
    while (top.next()) {
        RecommendProductStat p;
        p.productId = top.value(0).toLongLong();
        p.users = top.value(1).toLongLong();
        p.meanRank = top.value(2).toDouble();
        out.push_back(std::move(p));
    }
    top.finish();
    std::vector<RecommendPopularItem> none;
    nameProducts(out, none);
    if (topCache) {
        if (topCache->size() >= 4)
            topCache->erase(topCache->begin()); // the oldest run
        (*topCache)[runId] = out;
    }
    return out;
}

void RecommendQueries::nameProducts(std::vector<RecommendProductStat>& top, std::vector<RecommendPopularItem>& popular)
{
    std::vector<std::int64_t> ids;
    for (const auto& p : top)
        ids.push_back(p.productId);
    for (const auto& p : popular)
        ids.push_back(p.productId);
    if (ids.empty())
        return;
    std::map<std::int64_t, std::pair<QString, QString>> names;
    QSqlQuery q = execute(m_db, kProducts, {idArray(ids)});
    while (q.next())
        names[q.value(0).toLongLong()] = {q.value(1).toString(), q.value(2).toString()};
    for (auto& p : top) {
        if (const auto it = names.find(p.productId); it != names.end()) {
            p.name = it->second.first;
            p.category = it->second.second;
        }
    }
    for (auto& p : popular) {
        if (const auto it = names.find(p.productId); it != names.end()) {
            p.name = it->second.first;
            if (p.category.isEmpty())
                p.category = it->second.second;
        }
    }
}

std::optional<RecommendRunInfo> RecommendQueries::newestFinished()
{
    QSqlQuery q = execute(m_db, kNewestFinished, {});
    if (!q.next())
        return std::nullopt;
    RecommendRunInfo r;
    r.runId = q.value(0).toLongLong();
    r.status = q.value(1).toString();
    r.startedAt = q.value(2).toDateTime();
    r.finishedAt = q.value(3).toDateTime();
    r.durationMs = q.value(4).toLongLong();
    r.error = q.value(5).toString();
    return r;
}

RecommendUserList RecommendQueries::userList(const RecommendRunDetail& run, std::int64_t userId)
{
    RecommendUserList out;
    out.userId = userId;
    out.runId = run.info.runId;
    {
        QSqlQuery user = execute(m_db, kUser, {static_cast<qlonglong>(userId)});
        if (!user.next())
            return out;
        out.known = true;
        out.userName = user.value(0).toString();
    }
    QSqlQuery q = execute(m_db, kUserList, {static_cast<qlonglong>(run.info.runId), static_cast<qlonglong>(userId)});
    while (q.next()) {
        RecommendListItem item;
        item.rank = q.value(0).toInt();
        item.productId = q.value(1).toLongLong();
        item.productName = q.value(2).toString();
        item.category = q.value(3).toString();
        item.score = q.value(4).toDouble();
        item.source = q.value(5).toString();
        item.reasonKind = q.value(6).toString();
        if (!q.value(7).isNull())
            item.reasonProductId = q.value(7).toLongLong();
        item.reasonProductName = q.value(8).toString();
        item.reasonCategory = q.value(9).toString();
        out.items.push_back(std::move(item));
    }
    if (!out.items.empty())
        return out;
    // Registered after the run (or left out of it): what the run gives everybody new.
    out.popularFallback = true;
    const std::size_t n = std::min(run.popular.size(), static_cast<std::size_t>(std::max(run.top, 1)));
    for (std::size_t i = 0; i < n; ++i) {
        const RecommendPopularItem& p = run.popular[i];
        RecommendListItem item;
        item.rank = static_cast<int>(i) + 1;
        item.productId = p.productId;
        item.productName = p.name;
        item.category = p.category;
        item.score = p.score;
        item.source = QStringLiteral("popular");
        item.reasonKind = QStringLiteral("popular");
        out.items.push_back(std::move(item));
    }
    return out;
}

} // namespace kestrel::ui
