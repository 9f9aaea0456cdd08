// ltvHistoryJson: the history as stored in ml.model_runs.metrics (documented in
// core/customers/README.md, "ltv — history"). JSON has no NaN or infinity: both become null.
#include "customers/ltv_history.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <cmath>

namespace kestrel::core {
namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(std::int64_t n)
{
    return QJsonValue(static_cast<double>(n));
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray out;
    for (const double v : values)
        out.append(number(v));
    return out;
}

QJsonObject horizonJson(const LtvHorizonSummary& h)
{
    QJsonObject o;
    o[QStringLiteral("months")] = h.months;
    o[QStringLiteral("customers")] = count(h.customers);
    o[QStringLiteral("excluded")] = count(h.excluded);
    o[QStringLiteral("mean")] = number(h.mean);
    o[QStringLiteral("median")] = number(h.median);
    o[QStringLiteral("p25")] = number(h.p25);
    o[QStringLiteral("p75")] = number(h.p75);
    o[QStringLiteral("p90")] = number(h.p90);
    o[QStringLiteral("p95")] = number(h.p95);
    o[QStringLiteral("p99")] = number(h.p99);
    o[QStringLiteral("top10_share")] = number(h.top10Share);
    o[QStringLiteral("total")] = number(h.total);
    QJsonArray buckets;
    for (const LtvBucket& b : h.buckets) {
        QJsonObject bucket;
        bucket[QStringLiteral("lower")] = number(b.lower);
        bucket[QStringLiteral("upper")] = number(b.upper); // +inf (open-ended) → null
        bucket[QStringLiteral("customers")] = count(b.customers);
        buckets.append(bucket);
    }
    o[QStringLiteral("buckets")] = buckets;
    return o;
}

QJsonObject cohortsJson(const CohortTable& t)
{
    QJsonObject o;
    QJsonArray months, sizes, revenue, retention;
    for (const auto& m : t.months)
        months.append(QString::fromStdString(m));
    for (const auto n : t.sizes)
        sizes.append(count(n));
    for (const auto& row : t.revenuePerCustomer)
        revenue.append(numbers(row));
    for (const auto& row : t.retention)
        retention.append(numbers(row));
    o[QStringLiteral("months")] = months;
    o[QStringLiteral("sizes")] = sizes;
    o[QStringLiteral("max_offset")] = t.maxOffset;
    o[QStringLiteral("revenue_per_customer")] = revenue;
    o[QStringLiteral("retention")] = retention;
    return o;
}

QJsonObject channelJson(const ChannelLtv& c)
{
    QJsonObject o;
    o[QStringLiteral("channel")] = QString::fromStdString(c.channel);
    o[QStringLiteral("customers")] = count(c.customers);
    o[QStringLiteral("curve")] = numbers(c.curve);
    o[QStringLiteral("ltv_3m")] = number(c.ltv3);
    o[QStringLiteral("ltv_6m")] = number(c.ltv6);
    o[QStringLiteral("ltv_12m")] = number(c.ltv12);
    o[QStringLiteral("spend")] = number(c.spend);
    o[QStringLiteral("spend_customers")] = count(c.spendCustomers);
    o[QStringLiteral("cac")] = number(c.cac);
    // null without a CAC, or with a CAC of 0 (a free channel has no finite ratio).
    o[QStringLiteral("ltv_cac_12m")] = c.cac > 0 ? number(c.ltv12 / c.cac) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("payback_month")] = c.paybackMonth;
    return o;
}

} // namespace

QJsonObject ltvHistoryJson(const LtvHistory& history)
{
    QJsonObject o;
    o[QStringLiteral("as_of")] = QString::fromStdString(history.asOf);
    o[QStringLiteral("customers")] = count(history.customers);
    QJsonArray horizons;
    for (const auto& h : history.horizons)
        horizons.append(horizonJson(h));
    o[QStringLiteral("horizons")] = horizons;
    o[QStringLiteral("cohorts")] = cohortsJson(history.cohorts);
    QJsonArray channels;
    for (const auto& c : history.channels)
        channels.append(channelJson(c));
    o[QStringLiteral("channels")] = channels;
    return o;
}

} // namespace kestrel::core
