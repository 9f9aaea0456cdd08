#include "customers/ltv_service.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"
#include "common/translate.h"
#include "customers/model_run_log.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "modeling/metrics_json.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMonthDays = 365.25 / 12;
constexpr std::size_t kTopCustomers = 10;
constexpr int kMaxCalibrationFrequency = 7; ///< buckets 0 … 6 and "7+"

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string number(double v, const char* format = "%.6g")
{
    char text[48];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

/// Per-customer repeat-purchase history in days as of the cut, and the same as of the calibration
/// end with the purchases in the holdout after it.
struct CustomerHistories {
    std::vector<std::int64_t> userIds;
    analytics::ClvData full;
    // calibration: only customers whose first purchase is before the calibration end
    std::vector<std::size_t> calibrationRows; ///< index into userIds
    analytics::ClvData calibration;
    std::vector<double> holdoutPurchases;
    int holdoutDays = 0;
    std::string calibrationEnd;
    double observedDays = 0; ///< T of the oldest customer: how much history there is
};

/// Purchase days: the UTC dates with a paid, shipped or delivered order; a day's orders are one
/// transaction, as in Fader & Hardie's summaries. x = purchase days − 1, t_x = last − first day,
/// T = the last observed day (the day before the cut, or the cut's own day when it is not midnight)
/// − first day; spend = the mean of the repeat days' totals. One pass over the orders, materialised
/// (so it may run in parallel) and read back through a cursor.
constexpr const char* kHistoryQuery = R"SQL(
CREATE TEMP TABLE kestrel_clv_histories ON COMMIT DROP AS
WITH d AS (
    SELECT user_id, (created_at AT TIME ZONE 'UTC')::date AS day, sum(total_amount)::float8 AS amount
      FROM crm.orders
     WHERE created_at < $1::timestamptz AND status IN ('paid', 'shipped', 'delivered')
     GROUP BY 1, 2),
f AS (
    SELECT user_id, day, amount, min(day) OVER (PARTITION BY user_id) AS first_day FROM d)
SELECT user_id,
       $2::date - first_day AS age,
       count(*) - 1 AS x,
       max(day) - first_day AS tx,
       sum(amount) FILTER (WHERE day > first_day) AS repeat_amount,
       count(*) FILTER (WHERE day < $3::date) - 1 AS cal_x,
       max(day) FILTER (WHERE day < $3::date) - first_day AS cal_tx,
       count(*) FILTER (WHERE day >= $3::date) AS holdout
  FROM f
 GROUP BY user_id, first_day
)SQL";

CustomerHistories readHistories(JobContext& ctx, const std::string& asOf, int holdoutDays)
{
    CustomerHistories h;
    ctx.db().read([&](pqxx::work& tx) {
        tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        tx.exec0("SET LOCAL work_mem = '256MB'");
        // The last observed day, and how far back the history reaches, fix the default holdout.
        const auto bounds = tx.exec_params1(
            "SELECT ((c - interval '1 microsecond') AT TIME ZONE 'UTC')::date::text, "
            "((c - interval '1 microsecond') AT TIME ZONE 'UTC')::date - "
            "(SELECT (min(created_at) AT TIME ZONE 'UTC')::date FROM crm.orders "
            "  WHERE created_at < c AND status IN ('paid', 'shipped', 'delivered')) "
            "FROM (SELECT $1::timestamptz AS c) AS cut",
            asOf);
        const std::string lastDay = bounds[0].c_str();
        const int span = bounds[1].is_null() ? 0 : bounds[1].as<int>();
        h.observedDays = span;
        h.holdoutDays = holdoutDays > 0 ? holdoutDays : std::clamp(span / 4, 7, 90);
        h.calibrationEnd =
            tx.exec_params1("SELECT ($1::date + 1 - $2::int)::text", lastDay, h.holdoutDays)[0].c_str();
        tx.exec_params0(kHistoryQuery, asOf, lastDay, h.calibrationEnd);
        ctx.throwIfStopped();
        const auto n = tx.exec1("SELECT count(*) FROM kestrel_clv_histories")[0].as<long long>();
        h.userIds.reserve(static_cast<std::size_t>(n));
        for (auto* v : {&h.full.frequency, &h.full.recency, &h.full.age, &h.full.monetary})
            v->reserve(static_cast<std::size_t>(n));
        tx.exec0("DECLARE kestrel_clv_cursor NO SCROLL CURSOR FOR "
                 "SELECT * FROM kestrel_clv_histories ORDER BY user_id");
        long long row = 0;
        for (;;) {
            ctx.throwIfStopped();
            const pqxx::result batch = tx.exec("FETCH FORWARD 50000 FROM kestrel_clv_cursor");
            if (batch.empty())
                break;
            for (const auto& r : batch) {
                const auto x = r[2].as<double>();
                const auto age = r[1].as<double>();
                h.userIds.push_back(r[0].as<std::int64_t>());
                h.full.age.push_back(age);
                h.full.frequency.push_back(x);
                h.full.recency.push_back(r[3].as<double>());
                h.full.monetary.push_back(x > 0 && !r[4].is_null() ? r[4].as<double>() / x : kNaN);
                // In the calibration set when the first purchase is before the calibration end.
                const double calAge = age - h.holdoutDays;
                if (calAge >= 0 && !r[6].is_null()) {
                    h.calibrationRows.push_back(h.userIds.size() - 1);
                    h.calibration.frequency.push_back(r[5].as<double>());
                    h.calibration.recency.push_back(r[6].as<double>());
                    h.calibration.age.push_back(calAge);
                    h.holdoutPurchases.push_back(r[7].as<double>());
                }
                ++row;
            }
            ctx.progress(0.35 + 0.15 * static_cast<double>(row) / static_cast<double>(std::max(1LL, n)),
                         QCoreApplication::translate("Ltv", "Reading purchase histories").toStdString());
        }
        tx.exec0("CLOSE kestrel_clv_cursor");
        tx.exec0("DROP TABLE kestrel_clv_histories");
    });
    return h;
}

/// BG/NBD refitted on the calibration period predicts every calibration customer's purchases in the
/// holdout; compared with what happened, by calibration frequency.
std::optional<LtvCalibration> checkOnHoldout(const CustomerHistories& h, const analytics::KernelControl& control,
                                             std::vector<std::string>& warnings)
{
    const std::size_t n = h.calibration.size();
    const bool anyRepeat = std::any_of(h.calibration.frequency.begin(), h.calibration.frequency.end(),
                                       [](double x) { return x > 0; });
    // The calibration period must be long enough to learn from: at least four weeks and half the holdout.
    const double calibrationDays = h.observedDays - h.holdoutDays;
    if (n < 2 || !anyRepeat || calibrationDays < std::max(28.0, h.holdoutDays / 2.0)) {
        warnings.push_back(trArgs(QCoreApplication::translate(
                                      "Ltv", "no holdout check: %1 days of history are too few for a %2-day holdout "
                                             "after a calibration period (at least 4 weeks and half the holdout) with "
                                             "repeat purchases"),
                                  static_cast<std::int64_t>(h.observedDays), h.holdoutDays));
        return std::nullopt;
    }
    const analytics::BgNbdFit fit = analytics::fitBgNbd(h.calibration, control);
    LtvCalibration c;
    c.calibrationEnd = h.calibrationEnd;
    c.holdoutDays = h.holdoutDays;
    c.customers = static_cast<std::int64_t>(n);
    c.fit = fit;
    c.buckets.resize(kMaxCalibrationFrequency + 1);
    for (int b = 0; b <= kMaxCalibrationFrequency; ++b) {
        c.buckets[static_cast<std::size_t>(b)].frequencyMin = b;
        c.buckets[static_cast<std::size_t>(b)].frequencyMax = b == kMaxCalibrationFrequency ? -1 : b;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double x = h.calibration.frequency[i];
        const double predicted = analytics::bgNbdExpectedPurchases(fit.params, h.holdoutDays, x,
                                                                   h.calibration.recency[i], h.calibration.age[i]);
        auto& bucket = c.buckets[static_cast<std::size_t>(std::min<double>(x, kMaxCalibrationFrequency))];
        ++bucket.customers;
        bucket.predicted += predicted;
        bucket.actual += h.holdoutPurchases[i];
        c.predictedTotal += predicted;
        c.actualTotal += h.holdoutPurchases[i];
    }
    for (auto& b : c.buckets)
        if (b.customers > 0) {
            b.predicted /= static_cast<double>(b.customers);
            b.actual /= static_cast<double>(b.customers);
        }
    return c;
}

/// "Nice" histogram edges from 0 up to about the 99th percentile, the last bucket open-ended.
std::vector<double> niceEdges(std::vector<double> values, int buckets)
{
    if (values.empty())
        return {0};
    std::sort(values.begin(), values.end());
    const double top = values[static_cast<std::size_t>(0.99 * static_cast<double>(values.size() - 1))];
    if (!(top > 0))
        return {0};
    const double raw = top / buckets;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    std::vector<double> edges;
    for (int i = 0; i <= buckets; ++i)
        edges.push_back(step * i);
    return edges;
}

LtvPrediction predict(JobContext& ctx, const CustomerHistories& h, const LtvOptions& options,
                      std::vector<LtvPredictedCustomer>& customers, std::vector<std::string>& warnings)
{
    LtvPrediction p;
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    p.customers = static_cast<std::int64_t>(h.userIds.size());
    p.repeatBuyers = std::count_if(h.full.frequency.begin(), h.full.frequency.end(), [](double x) { return x > 0; });

    const auto fitStarted = Clock::now();
    ctx.progress(0.5, QCoreApplication::translate("Ltv", "Fitting BG/NBD and Gamma-Gamma").toStdString());
    if (p.repeatBuyers == 0) {
        warnings.push_back(QCoreApplication::translate(
                               "Ltv", "no predicted LTV: no customer has bought on two different days yet")
                               .toStdString());
        return p;
    }
    p.bgNbd = analytics::fitBgNbd(h.full, control);
    if (!p.bgNbd->diagnostics.converged)
        warnings.push_back(QCoreApplication::translate(
                               "Ltv", "the BG/NBD fit did not fully converge; its predictions may be off")
                               .toStdString());
    if (p.repeatBuyers >= 2) {
        p.gammaGamma = analytics::fitGammaGamma(h.full, control);
        if (!p.gammaGamma->diagnostics.converged)
            warnings.push_back(QCoreApplication::translate(
                                   "Ltv", "the Gamma-Gamma fit did not fully converge; expected order values may be off")
                                   .toStdString());
    } else {
        warnings.push_back(QCoreApplication::translate(
                               "Ltv", "no expected order value or CLV: Gamma-Gamma needs at least two repeat buyers")
                               .toStdString());
    }
    p.calibration = checkOnHoldout(h, control, warnings);
    p.fitSeconds = seconds(fitStarted);

    ctx.progress(0.6, QCoreApplication::translate("Ltv", "Predicting purchases and value").toStdString());
    const auto predictStarted = Clock::now();
    const auto& bg = p.bgNbd->params;
    // A Gamma-Gamma population mean pγ/(q−1) exists only for q > 1; one-time buyers then get the
    // repeat buyers' average spend instead.
    double oneTimeAov = kNaN;
    if (p.gammaGamma) {
        oneTimeAov = analytics::gammaGammaExpectedSpend(p.gammaGamma->params, 0, 0);
        if (!std::isfinite(oneTimeAov)) {
            double sum = 0;
            for (std::size_t i = 0; i < h.full.size(); ++i)
                if (h.full.frequency[i] > 0)
                    sum += h.full.monetary[i];
            oneTimeAov = sum / static_cast<double>(p.repeatBuyers);
            warnings.push_back(QCoreApplication::translate(
                                   "Ltv", "Gamma-Gamma has no population mean (q ≤ 1); one-time buyers get the "
                                          "repeat buyers' average order value")
                                   .toStdString());
        }
    }
    const std::size_t n = h.userIds.size();
    customers.assign(n, {});
    const int threads = analytics::defaultThreads(0);
    analytics::parallelRows(static_cast<std::int64_t>(n), n > 20000 ? threads : 1,
                            [&](std::int64_t begin, std::int64_t end, int) {
                                for (auto i = static_cast<std::size_t>(begin); i < static_cast<std::size_t>(end); ++i) {
                                    if (i % 16384 == 0)
                                        control.throwIfStopped();
                                    const double x = h.full.frequency[i], tx = h.full.recency[i], T = h.full.age[i];
                                    LtvPredictedCustomer& c = customers[i];
                                    c.userId = h.userIds[i];
                                    c.frequency = x;
                                    c.pAlive = analytics::bgNbdProbabilityAlive(bg, x, tx, T);
                                    c.expected30 = analytics::bgNbdExpectedPurchases(bg, 30, x, tx, T);
                                    c.expected90 = analytics::bgNbdExpectedPurchases(bg, 90, x, tx, T);
                                    c.expected365 = analytics::bgNbdExpectedPurchases(bg, 365, x, tx, T);
                                    c.expectedAov = kNaN;
                                    c.clv = kNaN;
                                    if (p.gammaGamma) {
                                        const auto& gg = p.gammaGamma->params;
                                        c.expectedAov = x > 0 ? analytics::gammaGammaExpectedSpend(gg, x, h.full.monetary[i])
                                                              : oneTimeAov;
                                        // Σ spend × (E[Y(i months)] − E[Y(i − 1 months)]) / (1 + d)^i
                                        double value = 0, previous = 0;
                                        for (int m = 1; m <= options.clvMonths; ++m) {
                                            const double upTo = analytics::bgNbdExpectedPurchases(bg, m * kMonthDays, x, tx, T);
                                            value += (upTo - previous) / std::pow(1 + options.monthlyDiscount, m);
                                            previous = upTo;
                                        }
                                        c.clv = c.expectedAov * value;
                                    }
                                }
                            });
    ctx.throwIfStopped();

    // Summaries, histogram and the top customers.
    std::vector<double> clvs;
    clvs.reserve(n);
    double aovSum = 0;
    for (const auto& c : customers) {
        p.pAliveMean += c.pAlive;
        p.expected30Total += c.expected30;
        p.expected90Total += c.expected90;
        p.expected365Total += c.expected365;
        if (std::isfinite(c.clv)) {
            clvs.push_back(c.clv);
            aovSum += c.expectedAov;
        }
    }
    p.pAliveMean /= static_cast<double>(std::max<std::size_t>(1, n));
    if (!clvs.empty()) {
        p.clvTotal = std::accumulate(clvs.begin(), clvs.end(), 0.0);
        p.clvMean = p.clvTotal / static_cast<double>(clvs.size());
        p.aovMean = aovSum / static_cast<double>(clvs.size());
        p.clvEdges = niceEdges(clvs, 12);
        p.clvCounts.assign(p.clvEdges.size(), 0);
        for (const double v : clvs) {
            const auto it = std::upper_bound(p.clvEdges.begin(), p.clvEdges.end(), v);
            ++p.clvCounts[static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, it - p.clvEdges.begin() - 1))];
        }
        auto mid = clvs.begin() + static_cast<std::ptrdiff_t>(clvs.size() / 2);
        std::nth_element(clvs.begin(), mid, clvs.end());
        p.clvMedian = *mid;
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        const std::size_t topN = std::min(kTopCustomers, n);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(topN), order.end(),
                          [&](std::size_t a, std::size_t b) {
                              const double va = std::isfinite(customers[a].clv) ? customers[a].clv : -1;
                              const double vb = std::isfinite(customers[b].clv) ? customers[b].clv : -1;
                              return va > vb || (va == vb && customers[a].userId < customers[b].userId);
                          });
        for (std::size_t t = 0; t < topN; ++t)
            p.top.push_back(customers[order[t]]);
    }
    p.predictSeconds = seconds(predictStarted);
    return p;
}

/// LTV:CAC, payback, concentration and valuable customers that are probably gone, as structured
/// items (the text is made when shown, in the reader's language).
QJsonArray insightsOf(const LtvHistory& history, const std::vector<LtvPredictedCustomer>& customers,
                      const CustomerHistories& h)
{
    QJsonArray out;
    std::vector<const ChannelLtv*> withCac;
    for (const auto& c : history.channels)
        if (std::isfinite(c.cac) && c.cac > 0)
            withCac.push_back(&c);
    std::sort(withCac.begin(), withCac.end(), [](const ChannelLtv* a, const ChannelLtv* b) {
        const double ra = std::isfinite(a->ltv12) ? a->ltv12 / a->cac : -1;
        const double rb = std::isfinite(b->ltv12) ? b->ltv12 / b->cac : -1;
        return ra > rb;
    });
    for (const ChannelLtv* c : withCac) {
        // The longest horizon the channel's customers have completed.
        const int months = std::isfinite(c->ltv12) ? 12 : std::isfinite(c->ltv6) ? 6 : std::isfinite(c->ltv3) ? 3 : 0;
        if (months == 0)
            continue;
        const double ltv = months == 12 ? c->ltv12 : months == 6 ? c->ltv6 : c->ltv3;
        QJsonObject o;
        o[QStringLiteral("kind")] = QStringLiteral("ltv_cac");
        o[QStringLiteral("channel")] = QString::fromStdString(c->channel);
        o[QStringLiteral("months")] = months;
        o[QStringLiteral("ltv")] = ltv;
        o[QStringLiteral("cac")] = c->cac;
        o[QStringLiteral("ratio")] = ltv / c->cac;
        o[QStringLiteral("payback_month")] = c->paybackMonth;
        out.append(o);
    }
    const auto& h12 = history.horizons[2];
    if (h12.customers > 0 && std::isfinite(h12.top10Share)) {
        QJsonObject o;
        o[QStringLiteral("kind")] = QStringLiteral("concentration");
        o[QStringLiteral("months")] = 12;
        o[QStringLiteral("share")] = h12.top10Share;
        out.append(o);
    }
    // Customers who spent a lot (repeat buyers above the 90th percentile of total spend) but whom
    // BG/NBD now thinks probably gone (P(alive) < 0.3).
    if (!customers.empty()) {
        std::vector<double> spend(customers.size());
        for (std::size_t i = 0; i < customers.size(); ++i)
            spend[i] = h.full.frequency[i] > 0 ? h.full.monetary[i] * h.full.frequency[i] : 0;
        std::vector<double> sorted(spend);
        std::sort(sorted.begin(), sorted.end());
        const double p90 = sorted[static_cast<std::size_t>(0.9 * static_cast<double>(sorted.size() - 1))];
        std::int64_t gone = 0;
        double goneSpend = 0;
        for (std::size_t i = 0; i < customers.size(); ++i)
            if (spend[i] > p90 && spend[i] > 0 && customers[i].pAlive < 0.3) {
                ++gone;
                goneSpend += spend[i];
            }
        if (gone > 0) {
            QJsonObject o;
            o[QStringLiteral("kind")] = QStringLiteral("valuable_gone");
            o[QStringLiteral("customers")] = static_cast<double>(gone);
            o[QStringLiteral("repeat_spend")] = goneSpend;
            out.append(o);
        }
    }
    return out;
}

QJsonObject calibrationJson(const LtvCalibration& c)
{
    QJsonObject o;
    o[QStringLiteral("calibration_end")] = QString::fromStdString(c.calibrationEnd);
    o[QStringLiteral("holdout_days")] = c.holdoutDays;
    o[QStringLiteral("customers")] = static_cast<double>(c.customers);
    o[QStringLiteral("bg_nbd")] = bgNbdFitJson(c.fit);
    QJsonArray buckets;
    for (const auto& b : c.buckets) {
        QJsonObject bo;
        bo[QStringLiteral("frequency_min")] = b.frequencyMin;
        bo[QStringLiteral("frequency_max")] = b.frequencyMax < 0 ? QJsonValue() : QJsonValue(b.frequencyMax);
        bo[QStringLiteral("customers")] = static_cast<double>(b.customers);
        bo[QStringLiteral("predicted")] = b.predicted;
        bo[QStringLiteral("actual")] = b.actual;
        buckets.append(bo);
    }
    o[QStringLiteral("buckets")] = buckets;
    o[QStringLiteral("predicted_total")] = c.predictedTotal;
    o[QStringLiteral("actual_total")] = c.actualTotal;
    return o;
}

QJsonObject customerJson(const LtvPredictedCustomer& c)
{
    QJsonObject o;
    o[QStringLiteral("user_id")] = static_cast<double>(c.userId);
    o[QStringLiteral("frequency")] = c.frequency;
    o[QStringLiteral("p_alive")] = c.pAlive;
    o[QStringLiteral("expected_purchases_30d")] = c.expected30;
    o[QStringLiteral("expected_purchases_90d")] = c.expected90;
    o[QStringLiteral("expected_purchases_365d")] = c.expected365;
    o[QStringLiteral("expected_aov")] = finiteOrNull(c.expectedAov);
    o[QStringLiteral("clv")] = finiteOrNull(c.clv);
    return o;
}

/// COPY text for a value that may be missing: \N for NULL, never NaN.
void appendValue(std::string& row, double v, const char* format)
{
    if (std::isfinite(v))
        row += number(v, format);
    else
        row += "\\N";
}

} // namespace

std::string ltvInsightText(const QJsonObject& o)
{
    const std::string kind = o.value(QStringLiteral("kind")).toString().toStdString();
    const std::string channel = o.value(QStringLiteral("channel")).toString().toStdString();
    const int months = o.value(QStringLiteral("months")).toInt();
    if (kind == "ltv_cac") {
        const double ratio = o.value(QStringLiteral("ratio")).toDouble();
        const int payback = o.value(QStringLiteral("payback_month")).toInt(-1);
        const std::string r = number(ratio, "%.1f");
        if (ratio < 1)
            return trArgs(QCoreApplication::translate(
                              "LtvInsights", "%1-month LTV of channel %2 is only %3× its CAC: it does not pay back yet"),
                          months, channel, r);
        if (payback >= 0)
            return trArgs(QCoreApplication::translate(
                              "LtvInsights", "%1-month LTV of channel %2 is %3× its CAC; it pays back in month %4"),
                          months, channel, r, payback + 1);
        return trArgs(QCoreApplication::translate("LtvInsights", "%1-month LTV of channel %2 is %3× its CAC"), months,
                      channel, r);
    }
    if (kind == "concentration")
        return trArgs(QCoreApplication::translate(
                          "LtvInsights", "the top 10% of customers bring %1% of the %2-month revenue"),
                      number(100 * o.value(QStringLiteral("share")).toDouble(), "%.0f"), months);
    if (kind == "valuable_gone")
        return trArgs(QCoreApplication::translate(
                          "LtvInsights",
                          "%1 of the most valuable repeat buyers are probably gone (P(alive) below 0.3); they spent "
                          "%2 on repeat purchases"),
                      static_cast<std::int64_t>(o.value(QStringLiteral("customers")).toDouble()),
                      number(o.value(QStringLiteral("repeat_spend")).toDouble(), "%.0f"));
    return kind;
}

std::int64_t LtvService::newestRun(Database& db)
{
    std::int64_t id = 0;
    db.read([&](pqxx::work& tx) {
        const auto r = tx.exec1("SELECT coalesce(max(run_id), 0) FROM ml.model_runs "
                                "WHERE model = 'ltv' AND status = 'succeeded'");
        id = r[0].as<std::int64_t>();
    });
    return id;
}

QJsonObject LtvService::metricsJson(const LtvReport& report)
{
    QJsonObject m;
    m[QStringLiteral("as_of")] = QString::fromStdString(report.asOf);
    m[QStringLiteral("history")] = ltvHistoryJson(report.history);
    const LtvPrediction& p = report.prediction;
    QJsonObject pj;
    pj[QStringLiteral("time_unit")] = QStringLiteral("days");
    pj[QStringLiteral("customers")] = static_cast<double>(p.customers);
    pj[QStringLiteral("repeat_buyers")] = static_cast<double>(p.repeatBuyers);
    pj[QStringLiteral("clv_months")] = report.clvMonths;
    pj[QStringLiteral("monthly_discount")] = report.monthlyDiscount;
    pj[QStringLiteral("bg_nbd")] = p.bgNbd ? QJsonValue(bgNbdFitJson(*p.bgNbd)) : QJsonValue();
    pj[QStringLiteral("gamma_gamma")] = p.gammaGamma ? QJsonValue(gammaGammaFitJson(*p.gammaGamma)) : QJsonValue();
    pj[QStringLiteral("calibration")] = p.calibration ? QJsonValue(calibrationJson(*p.calibration)) : QJsonValue();
    QJsonObject totals;
    totals[QStringLiteral("expected_purchases_30d")] = p.expected30Total;
    totals[QStringLiteral("expected_purchases_90d")] = p.expected90Total;
    totals[QStringLiteral("expected_purchases_365d")] = p.expected365Total;
    totals[QStringLiteral("p_alive_mean")] = p.pAliveMean;
    const bool values = p.gammaGamma.has_value();
    totals[QStringLiteral("clv_total")] = values ? QJsonValue(p.clvTotal) : QJsonValue();
    totals[QStringLiteral("clv_mean")] = values ? QJsonValue(p.clvMean) : QJsonValue();
    totals[QStringLiteral("clv_median")] = values ? QJsonValue(p.clvMedian) : QJsonValue();
    totals[QStringLiteral("aov_mean")] = values ? QJsonValue(p.aovMean) : QJsonValue();
    pj[QStringLiteral("totals")] = totals;
    QJsonArray edges, counts;
    for (const double e : p.clvEdges)
        edges.append(e);
    for (const auto c : p.clvCounts)
        counts.append(static_cast<double>(c));
    QJsonObject hist;
    hist[QStringLiteral("edges")] = edges;
    hist[QStringLiteral("counts")] = counts;
    pj[QStringLiteral("clv_histogram")] = hist;
    QJsonArray top;
    for (const auto& c : p.top)
        top.append(customerJson(c));
    pj[QStringLiteral("top")] = top;
    m[QStringLiteral("prediction")] = pj;
    m[QStringLiteral("insights")] = report.insights;
    QJsonArray warnings;
    for (const auto& w : report.warnings)
        warnings.append(QString::fromStdString(w));
    m[QStringLiteral("warnings")] = warnings;
    QJsonObject timings;
    timings[QStringLiteral("history_seconds")] = report.historySeconds;
    timings[QStringLiteral("summary_seconds")] = p.summarySeconds;
    timings[QStringLiteral("fit_seconds")] = p.fitSeconds;
    timings[QStringLiteral("predict_seconds")] = p.predictSeconds;
    timings[QStringLiteral("write_seconds")] = report.writeSeconds;
    m[QStringLiteral("timings")] = timings;
    return m;
}

LtvReport LtvService::run(JobContext& ctx, const LtvOptions& options)
{
    const auto started = Clock::now();
    if (options.clvMonths < 1 || options.clvMonths > 120)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Ltv", "the CLV horizon must be 1 to 120 months, not %1"),
                           options.clvMonths));
    if (!(options.monthlyDiscount >= 0 && options.monthlyDiscount <= 0.5))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Ltv", "the monthly discount rate must be 0 to 0.5, not %1"),
                           number(options.monthlyDiscount)));
    if (options.holdoutDays != 0 && (options.holdoutDays < 7 || options.holdoutDays > 730))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Ltv", "the holdout must be 7 to 730 days, not %1"),
                           options.holdoutDays));

    LtvReport report;
    report.clvMonths = options.clvMonths;
    report.monthlyDiscount = options.monthlyDiscount;

    // The cut: given, or the day after the last order (00:00 UTC).
    std::string asOfText = options.asOf;
    if (asOfText.size() == 10 && asOfText[4] == '-' && asOfText[7] == '-')
        asOfText += " 00:00:00+00";
    try {
        ctx.db().read([&](pqxx::work& tx) {
            const auto r = tx.exec_params1(
                "SELECT coalesce(NULLIF($1, '')::timestamptz, "
                "((SELECT max((created_at AT TIME ZONE 'UTC')::date) FROM crm.orders) + 1)::timestamp "
                "AT TIME ZONE 'UTC')::text",
                asOfText);
            if (r[0].is_null())
                throw Error(Error::Code::InvalidArgument,
                            QCoreApplication::translate("Ltv", "there are no orders: LTV needs purchase history "
                                                               "(nothing was written)")
                                .toStdString());
            report.asOf = r[0].c_str();
        });
    } catch (const Error& e) {
        if (e.sqlstate().rfind("22", 0) == 0)
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("Ltv", "the as-of date '%1' is not a valid date or time"),
                               options.asOf));
        throw;
    }
    ctx.throwIfStopped();

    // The models first (read-only), then everything is written in one transaction.
    ctx.progress(0.3, QCoreApplication::translate("Ltv", "Reading purchase histories").toStdString());
    const auto summaryStarted = Clock::now();
    const CustomerHistories histories = readHistories(ctx, report.asOf, options.holdoutDays);
    if (histories.userIds.empty())
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Ltv", "no customer has a paid order before %1: LTV needs purchase history (nothing was "
                                      "written)"),
                           report.asOf));
    const double summarySeconds = seconds(summaryStarted);
    std::vector<LtvPredictedCustomer> customers;
    report.prediction = predict(ctx, histories, options, customers, report.warnings);
    report.prediction.summarySeconds = summarySeconds;

    QJsonObject params;
    params[QStringLiteral("as_of")] = QString::fromStdString(report.asOf);
    params[QStringLiteral("clv_months")] = options.clvMonths;
    params[QStringLiteral("monthly_discount")] = options.monthlyDiscount;
    params[QStringLiteral("holdout_days")] = histories.holdoutDays;
    params[QStringLiteral("time_unit")] = QStringLiteral("days");
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "ltv", params, report.asOf);
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        ctx.db().transact([&](pqxx::work& tx) {
            const auto historyStarted = Clock::now();
            ctx.progress(0.7, QCoreApplication::translate("Ltv", "Historical LTV and cohorts").toStdString());
            report.history = LtvHistoryBuilder::build(ctx, tx, report.asOf);
            report.historySeconds = seconds(historyStarted);
            report.insights = insightsOf(report.history, customers, histories);
            ctx.throwIfStopped();

            ctx.progress(0.85, QCoreApplication::translate("Ltv", "Writing predicted values").toStdString());
            const auto writeStarted = Clock::now();
            tx.exec0("CREATE TEMP TABLE ltv_stage (user_id bigint PRIMARY KEY, p_alive float8, e30 float8, "
                     "e90 float8, e365 float8, aov numeric(14, 2), clv numeric(14, 2)) ON COMMIT DROP");
            if (report.prediction.bgNbd) {
                CopyStream copy(tx, "ltv_stage", {"user_id", "p_alive", "e30", "e90", "e365", "aov", "clv"});
                for (std::size_t i = 0; i < customers.size(); ++i) {
                    const auto& c = customers[i];
                    std::string& row = copy.row();
                    row += std::to_string(c.userId);
                    for (const double v : {c.pAlive, c.expected30, c.expected90, c.expected365}) {
                        row += '\t';
                        appendValue(row, v, "%.9g");
                    }
                    row += '\t';
                    appendValue(row, c.expectedAov, "%.2f");
                    row += '\t';
                    appendValue(row, c.clv, "%.2f");
                    copy.endRow();
                    if (i % 65536 == 0)
                        ctx.throwIfStopped();
                }
                copy.complete();
            }
            tx.exec_params0(
                "INSERT INTO ml.user_metrics AS m (user_id, computed_at, ltv_run_id, p_alive, expected_purchases_30d, "
                "expected_purchases_90d, expected_purchases_365d, expected_aov, ltv_predicted) "
                "SELECT user_id, now(), $1, least(greatest(p_alive, 0), 1), e30, e90, e365, aov, clv FROM ltv_stage "
                "ON CONFLICT (user_id) DO UPDATE SET computed_at = now(), ltv_run_id = EXCLUDED.ltv_run_id, "
                "p_alive = EXCLUDED.p_alive, expected_purchases_30d = EXCLUDED.expected_purchases_30d, "
                "expected_purchases_90d = EXCLUDED.expected_purchases_90d, "
                "expected_purchases_365d = EXCLUDED.expected_purchases_365d, expected_aov = EXCLUDED.expected_aov, "
                "ltv_predicted = EXCLUDED.ltv_predicted",
                runId);
            // Users this run did not predict lose the old predictions, so the columns describe one run.
            tx.exec_params0("UPDATE ml.user_metrics SET ltv_run_id = $1, p_alive = NULL, expected_purchases_30d = NULL, "
                            "expected_purchases_90d = NULL, expected_purchases_365d = NULL, expected_aov = NULL, "
                            "ltv_predicted = NULL "
                            "WHERE ltv_run_id IS DISTINCT FROM $1 AND (p_alive IS NOT NULL OR "
                            "expected_purchases_30d IS NOT NULL OR expected_aov IS NOT NULL OR ltv_predicted IS NOT NULL)",
                            runId);
            report.writeSeconds = seconds(writeStarted);
            ctx.throwIfStopped();
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metricsJson(report), report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Ltv", "LTV written").toStdString());
    return report;
}

} // namespace kestrel::core
