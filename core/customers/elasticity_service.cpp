#include "customers/elasticity_service.h"

#include "common/civil_date.h"
#include "common/error.h"
#include "common/translate.h"
#include "customers/model_run_log.h"
#include "db/copy_reader.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kMinWeeksLow = 2, kMinWeeksHigh = 520;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string number(double v, const char* format = "%.10g")
{
    char text[48];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

std::string dateText(std::int64_t day)
{
    const civil::Date d = civil::civilFromDays(day);
    char text[48];
    std::snprintf(text, sizeof text, "%04lld-%02d-%02d", static_cast<long long>(d.year), d.month, d.day);
    return text;
}

/// A strict YYYY-MM-DD as a day number; false when it is not a calendar date.
bool parseDate(const std::string& text, std::int64_t& day)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (text[i] < '0' || text[i] > '9')
            return false;
    const int year = std::atoi(text.substr(0, 4).c_str());
    const int month = std::atoi(text.substr(5, 2).c_str());
    const int dayOfMonth = std::atoi(text.substr(8, 2).c_str());
    if (year < 1900 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > civil::daysInMonth(year, month))
        return false;
    day = civil::daysFromCivil(year, month, dayOfMonth);
    return true;
}

/// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
int weekday(std::int64_t day)
{
    return static_cast<int>(((day + 3) % 7 + 7) % 7);
}

std::int64_t mondayOnOrAfter(std::int64_t day)
{
    return day + (7 - weekday(day)) % 7;
}

std::int64_t mondayOnOrBefore(std::int64_t day)
{
    return day - weekday(day);
}

/// Units of paid, shipped and delivered orders per product and ISO week inside the period, with the
/// average price paid and the time-weighted price in effect (NULL where no price period overlaps the
/// week). COPY takes no parameters: the period comes through set_config.
constexpr const char* kSalesQuery = R"SQL(
WITH sales AS (
  SELECT i.product_id, date_trunc('week', o.created_at AT TIME ZONE 'UTC') AS week,
         sum(i.quantity)::bigint AS units, sum(i.quantity * i.unit_price) AS revenue
    FROM crm.orders o
    JOIN crm.order_items i ON i.order_id = o.order_id
   WHERE o.status IN ('paid', 'shipped', 'delivered')
     AND o.created_at >= (SELECT current_setting('kestrel.elasticity_from')::timestamptz)
     AND o.created_at < (SELECT current_setting('kestrel.elasticity_to')::timestamptz)
   GROUP BY 1, 2)
SELECT s.product_id, (s.week::date - DATE '1970-01-01'), s.units, (s.revenue / s.units)::float8, pr.price
  FROM sales s
  LEFT JOIN LATERAL (
    SELECT (sum(pp.price * extract(epoch FROM least(coalesce(pp.valid_to, 'infinity'), w.hi) - greatest(pp.valid_from, w.lo)))
            / nullif(sum(extract(epoch FROM least(coalesce(pp.valid_to, 'infinity'), w.hi)
                                           - greatest(pp.valid_from, w.lo))), 0))::float8 AS price
      FROM (SELECT s.week AT TIME ZONE 'UTC' AS lo, (s.week + interval '7 days') AT TIME ZONE 'UTC' AS hi) w
      JOIN crm.product_prices pp
        ON pp.product_id = s.product_id AND pp.valid_from < w.hi AND (pp.valid_to IS NULL OR pp.valid_to > w.lo)) pr
    ON true
 ORDER BY s.product_id, s.week
)SQL";

/// Each product with sales: its category, name, and the days its price history covers in full
/// (from the first period's start, rounded up to a day, to the last one's end, rounded down; NULL =
/// open-ended or no price history).
constexpr const char* kProductsQuery = R"SQL(
SELECT p.product_id, p.category, p.name,
       ceil(extract(epoch FROM c.first_from) / 86400)::bigint,
       CASE WHEN c.open THEN NULL ELSE floor(extract(epoch FROM c.last_to) / 86400)::bigint END,
       c.first_from IS NOT NULL
  FROM crm.products p
  LEFT JOIN (SELECT product_id, min(valid_from) AS first_from, max(valid_to) AS last_to,
                    bool_or(valid_to IS NULL) AS open
               FROM crm.product_prices WHERE product_id = ANY($1::bigint[]) GROUP BY product_id) c
    ON c.product_id = p.product_id
 WHERE p.product_id = ANY($1::bigint[])
)SQL";

struct ProductWeek {
    std::int64_t week = 0;
    double units = 0;
    double price = 0;
};

struct ProductSales {
    std::int64_t id = 0;
    std::string category, name;
    std::vector<ProductWeek> weeks;
    std::int64_t zeroSaleWeeks = 0;
};

/// The sales of the period, per product (by id).
struct Sales {
    std::vector<ProductSales> products;
    std::int64_t productWeeks = 0, fallbackPriceWeeks = 0, freeWeeks = 0, zeroSaleWeeks = 0;
};

Sales readSales(JobContext& ctx, std::int64_t start, std::int64_t end)
{
    Sales s;
    ctx.db().read([&](pqxx::work& tx) {
        tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        tx.exec_params(
            "SELECT set_config('kestrel.elasticity_from', $1, true), set_config('kestrel.elasticity_to', $2, "
            "true)",
            dateText(start) + " 00:00:00+00", dateText(end) + " 00:00:00+00");
        CopyReader copy(tx, kSalesQuery);
        std::string line;
        std::int64_t rows = 0;
        while (copy.next(line)) {
            // product_id, week (day number), units, average paid price, price in effect (or \N)
            char* at = nullptr;
            const std::int64_t product = std::strtoll(line.c_str(), &at, 10);
            const std::int64_t week = std::strtoll(at + 1, &at, 10);
            const double units = std::strtod(at + 1, &at);
            const double paid = std::strtod(at + 1, &at);
            const bool inEffect = at[1] != '\\';
            const double listed = inEffect ? std::strtod(at + 1, nullptr) : 0.0;
            if (s.products.empty() || s.products.back().id != product)
                s.products.push_back({product, {}, {}, {}, 0});
            ++s.productWeeks;
            double price = listed;
            if (!inEffect || !(listed > 0)) {
                price = paid;
                ++s.fallbackPriceWeeks;
            }
            if (!(price > 0)) { // given away: no price to relate the units to
                ++s.freeWeeks;
                continue;
            }
            s.products.back().weeks.push_back({week, units, price});
            if (++rows % 65536 == 0)
                ctx.throwIfStopped();
        }
        if (s.products.empty())
            return;

        std::string ids = "{";
        for (const auto& p : s.products) {
            if (ids.size() > 1)
                ids += ',';
            ids += std::to_string(p.id);
        }
        ids += '}';
        std::unordered_map<std::int64_t, std::size_t> index;
        for (std::size_t i = 0; i < s.products.size(); ++i)
            index[s.products[i].id] = i;
        for (const auto& row : tx.exec_params(kProductsQuery, ids)) {
            ProductSales& p = s.products[index.at(row[0].as<std::int64_t>())];
            p.category = row[1].c_str();
            p.name = row[2].c_str();
            if (!row[5].as<bool>())
                continue; // no price history: the weeks on sale are unknown
            // Whole weeks inside the period and inside the price history, without sales.
            const std::int64_t from = std::max(start, mondayOnOrAfter(row[3].as<std::int64_t>()));
            const std::int64_t to = row[4].is_null() ? end : std::min(end, mondayOnOrBefore(row[4].as<std::int64_t>()));
            if (to <= from)
                continue;
            const std::int64_t covered = (to - from) / 7;
            const auto sold = std::count_if(p.weeks.begin(), p.weeks.end(),
                                            [&](const ProductWeek& w) { return w.week >= from && w.week < to; });
            p.zeroSaleWeeks = std::max<std::int64_t>(0, covered - sold);
            s.zeroSaleWeeks += p.zeroSaleWeeks;
        }
    });
    return s;
}

/// The category's chart: per week a price index — the units-weighted geometric mean over the
/// products sold that week of price ÷ the product's usual (geometric mean) price, so 1 is the
/// usual price level and 0.8 a week 20 % cheaper — and the category's units. Only the product-weeks
/// the regression used (products with at least two weeks of sales).
std::vector<PricePoint> categoryPoints(const std::vector<const ProductSales*>& products)
{
    double total = 0;
    for (const ProductSales* p : products)
        if (p->weeks.size() >= 2)
            for (const auto& w : p->weeks)
                total += w.units;
    std::map<std::int64_t, std::array<double, 3>> weeks; // week → Σ w·log relative price, Σ w, units
    for (const ProductSales* p : products) {
        if (p->weeks.size() < 2)
            continue;
        double meanLog = 0, units = 0;
        for (const auto& w : p->weeks) {
            meanLog += std::log(w.price);
            units += w.units;
        }
        meanLog /= static_cast<double>(p->weeks.size());
        const double weight = total > 0 ? units / total : 0.0;
        for (const auto& w : p->weeks) {
            auto& acc = weeks[w.week];
            acc[0] += weight * (std::log(w.price) - meanLog);
            acc[1] += weight;
            acc[2] += w.units;
        }
    }
    std::vector<PricePoint> points;
    points.reserve(weeks.size());
    for (const auto& [week, acc] : weeks)
        points.push_back({week, acc[1] > 0 ? std::exp(acc[0] / acc[1]) : 1.0, acc[2]});
    return points;
}

int distinctCents(const ProductSales& p)
{
    std::set<long long> cents;
    for (const auto& w : p.weeks)
        cents.insert(std::llround(w.price * 100.0));
    return static_cast<int>(cents.size());
}

double median(std::vector<double> v)
{
    if (v.empty())
        return analytics::kNoEstimate;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// A COPY text field for a number that may be missing.
void appendNumber(std::string& row, double v)
{
    if (std::isfinite(v))
        row += number(v, "%.17g");
    else
        row += "\\N";
}

} // namespace

std::int64_t ElasticityService::newestRun(Database& db)
{
    std::int64_t id = 0;
    db.read([&](pqxx::work& tx) {
        id = tx.exec1("SELECT coalesce(max(run_id), 0) FROM ml.model_runs WHERE model = 'elasticity' AND status = "
                      "'succeeded'")[0]
                 .as<std::int64_t>();
    });
    return id;
}

PriceElasticityReport ElasticityService::run(JobContext& ctx, const PriceElasticityOptions& options)
{
    const auto started = Clock::now();
    if (options.minWeeks < kMinWeeksLow || options.minWeeks > kMinWeeksHigh)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Elasticity",
                                                       "the minimum number of weeks per product must be 2 to 520, "
                                                       "not %1"),
                           options.minWeeks));
    std::int64_t fromDay = 0, toDay = 0;
    if (!options.from.empty() && !parseDate(options.from, fromDay))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Elasticity", "the start date '%1' is not a date (YYYY-MM-DD)"),
                           options.from));
    if (!options.to.empty() && !parseDate(options.to, toDay))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Elasticity", "the end date '%1' is not a date (YYYY-MM-DD)"),
                           options.to));
    if (!options.from.empty() && !options.to.empty() && fromDay > toDay)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Elasticity", "the start date %1 is after the end date %2"),
                           options.from, options.to));

    PriceElasticityReport report;
    report.minWeeks = options.minWeeks;
    ctx.progress(0.02, QCoreApplication::translate("Elasticity", "Reading sales by product and week").toStdString());
    // The period: the given days, else the first and last day with a sale.
    bool anySale = false;
    ctx.db().read([&](pqxx::work& tx) {
        const auto r = tx.exec1("SELECT (min(created_at AT TIME ZONE 'UTC'))::date - DATE '1970-01-01', "
                                "(max(created_at AT TIME ZONE 'UTC'))::date - DATE '1970-01-01' FROM crm.orders "
                                "WHERE status IN ('paid', 'shipped', 'delivered')");
        if (r[0].is_null())
            return;
        anySale = true;
        if (options.from.empty())
            fromDay = r[0].as<std::int64_t>();
        if (options.to.empty())
            toDay = r[1].as<std::int64_t>();
    });
    if (!anySale)
        throw Error(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Elasticity", "there are no paid, shipped or delivered orders: price "
                                                              "elasticity needs sales (nothing was written)")
                        .toStdString());
    const std::int64_t start = mondayOnOrAfter(fromDay);
    const std::int64_t end = mondayOnOrBefore(toDay + 1); // exclusive: the Monday after the last whole week
    if (end - start < 7)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Elasticity", "the period %1 to %2 holds no whole week (Monday to Sunday): price "
                                             "elasticity compares weeks (nothing was written)"),
                           dateText(fromDay), dateText(toDay)));
    report.from = dateText(start);
    report.to = dateText(end - 1);
    report.weeks = static_cast<int>((end - start) / 7);
    ctx.throwIfStopped();

    const auto readStarted = Clock::now();
    Sales sales = readSales(ctx, start, end);
    report.readSeconds = seconds(readStarted);
    report.productWeeks = sales.productWeeks;
    report.fallbackPriceWeeks = sales.fallbackPriceWeeks;
    report.freeWeeks = sales.freeWeeks;
    report.zeroSaleWeeks = sales.zeroSaleWeeks;
    if (sales.productWeeks == 0)
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate("Elasticity", "no paid, shipped or delivered order between %1 and %2: "
                                                             "price elasticity needs sales (nothing was written)"),
                   report.from, report.to));
    ctx.throwIfStopped();

    // Categories by name, their products by id.
    std::map<std::string, std::vector<const ProductSales*>> byCategory;
    for (const auto& p : sales.products)
        byCategory[p.category].push_back(&p);
    std::size_t productFits = 0;
    for (const auto& p : sales.products)
        if (static_cast<int>(p.weeks.size()) >= options.minWeeks && distinctCents(p) >= 2)
            ++productFits;
    const double totalFits = static_cast<double>(byCategory.size() + productFits);

    const auto fitStarted = Clock::now();
    const QString fitting = QCoreApplication::translate("Elasticity", "Estimating price elasticities");
    ctx.progress(0.3, fitting.toStdString());
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    std::vector<analytics::ElasticityObservation> observations;
    std::size_t done = 0;
    const auto step = [&] {
        if (++done % 16 == 0) {
            ctx.throwIfStopped();
            ctx.progress(0.3 + 0.5 * static_cast<double>(done) / std::max(1.0, totalFits), fitting.toStdString());
        }
    };
    for (const auto& [category, products] : byCategory) {
        observations.clear();
        PriceElasticityRow row;
        row.category = category;
        for (const ProductSales* p : products) {
            row.zeroSaleWeeks += p->zeroSaleWeeks;
            for (const auto& w : p->weeks)
                observations.push_back({p->id, w.week, w.price, w.units});
        }
        row.estimate = analytics::estimateElasticity(observations, {}, control);
        row.points = categoryPoints(products);
        report.rows.push_back(std::move(row));
        step();
    }
    observations.clear();
    for (const auto& p : sales.products)
        for (const auto& w : p.weeks)
            observations.push_back({p.id, w.week, w.price, w.units});
    report.pooled = analytics::estimateElasticity(observations, {}, control);
    for (const auto& [category, products] : byCategory)
        for (const ProductSales* p : products) {
            if (static_cast<int>(p->weeks.size()) < options.minWeeks || distinctCents(*p) < 2)
                continue;
            observations.clear();
            PriceElasticityRow row;
            row.product = true;
            row.category = category;
            row.productId = p->id;
            row.productName = p->name;
            row.zeroSaleWeeks = p->zeroSaleWeeks;
            for (const auto& w : p->weeks) {
                observations.push_back({p->id, w.week, w.price, w.units});
                row.points.push_back({w.week, w.price, w.units});
            }
            row.estimate = analytics::estimateElasticity(observations, {}, control);
            report.rows.push_back(std::move(row));
            step();
        }
    report.fitSeconds = seconds(fitStarted);

    std::vector<double> reliableCategories;
    for (const auto& row : report.rows) {
        const auto& e = row.estimate;
        (row.product ? report.products : report.categories) += 1;
        if (e.reliable()) {
            (row.product ? report.reliableProducts : report.reliableCategories) += 1;
            if (!row.product)
                reliableCategories.push_back(e.elasticity);
        } else {
            ++report.flags[std::string(analytics::elasticityFlagName(*e.flag))];
        }
    }
    report.medianReliableCategory = median(reliableCategories);
    ctx.throwIfStopped();

    QJsonObject params;
    params[QStringLiteral("from")] = QString::fromStdString(report.from);
    params[QStringLiteral("to")] = QString::fromStdString(report.to);
    params[QStringLiteral("min_weeks")] = options.minWeeks;
    params[QStringLiteral("unit")] = QStringLiteral("product_week");
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "elasticity", params, dateText(end) + " 00:00:00+00");
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        ctx.progress(0.85, QCoreApplication::translate("Elasticity", "Writing price elasticities").toStdString());
        const auto writeStarted = Clock::now();
        ctx.db().transact([&](pqxx::work& tx) {
            {
                CopyStream copy(tx, "ml.price_elasticity",
                                {"run_id", "level", "category", "product_id", "elasticity", "std_error", "ci_low",
                                 "ci_high", "r_squared", "observations", "price_points", "reliable", "flag", "points"});
                std::size_t written = 0;
                for (const auto& row : report.rows) {
                    const auto& e = row.estimate;
                    std::string& line = copy.row();
                    line += std::to_string(runId);
                    line += row.product ? "\tproduct\t" : "\tcategory\t";
                    CopyStream::escape(line, row.category);
                    line += '\t';
                    line += row.product ? std::to_string(row.productId) : std::string("\\N");
                    for (const double v : {e.elasticity, e.stdError, e.ciLow, e.ciHigh, e.rSquared}) {
                        line += '\t';
                        appendNumber(line, v);
                    }
                    line += '\t' + std::to_string(e.observations) + '\t' + std::to_string(e.priceLevels);
                    line += e.reliable() ? "\tt\t\\N\t" : "\tf\t";
                    if (e.flag)
                        line += std::string(analytics::elasticityFlagName(*e.flag)) + '\t';
                    CopyStream::escape(line, pointsJson(row.points));
                    copy.endRow();
                    if (++written % 1024 == 0)
                        ctx.throwIfStopped();
                }
                copy.complete();
            }
            ctx.throwIfStopped();
            report.writeSeconds = seconds(writeStarted);
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metricsJson(report), report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Elasticity", "Price elasticities written").toStdString());
    return report;
}

} // namespace kestrel::core
