#include "models/pricing_queries.h"

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

constexpr const char* kNewestSucceeded = R"(
SELECT run_id, params::text, metrics::text, started_at, finished_at, coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE model = 'elasticity' AND status = 'succeeded'
 ORDER BY run_id DESC
 LIMIT 1)";

constexpr const char* kNewestFinished = R"(
SELECT run_id, status, started_at, finished_at, coalesce(duration_ms, 0), coalesce(error, '')
  FROM ml.model_runs
 WHERE model = 'elasticity' AND status IN ('succeeded', 'failed')
 ORDER BY run_id DESC
 LIMIT 1)";

constexpr const char* kRows = R"(
SELECT e.level, e.category, e.product_id, p.name, e.elasticity, e.std_error, e.ci_low, e.ci_high, e.r_squared,
       e.observations, e.price_points, e.reliable, coalesce(e.flag, ''), e.points::text
  FROM ml.price_elasticity e
  LEFT JOIN crm.products p ON p.product_id = e.product_id
 WHERE e.run_id = ?
 ORDER BY e.level = 'product', e.category, e.product_id NULLS FIRST)";

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
        core::logging::get("ui")->debug("pricing query failed: {} | {}", err.text().toStdString(),
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

std::optional<double> optionalSql(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::int64_t integer(const QJsonObject& o, const char* key)
{
    return static_cast<std::int64_t>(o.value(QLatin1String(key)).toDouble());
}

} // namespace

std::optional<PricingRun> PricingQueries::newestSucceeded()
{
    QSqlQuery q = execute(m_db, kNewestSucceeded, {});
    if (!q.next())
        return std::nullopt;
    PricingRun r;
    r.info.runId = q.value(0).toLongLong();
    r.info.status = QStringLiteral("succeeded");
    const QJsonObject params = object(q.value(1));
    const QJsonObject m = object(q.value(2));
    r.info.startedAt = q.value(3).toDateTime();
    r.info.finishedAt = q.value(4).toDateTime();
    r.info.durationMs = q.value(5).toLongLong();
    r.from = m.value(QLatin1String("from")).toString();
    r.to = m.value(QLatin1String("to")).toString();
    r.weeks = static_cast<int>(integer(m, "weeks"));
    r.minWeeks = static_cast<int>(integer(params, "min_weeks"));
    r.productWeeks = integer(m, "product_weeks");
    r.zeroSaleWeeks = integer(m, "zero_sale_weeks");
    r.fallbackPriceWeeks = integer(m, "fallback_price_weeks");
    r.categories = integer(m, "categories");
    r.products = integer(m, "products");
    r.reliableCategories = integer(m, "reliable_categories");
    r.reliableProducts = integer(m, "reliable_products");
    const QJsonValue median = m.value(QLatin1String("median_reliable_category_elasticity"));
    if (median.isDouble())
        r.medianReliableCategory = median.toDouble();
    const QJsonObject flags = m.value(QLatin1String("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it)
        r.flags[it.key()] = static_cast<std::int64_t>(it.value().toDouble());
    return r;
}

std::optional<PricingRunInfo> PricingQueries::newestFinished()
{
    QSqlQuery q = execute(m_db, kNewestFinished, {});
    if (!q.next())
        return std::nullopt;
    PricingRunInfo r;
    r.runId = q.value(0).toLongLong();
    r.status = q.value(1).toString();
    r.startedAt = q.value(2).toDateTime();
    r.finishedAt = q.value(3).toDateTime();
    r.durationMs = q.value(4).toLongLong();
    r.error = q.value(5).toString();
    return r;
}

std::vector<PricingRow> PricingQueries::rows(std::int64_t runId)
{
    std::vector<PricingRow> out;
    QSqlQuery q = execute(m_db, kRows, {static_cast<qlonglong>(runId)});
    while (q.next()) {
        PricingRow r;
        r.product = q.value(0).toString() == QLatin1String("product");
        r.category = q.value(1).toString();
        r.productId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        r.productName = q.value(3).toString();
        r.elasticity = optionalSql(q.value(4));
        r.stdError = optionalSql(q.value(5));
        r.ciLow = optionalSql(q.value(6));
        r.ciHigh = optionalSql(q.value(7));
        r.rSquared = optionalSql(q.value(8));
        r.observations = q.value(9).toLongLong();
        r.priceLevels = q.value(10).toInt();
        r.reliable = q.value(11).toBool();
        r.flag = q.value(12).toString();
        const QJsonArray points = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array();
        r.points.reserve(static_cast<std::size_t>(points.size()));
        for (const QJsonValue& v : points) {
            const QJsonObject p = v.toObject();
            r.points.push_back({QDate::fromString(p.value(QLatin1String("period")).toString(), Qt::ISODate),
                                p.value(QLatin1String("price")).toDouble(),
                                p.value(QLatin1String("quantity")).toDouble()});
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace kestrel::ui
