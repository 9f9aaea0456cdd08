#include "models/ltv_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <initializer_list>
#include <limits>

namespace kestrel::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr const char* kNewestSucceeded = R"(
SELECT run_id, params::text, metrics::text, started_at, finished_at, coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE model = 'ltv' AND status = 'succeeded'
 ORDER BY run_id DESC
 LIMIT 1)";

constexpr const char* kNewestFinished = R"(
SELECT run_id, status, started_at, finished_at, coalesce(duration_ms, 0), coalesce(error, '')
  FROM ml.model_runs
 WHERE model = 'ltv' AND status IN ('succeeded', 'failed')
 ORDER BY run_id DESC
 LIMIT 1)";

// ltv_predicted has a (ltv_predicted, user_id) index (0009) read backwards; the user id only breaks ties. Amounts are
// numeric(14, 2): float8 reads them as numbers, not strings.
constexpr const char* kTopCustomers = R"(
SELECT m.user_id, u.full_name, u.email, u.acquisition_channel,
       m.ltv_predicted::float8, m.p_alive, m.expected_purchases_90d, m.expected_purchases_365d,
       m.expected_aov::float8, m.ltv_12m::float8, m.first_purchase_at
  FROM ml.user_metrics m
  JOIN crm.users u ON u.user_id = m.user_id
 WHERE m.ltv_predicted IS NOT NULL
 ORDER BY m.ltv_predicted DESC, m.user_id
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
        core::logging::get("ui")->debug("ltv query failed: {} | {}", err.text().toStdString(),
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

double number(const QJsonObject& o, const char* key)
{
    return at(o, key).toDouble();
}

std::int64_t integer(const QJsonObject& o, const char* key)
{
    return static_cast<std::int64_t>(at(o, key).toDouble());
}

/// A JSON number, or empty for null (the runs store NaN and infinity as null).
std::optional<double> optionalNumber(const QJsonObject& o, const char* key)
{
    const QJsonValue v = at(o, key);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> optionalSql(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::vector<double> numbers(const QJsonValue& array)
{
    std::vector<double> out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.isDouble() ? v.toDouble() : kNaN);
    return out;
}

std::vector<std::vector<double>> matrix(const QJsonValue& rows)
{
    std::vector<std::vector<double>> out;
    for (const QJsonValue& row : rows.toArray())
        out.push_back(numbers(row));
    return out;
}

LtvFitDiagnostics diagnostics(const QJsonObject& o)
{
    LtvFitDiagnostics d;
    d.logLikelihood = number(o, "log_likelihood");
    d.customers = integer(o, "customers");
    d.distinctRows = integer(o, "distinct_rows");
    d.iterations = at(o, "iterations").toInt();
    d.evaluations = at(o, "evaluations").toInt();
    d.starts = at(o, "starts").toInt();
    d.converged = at(o, "converged").toBool();
    d.gradientNorm = optionalNumber(o, "gradient_norm");
    d.seconds = number(o, "seconds");
    for (const QJsonValue& n : at(o, "notes").toArray())
        d.notes << n.toString();
    return d;
}

LtvBgNbd bgNbd(const QJsonObject& o)
{
    return {number(o, "r"), number(o, "alpha"), number(o, "a"), number(o, "b"), diagnostics(o)};
}

LtvHorizon horizon(const QJsonObject& o)
{
    LtvHorizon h;
    h.months = at(o, "months").toInt();
    h.customers = integer(o, "customers");
    h.excluded = integer(o, "excluded");
    h.mean = optionalNumber(o, "mean");
    h.median = optionalNumber(o, "median");
    h.p25 = optionalNumber(o, "p25");
    h.p75 = optionalNumber(o, "p75");
    h.p90 = optionalNumber(o, "p90");
    h.p95 = optionalNumber(o, "p95");
    h.p99 = optionalNumber(o, "p99");
    h.top10Share = optionalNumber(o, "top10_share");
    h.total = optionalNumber(o, "total");
    for (const QJsonValue& v : at(o, "buckets").toArray()) {
        const QJsonObject b = v.toObject();
        h.buckets.push_back({number(b, "lower"), optionalNumber(b, "upper"), integer(b, "customers")});
    }
    return h;
}

void readHistory(const QJsonObject& history, LtvRunDetail& d)
{
    d.customers = integer(history, "customers");
    const QJsonArray horizons = at(history, "horizons").toArray();
    for (qsizetype i = 0; i < horizons.size() && i < 3; ++i)
        d.horizons[static_cast<std::size_t>(i)] = horizon(horizons.at(i).toObject());
    const QJsonObject cohorts = at(history, "cohorts").toObject();
    for (const QJsonValue& m : at(cohorts, "months").toArray())
        d.cohorts.months << m.toString();
    for (const QJsonValue& n : at(cohorts, "sizes").toArray())
        d.cohorts.sizes.push_back(static_cast<std::int64_t>(n.toDouble()));
    d.cohorts.maxOffset = at(cohorts, "max_offset").toInt();
    d.cohorts.revenuePerCustomer = matrix(at(cohorts, "revenue_per_customer"));
    d.cohorts.retention = matrix(at(cohorts, "retention"));
    for (const QJsonValue& v : at(history, "channels").toArray()) {
        const QJsonObject o = v.toObject();
        LtvChannel c;
        c.channel = at(o, "channel").toString();
        c.customers = integer(o, "customers");
        c.curve = numbers(at(o, "curve"));
        c.ltv3 = optionalNumber(o, "ltv_3m");
        c.ltv6 = optionalNumber(o, "ltv_6m");
        c.ltv12 = optionalNumber(o, "ltv_12m");
        c.spend = optionalNumber(o, "spend");
        c.spendCustomers = integer(o, "spend_customers");
        c.cac = optionalNumber(o, "cac");
        c.ltvCac12 = optionalNumber(o, "ltv_cac_12m");
        c.paybackMonth = at(o, "payback_month").toInt(-1);
        d.channels.push_back(std::move(c));
    }
}

void readPrediction(const QJsonObject& p, LtvRunDetail& d)
{
    d.predictedCustomers = integer(p, "customers");
    d.repeatBuyers = integer(p, "repeat_buyers");
    if (at(p, "bg_nbd").isObject())
        d.bgNbd = bgNbd(at(p, "bg_nbd").toObject());
    if (at(p, "gamma_gamma").isObject()) {
        const QJsonObject o = at(p, "gamma_gamma").toObject();
        d.gammaGamma = LtvGammaGamma{number(o, "p"), number(o, "q"), number(o, "gamma"), diagnostics(o)};
    }
    if (at(p, "calibration").isObject()) {
        const QJsonObject o = at(p, "calibration").toObject();
        LtvCalibration c;
        c.calibrationEnd = at(o, "calibration_end").toString();
        c.holdoutDays = at(o, "holdout_days").toInt();
        c.customers = integer(o, "customers");
        c.fit = bgNbd(at(o, "bg_nbd").toObject());
        for (const QJsonValue& v : at(o, "buckets").toArray()) {
            const QJsonObject b = v.toObject();
            const QJsonValue max = at(b, "frequency_max");
            c.buckets.push_back({at(b, "frequency_min").toInt(),
                                 max.isDouble() ? std::optional<int>(max.toInt()) : std::nullopt,
                                 integer(b, "customers"), number(b, "predicted"), number(b, "actual")});
        }
        c.predictedTotal = number(o, "predicted_total");
        c.actualTotal = number(o, "actual_total");
        d.calibration = std::move(c);
    }
    const QJsonObject totals = at(p, "totals").toObject();
    d.totals.expected30 = number(totals, "expected_purchases_30d");
    d.totals.expected90 = number(totals, "expected_purchases_90d");
    d.totals.expected365 = number(totals, "expected_purchases_365d");
    d.totals.pAliveMean = number(totals, "p_alive_mean");
    d.totals.clvTotal = optionalNumber(totals, "clv_total");
    d.totals.clvMean = optionalNumber(totals, "clv_mean");
    d.totals.clvMedian = optionalNumber(totals, "clv_median");
    d.totals.aovMean = optionalNumber(totals, "aov_mean");
    const QJsonObject histogram = at(p, "clv_histogram").toObject();
    d.clvEdges = numbers(at(histogram, "edges"));
    for (const QJsonValue& n : at(histogram, "counts").toArray())
        d.clvCounts.push_back(static_cast<std::int64_t>(n.toDouble()));
}

} // namespace

void LtvQueries::readRun(const QJsonObject& params, const QJsonObject& metrics, LtvRunDetail& d)
{
    d.asOf = at(params, "as_of").toString();
    if (d.asOf.isEmpty())
        d.asOf = at(metrics, "as_of").toString();
    d.clvMonths = at(params, "clv_months").toInt(12);
    d.monthlyDiscount = at(params, "monthly_discount").toDouble(0.01);
    d.holdoutDays = at(params, "holdout_days").toInt();
    readHistory(at(metrics, "history").toObject(), d);
    readPrediction(at(metrics, "prediction").toObject(), d);
    for (const QJsonValue& v : at(metrics, "insights").toArray())
        d.insights.push_back(v.toObject());
    for (const QJsonValue& v : at(metrics, "warnings").toArray())
        d.warnings << v.toString();
    const QJsonObject timings = at(metrics, "timings").toObject();
    d.historySeconds = number(timings, "history_seconds");
    d.summarySeconds = number(timings, "summary_seconds");
    d.fitSeconds = number(timings, "fit_seconds");
    d.predictSeconds = number(timings, "predict_seconds");
    d.writeSeconds = number(timings, "write_seconds");
}

std::optional<LtvRunDetail> LtvQueries::newestSucceeded()
{
    QSqlQuery q = execute(m_db, kNewestSucceeded, {});
    if (!q.next())
        return std::nullopt;
    LtvRunDetail d;
    d.info.runId = q.value(0).toLongLong();
    d.info.status = QStringLiteral("succeeded");
    readRun(object(q.value(1)), object(q.value(2)), d);
    d.info.startedAt = q.value(3).toDateTime();
    d.info.finishedAt = q.value(4).toDateTime();
    d.info.durationMs = q.value(5).toLongLong();
    return d;
}

std::optional<LtvRunInfo> LtvQueries::newestFinished()
{
    QSqlQuery q = execute(m_db, kNewestFinished, {});
    if (!q.next())
        return std::nullopt;
    LtvRunInfo r;
    r.runId = q.value(0).toLongLong();
    r.status = q.value(1).toString();
    r.startedAt = q.value(2).toDateTime();
    r.finishedAt = q.value(3).toDateTime();
    r.durationMs = q.value(4).toLongLong();
    r.error = q.value(5).toString();
    return r;
}

std::vector<LtvCustomer> LtvQueries::topCustomers(int limit)
{
    std::vector<LtvCustomer> out;
    QSqlQuery q = execute(m_db, kTopCustomers, {limit});
    while (q.next()) {
        LtvCustomer c;
        c.userId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.email = q.value(2).toString();
        c.channel = q.value(3).toString();
        c.clv = optionalSql(q.value(4));
        c.pAlive = optionalSql(q.value(5));
        c.expected90 = optionalSql(q.value(6));
        c.expected365 = optionalSql(q.value(7));
        c.expectedAov = optionalSql(q.value(8));
        c.ltv12 = optionalSql(q.value(9));
        c.firstPurchaseAt = q.value(10).toDateTime();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace kestrel::ui
