#include "models/scores_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <initializer_list>

namespace kestrel::ui {
namespace {

// Numbers in params and metrics are JSON numbers; ::numeric first, so 30 and 30.0 both read.
constexpr const char* kRuns = R"(
SELECT run_id, status, started_at, finished_at,
       coalesce(params->>'as_of', ''),
       coalesce(params->>'mode', ''),
       coalesce((params->>'horizon_days')::numeric::int, (params->>'churn_days')::numeric::int, 0),
       (metrics->>'roc_auc')::float8,
       (metrics->>'pr_auc')::float8,
       (metrics->>'log_loss')::float8,
       coalesce((metrics->>'scored_users')::numeric::bigint, 0),
       coalesce(duration_ms, 0),
       coalesce(error, '')
  FROM ml.model_runs
 WHERE model = ?
 ORDER BY run_id DESC
 LIMIT ?)";

constexpr const char* kNewest = R"(
SELECT coalesce(max(run_id), 0) FROM ml.model_runs WHERE model = ? AND status = 'succeeded')";

constexpr const char* kRun = R"(
SELECT params::text, metrics::text, started_at, finished_at, coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE run_id = ? AND model = ? AND status = 'succeeded')";

// One statement per model: the columns are names, never values.
constexpr const char* kTopPropensity = R"(
SELECT m.user_id, u.full_name, u.email, m.purchase_probability_30d,
       coalesce(m.purchase_reasons::text, '[]'), coalesce(m.purchase_run_id, 0)
  FROM ml.user_metrics m
  JOIN crm.users u ON u.user_id = m.user_id
 WHERE m.purchase_probability_30d IS NOT NULL
 ORDER BY m.purchase_probability_30d DESC, m.user_id
 LIMIT ?)";

constexpr const char* kTopChurn = R"(
SELECT m.user_id, u.full_name, u.email, m.churn_probability,
       coalesce(m.churn_reasons::text, '[]'), coalesce(m.churn_run_id, 0)
  FROM ml.user_metrics m
  JOIN crm.users u ON u.user_id = m.user_id
 WHERE m.churn_probability IS NOT NULL
 ORDER BY m.churn_probability DESC, m.user_id
 LIMIT ?)";

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
        core::logging::get("ui")->debug("scores query failed: {} | {}", err.text().toStdString(),
                                        text.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), text.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), text.simplified().toStdString());
    return q;
}

void requireScoringModel(const QString& model)
{
    if (model != QLatin1String("propensity") && model != QLatin1String("churn"))
        throw core::Error(core::Error::Code::InvalidArgument, "not a scoring model: " + model.toStdString());
}

std::optional<double> optionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

double number(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}

void readParams(const QJsonObject& p, ScoreRunDetail& d)
{
    d.info.asOf = p.value(QLatin1String("as_of")).toString();
    d.info.mode = p.value(QLatin1String("mode")).toString();
    const QJsonValue window = p.contains(QLatin1String("churn_days")) ? p.value(QLatin1String("churn_days"))
                                                                      : p.value(QLatin1String("horizon_days"));
    d.info.windowDays = window.toInt();
    d.seed = p.value(QLatin1String("seed")).toVariant().toString();
    d.maxDepth = p.value(QLatin1String("max_depth")).toInt();
}

void readMetrics(const QJsonObject& m, ScoreRunDetail& d)
{
    d.trainAsOf = m.value(QLatin1String("train_as_of")).toString();
    d.validAsOf = m.value(QLatin1String("valid_as_of")).toString();
    d.scoreAsOf = m.value(QLatin1String("score_as_of")).toString();
    d.trainRows = static_cast<std::int64_t>(number(m, "train_rows"));
    d.validRows = static_cast<std::int64_t>(number(m, "valid_rows"));
    d.trainPositiveRate = number(m, "train_positive_rate");
    d.validPositiveRate = number(m, "valid_positive_rate");
    d.info.scoredUsers = static_cast<std::int64_t>(number(m, "scored_users"));
    const auto optionalNumber = [&m](const char* key) {
        const QJsonValue v = m.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    d.info.rocAuc = optionalNumber("roc_auc");
    d.info.prAuc = optionalNumber("pr_auc");
    d.info.logLoss = optionalNumber("log_loss");
    for (const QJsonValue& v : m.value(QLatin1String("roc")).toArray()) {
        const QJsonArray p = v.toArray();
        if (p.size() >= 2)
            d.roc.emplace_back(p.at(0).toDouble(), p.at(1).toDouble());
    }
    for (const QJsonValue& v : m.value(QLatin1String("reliability")).toArray()) {
        const QJsonObject o = v.toObject();
        d.reliability.push_back({number(o, "lower"), number(o, "upper"), number(o, "mean_predicted"),
                                 number(o, "observed_rate"), static_cast<std::int64_t>(number(o, "count"))});
    }
    for (const QJsonValue& v : m.value(QLatin1String("lift")).toArray()) {
        const QJsonObject o = v.toObject();
        d.lift.push_back({number(o, "fraction"), static_cast<std::int64_t>(number(o, "rows")),
                          number(o, "positive_rate"), number(o, "lift"), number(o, "capture")});
    }
    for (const QJsonValue& v : m.value(QLatin1String("importance")).toArray()) {
        const QJsonObject o = v.toObject();
        d.importance.emplace_back(o.value(QLatin1String("feature")).toString(), number(o, "gain"));
    }
    for (const QJsonValue& v : m.value(QLatin1String("histogram")).toObject().value(QLatin1String("counts")).toArray())
        d.histogram.push_back(static_cast<std::int64_t>(v.toDouble()));
    const QJsonObject bands = m.value(QLatin1String("bands")).toObject();
    d.bands = {static_cast<std::int64_t>(number(bands, "low")), static_cast<std::int64_t>(number(bands, "medium")),
               static_cast<std::int64_t>(number(bands, "high"))};
    d.rounds = static_cast<int>(number(m, "rounds"));
    d.featureSeconds = number(m, "feature_seconds");
    d.trainSeconds = number(m, "train_seconds");
    d.scoreSeconds = number(m, "score_seconds");
}

std::vector<ScoreReasonValue> readReasons(const QVariant& text)
{
    std::vector<ScoreReasonValue> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        const QJsonValue value = o.value(QLatin1String("value"));
        out.push_back({o.value(QLatin1String("feature")).toString(),
                       value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt,
                       number(o, "contribution")});
    }
    return out;
}

} // namespace

std::vector<ScoreRunInfo> ScoresQueries::runs(const QString& model, int limit)
{
    requireScoringModel(model);
    std::vector<ScoreRunInfo> out;
    QSqlQuery q = execute(m_db, kRuns, {model, limit});
    while (q.next()) {
        ScoreRunInfo r;
        r.runId = q.value(0).toLongLong();
        r.model = model;
        r.status = q.value(1).toString();
        r.startedAt = q.value(2).toDateTime();
        r.finishedAt = q.value(3).toDateTime();
        r.asOf = q.value(4).toString();
        r.mode = q.value(5).toString();
        r.windowDays = q.value(6).toInt();
        r.rocAuc = optionalDouble(q.value(7));
        r.prAuc = optionalDouble(q.value(8));
        r.logLoss = optionalDouble(q.value(9));
        r.scoredUsers = q.value(10).toLongLong();
        r.durationMs = q.value(11).toLongLong();
        r.error = q.value(12).toString();
        out.push_back(std::move(r));
    }
    return out;
}

std::int64_t ScoresQueries::newestSucceeded(const QString& model)
{
    requireScoringModel(model);
    QSqlQuery q = execute(m_db, kNewest, {model});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<ScoreRunDetail> ScoresQueries::run(const QString& model, std::int64_t runId)
{
    requireScoringModel(model);
    QSqlQuery q = execute(m_db, kRun, {static_cast<qlonglong>(runId), model});
    if (!q.next())
        return std::nullopt;
    ScoreRunDetail d;
    d.info.runId = runId;
    d.info.model = model;
    d.info.status = QStringLiteral("succeeded");
    readParams(object(q.value(0)), d);
    readMetrics(object(q.value(1)), d);
    d.info.startedAt = q.value(2).toDateTime();
    d.info.finishedAt = q.value(3).toDateTime();
    d.info.durationMs = q.value(4).toLongLong();
    return d;
}

std::vector<ScoredUser> ScoresQueries::top(const QString& model, int limit)
{
    requireScoringModel(model);
    std::vector<ScoredUser> out;
    QSqlQuery q = execute(m_db, model == QLatin1String("churn") ? kTopChurn : kTopPropensity, {limit});
    while (q.next()) {
        ScoredUser u;
        u.userId = q.value(0).toLongLong();
        u.name = q.value(1).toString();
        u.email = q.value(2).toString();
        u.score = q.value(3).toDouble();
        u.reasons = readReasons(q.value(4));
        u.runId = q.value(5).toLongLong();
        out.push_back(std::move(u));
    }
    return out;
}

} // namespace kestrel::ui
