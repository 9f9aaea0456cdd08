// The JSON of an elasticity run: the chart points as stored in ml.price_elasticity.points, a row as
// `kestrel analyze elasticity --json` prints it, and the run's metrics (core/customers/README.md).
#include "customers/elasticity_service.h"

#include "common/civil_date.h"

#include <cmath>
#include <cstdio>

namespace kestrel::core {
namespace {

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

std::string dateText(std::int64_t day)
{
    const civil::Date d = civil::civilFromDays(day);
    char text[48];
    std::snprintf(text, sizeof text, "%04lld-%02d-%02d", static_cast<long long>(d.year), d.month, d.day);
    return text;
}

QJsonArray flagsJson(const std::vector<analytics::ElasticityFlag>& flags)
{
    QJsonArray out;
    for (const auto f : flags)
        out.append(QString::fromLatin1(analytics::elasticityFlagName(f).data()));
    return out;
}

} // namespace

std::string ElasticityService::pointsJson(const std::vector<PricePoint>& points)
{
    std::string out = "[";
    char item[128];
    for (const auto& p : points) {
        std::snprintf(item, sizeof item, "%s{\"period\": \"%s\", \"price\": %.10g, \"quantity\": %.10g}",
                      out.size() > 1 ? ", " : "", dateText(p.week).c_str(), p.price, p.quantity);
        out += item;
    }
    out += ']';
    return out;
}

QJsonObject ElasticityService::rowJson(const PriceElasticityRow& row)
{
    const auto& e = row.estimate;
    QJsonObject o;
    o[QStringLiteral("level")] = row.product ? QStringLiteral("product") : QStringLiteral("category");
    o[QStringLiteral("category")] = QString::fromStdString(row.category);
    o[QStringLiteral("product_id")] = row.product ? QJsonValue(static_cast<double>(row.productId)) : QJsonValue();
    o[QStringLiteral("product_name")] =
        row.product ? QJsonValue(QString::fromStdString(row.productName)) : QJsonValue();
    o[QStringLiteral("elasticity")] = finiteOrNull(e.elasticity);
    o[QStringLiteral("std_error")] = finiteOrNull(e.stdError);
    o[QStringLiteral("ci_low")] = finiteOrNull(e.ciLow);
    o[QStringLiteral("ci_high")] = finiteOrNull(e.ciHigh);
    o[QStringLiteral("r_squared")] = finiteOrNull(e.rSquared);
    o[QStringLiteral("observations")] = static_cast<double>(e.observations);
    o[QStringLiteral("price_points")] = e.priceLevels;
    o[QStringLiteral("reliable")] = e.reliable();
    o[QStringLiteral("flag")] =
        e.flag ? QJsonValue(QString::fromLatin1(analytics::elasticityFlagName(*e.flag).data())) : QJsonValue();
    o[QStringLiteral("flags")] = flagsJson(e.flags);
    o[QStringLiteral("products")] = e.groups;
    o[QStringLiteral("weeks")] = e.weeks;
    o[QStringLiteral("zero_sale_weeks")] = static_cast<double>(row.zeroSaleWeeks);
    o[QStringLiteral("seasonal_controls")] = QString::fromLatin1(analytics::seasonalControlsName(e.seasonal).data());
    o[QStringLiteral("trend")] = e.trend;
    o[QStringLiteral("degrees_of_freedom")] = e.degreesOfFreedom;
    o[QStringLiteral("log_price_sd")] = e.logPriceSd;
    return o;
}

QJsonObject ElasticityService::metricsJson(const PriceElasticityReport& r)
{
    QJsonObject m;
    m[QStringLiteral("from")] = QString::fromStdString(r.from);
    m[QStringLiteral("to")] = QString::fromStdString(r.to);
    m[QStringLiteral("weeks")] = r.weeks;
    m[QStringLiteral("min_weeks")] = r.minWeeks;
    m[QStringLiteral("product_weeks")] = static_cast<double>(r.productWeeks);
    m[QStringLiteral("fallback_price_weeks")] = static_cast<double>(r.fallbackPriceWeeks);
    m[QStringLiteral("zero_sale_weeks")] = static_cast<double>(r.zeroSaleWeeks);
    m[QStringLiteral("free_weeks")] = static_cast<double>(r.freeWeeks);
    m[QStringLiteral("categories")] = static_cast<double>(r.categories);
    m[QStringLiteral("products")] = static_cast<double>(r.products);
    m[QStringLiteral("reliable_categories")] = static_cast<double>(r.reliableCategories);
    m[QStringLiteral("reliable_products")] = static_cast<double>(r.reliableProducts);
    m[QStringLiteral("median_reliable_category_elasticity")] = finiteOrNull(r.medianReliableCategory);
    {
        const auto& e = r.pooled;
        QJsonObject pooled;
        pooled[QStringLiteral("elasticity")] = finiteOrNull(e.elasticity);
        pooled[QStringLiteral("std_error")] = finiteOrNull(e.stdError);
        pooled[QStringLiteral("ci_low")] = finiteOrNull(e.ciLow);
        pooled[QStringLiteral("ci_high")] = finiteOrNull(e.ciHigh);
        pooled[QStringLiteral("r_squared")] = finiteOrNull(e.rSquared);
        pooled[QStringLiteral("observations")] = static_cast<double>(e.observations);
        pooled[QStringLiteral("products")] = e.groups;
        pooled[QStringLiteral("reliable")] = e.reliable();
        pooled[QStringLiteral("flag")] =
            e.flag ? QJsonValue(QString::fromLatin1(analytics::elasticityFlagName(*e.flag).data())) : QJsonValue();
        m[QStringLiteral("pooled")] = pooled;
    }
    QJsonObject flags;
    for (const auto& [name, count] : r.flags)
        flags[QString::fromStdString(name)] = static_cast<double>(count);
    m[QStringLiteral("flags")] = flags;
    m[QStringLiteral("standard_errors")] = QStringLiteral("HC1");
    const analytics::ElasticityOptions thresholds;
    m[QStringLiteral("confidence")] = thresholds.confidence;
    QJsonObject t;
    t[QStringLiteral("min_observations")] = thresholds.minObservations;
    t[QStringLiteral("min_weeks")] = thresholds.minWeeks;
    t[QStringLiteral("min_price_levels")] = thresholds.minPriceLevels;
    t[QStringLiteral("min_log_price_sd")] = thresholds.minLogPriceSd;
    t[QStringLiteral("max_interval_width")] = thresholds.maxIntervalWidth;
    t[QStringLiteral("min_r_squared")] = thresholds.minRSquared;
    m[QStringLiteral("thresholds")] = t;
    m[QStringLiteral("category_price")] = QStringLiteral("index");
    QJsonArray categories;
    for (const auto& row : r.rows)
        if (!row.product)
            categories.append(rowJson(row));
    m[QStringLiteral("category_rows")] = categories;
    QJsonObject timings;
    timings[QStringLiteral("read_seconds")] = r.readSeconds;
    timings[QStringLiteral("fit_seconds")] = r.fitSeconds;
    timings[QStringLiteral("write_seconds")] = r.writeSeconds;
    m[QStringLiteral("timings")] = timings;
    return m;
}

} // namespace kestrel::core
