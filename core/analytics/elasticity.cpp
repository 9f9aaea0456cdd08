#include "analytics/elasticity.h"

#include "analytics/student_t.h"
#include "common/civil_date.h"
#include "common/error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <set>
#include <string>
#include <unordered_map>

namespace kestrel::core::analytics {
namespace {

constexpr int kTrendMinWeeks = 4;   ///< distinct weeks before a trend is fitted
constexpr int kFourierMinSpan = 26; ///< weeks spanned before the annual sine/cosine pair
constexpr int kMonthlyMinSpan = 52; ///< weeks spanned before month-of-year dummies
constexpr double kDaysPerYear = 365.25;

Error invalid(const std::string& what)
{
    return Error(Error::Code::InvalidArgument, "elasticity: " + what);
}

std::string numberText(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.6g", v);
    return text;
}

/// The Thursday of the week that starts on Monday `week`: it names the ISO week's month and year.
civil::Date thursdayOf(std::int64_t week)
{
    return civil::civilFromDays(week + 3);
}

/// A control column: the trend in years since the first week, a month-of-year dummy, or the annual
/// sine / cosine of the day of the year (of the week's Thursday).
struct Control {
    enum class Kind { Trend, Month, Sine, Cosine } kind;
    int month;

    double at(std::int64_t week, std::int64_t firstWeek) const
    {
        const civil::Date thursday = thursdayOf(week);
        switch (kind) {
        case Kind::Trend:
            return static_cast<double>(week - firstWeek) / kDaysPerYear;
        case Kind::Month:
            return thursday.month == month ? 1.0 : 0.0;
        case Kind::Sine:
        case Kind::Cosine: {
            const auto dayOfYear = static_cast<double>(week + 3 - civil::daysFromCivil(thursday.year, 1, 1));
            const double angle = 2.0 * std::numbers::pi * dayOfYear / kDaysPerYear;
            return kind == Kind::Sine ? std::sin(angle) : std::cos(angle);
        }
        }
        return 0.0;
    }
};

} // namespace

std::string_view elasticityFlagName(ElasticityFlag flag)
{
    switch (flag) {
    case ElasticityFlag::FewObservations:
        return "few_observations";
    case ElasticityFlag::LittlePriceVariation:
        return "little_price_variation";
    case ElasticityFlag::WideInterval:
        return "wide_interval";
    case ElasticityFlag::PositiveSlope:
        return "positive_slope";
    case ElasticityFlag::PoorFit:
        return "poor_fit";
    }
    return "";
}

std::string_view seasonalControlsName(SeasonalControls controls)
{
    switch (controls) {
    case SeasonalControls::None:
        return "none";
    case SeasonalControls::Fourier:
        return "fourier";
    case SeasonalControls::MonthDummies:
        return "month_dummies";
    }
    return "";
}

ElasticityEstimate estimateElasticity(std::span<const ElasticityObservation> rows, const ElasticityOptions& options,
                                      const KernelControl& control)
{
    if (!(options.confidence >= 0.5 && options.confidence <= 0.999))
        throw invalid("the confidence level must be 0.5 to 0.999, not " + numberText(options.confidence));
    if (options.minObservations < 0 || options.minWeeks < 0 || options.minPriceLevels < 0 ||
        !(options.minLogPriceSd >= 0) || !(options.maxIntervalWidth > 0) ||
        !(options.minRSquared >= 0 && options.minRSquared <= 1))
        throw invalid("a reliability threshold is out of range");
    control.throwIfStopped();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        if (!std::isfinite(r.price) || r.price <= 0)
            throw invalid("row " + std::to_string(i) + ": the price " + numberText(r.price) +
                          " is not a positive number");
        if (!std::isfinite(r.quantity) || r.quantity < 0)
            throw invalid("row " + std::to_string(i) + ": the quantity " + numberText(r.quantity) +
                          " is not a number of units (0 or more)");
    }

    ElasticityEstimate e;
    // Rows with sales; then products with at least two of them.
    std::unordered_map<std::int64_t, int> perGroup;
    for (const auto& r : rows) {
        if (r.quantity > 0)
            ++perGroup[r.group];
        else
            ++e.zeroWeeks;
    }
    std::vector<std::size_t> used;
    used.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].quantity <= 0)
            continue;
        if (perGroup[rows[i].group] < 2) {
            ++e.singletons;
            continue;
        }
        used.push_back(i);
    }
    const auto n = static_cast<Eigen::Index>(used.size());
    e.observations = n;

    // Products as dense indices, weeks, price levels.
    std::unordered_map<std::int64_t, int> groupIndex;
    std::vector<int> g(used.size());
    std::set<std::int64_t> weeks;
    std::vector<std::set<std::int64_t>> levels;
    for (std::size_t k = 0; k < used.size(); ++k) {
        const auto& r = rows[used[k]];
        const auto [it, inserted] = groupIndex.try_emplace(r.group, static_cast<int>(groupIndex.size()));
        if (inserted)
            levels.emplace_back();
        g[k] = it->second;
        weeks.insert(r.week);
        // Prices equal to the cent are one level (time-weighted prices differ in the last digits).
        levels[static_cast<std::size_t>(it->second)].insert(std::llround(r.price * 100.0));
    }
    const int groups = static_cast<int>(groupIndex.size());
    e.groups = groups;
    e.weeks = static_cast<int>(weeks.size());
    if (!weeks.empty())
        e.spanWeeks = static_cast<int>((*weeks.rbegin() - *weeks.begin()) / 7 + 1);
    if (groups > 0) {
        e.priceLevels = 1;
        for (const auto& l : levels)
            e.priceLevels += static_cast<int>(l.size()) - 1;
    }
    if (e.zeroWeeks > 0)
        e.warnings.push_back({"elasticity.zero_weeks",
                              std::to_string(e.zeroWeeks) + " product-weeks without sales were left out (log 0)"});

    auto finish = [&]() {
        const auto add = [&](ElasticityFlag f) { e.flags.push_back(f); };
        if (e.observations < options.minObservations || e.weeks < options.minWeeks)
            add(ElasticityFlag::FewObservations);
        if (e.priceLevels < options.minPriceLevels || !(e.logPriceSd >= options.minLogPriceSd) ||
            std::isnan(e.elasticity))
            add(ElasticityFlag::LittlePriceVariation);
        if (!(e.ciHigh - e.ciLow <= options.maxIntervalWidth))
            add(ElasticityFlag::WideInterval);
        if (e.elasticity > 0 && e.ciLow > 0)
            add(ElasticityFlag::PositiveSlope);
        if (!(e.rSquared >= options.minRSquared))
            add(ElasticityFlag::PoorFit);
        if (!e.flags.empty())
            e.flag = e.flags.front();
        control.report(1.0);
        return e;
    };
    if (n == 0)
        return finish();

    // Columns: the controls first, log price last (so a price that only moves with the calendar is
    // found unidentified rather than a control dropped in its favour).
    const std::int64_t firstWeek = *weeks.begin();
    std::vector<Control> controls;
    if (options.controls) {
        if (e.weeks >= kTrendMinWeeks) {
            e.trend = true;
            controls.push_back({Control::Kind::Trend, 0});
        }
        if (e.spanWeeks >= kMonthlyMinSpan) {
            e.seasonal = SeasonalControls::MonthDummies;
            for (int month = 2; month <= 12; ++month)
                controls.push_back({Control::Kind::Month, month});
        } else if (e.spanWeeks >= kFourierMinSpan) {
            e.seasonal = SeasonalControls::Fourier;
            controls.push_back({Control::Kind::Sine, 0});
            controls.push_back({Control::Kind::Cosine, 0});
        }
    }
    const auto m = static_cast<Eigen::Index>(controls.size());
    const Eigen::Index priceColumn = m;
    Eigen::MatrixXd Z(n, m + 1);
    Eigen::VectorXd y(n);
    double sumLogPrice = 0, sumLogQuantity = 0;
    for (Eigen::Index k = 0; k < n; ++k) {
        const auto& r = rows[used[static_cast<std::size_t>(k)]];
        for (Eigen::Index c = 0; c < m; ++c)
            Z(k, c) = controls[static_cast<std::size_t>(c)].at(r.week, firstWeek);
        Z(k, priceColumn) = std::log(r.price);
        y(k) = std::log(r.quantity);
        sumLogPrice += Z(k, priceColumn);
        sumLogQuantity += y(k);
        if (k % 65536 == 65535)
            control.throwIfStopped();
    }
    e.meanLogPrice = sumLogPrice / static_cast<double>(n);
    e.meanLogQuantity = sumLogQuantity / static_cast<double>(n);

    // The within transformation: subtract every product's own means.
    {
        Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(groups, m + 2);
        Eigen::VectorXd counts = Eigen::VectorXd::Zero(groups);
        for (Eigen::Index k = 0; k < n; ++k) {
            const int j = g[static_cast<std::size_t>(k)];
            sums.row(j).head(m + 1) += Z.row(k);
            sums(j, m + 1) += y(k);
            counts(j) += 1;
        }
        for (int j = 0; j < groups; ++j)
            sums.row(j) /= counts(j);
        for (Eigen::Index k = 0; k < n; ++k) {
            const int j = g[static_cast<std::size_t>(k)];
            Z.row(k) -= sums.row(j).head(m + 1);
            y(k) -= sums(j, m + 1);
        }
    }
    control.throwIfStopped();
    const double withinDf = static_cast<double>(std::max<Eigen::Index>(1, n - groups));
    e.logPriceSd = std::sqrt(Z.col(priceColumn).squaredNorm() / withinDf);

    // Keep a column when it is not (numerically) a combination of those kept before it.
    const Eigen::MatrixXd gram = Z.transpose() * Z;
    std::vector<Eigen::Index> kept;
    const double constantBelow = 1e-14 * static_cast<double>(n);
    bool priceKept = false;
    for (Eigen::Index c = 0; c <= m; ++c) {
        const double own = gram(c, c);
        if (!(own > constantBelow))
            continue;
        double residual = own;
        if (!kept.empty()) {
            const auto k = static_cast<Eigen::Index>(kept.size());
            Eigen::MatrixXd a(k, k);
            Eigen::VectorXd b(k);
            for (Eigen::Index i = 0; i < k; ++i) {
                b(i) = gram(kept[static_cast<std::size_t>(i)], c);
                for (Eigen::Index j = 0; j < k; ++j)
                    a(i, j) = gram(kept[static_cast<std::size_t>(i)], kept[static_cast<std::size_t>(j)]);
            }
            residual = own - b.dot(a.ldlt().solve(b));
        }
        if (residual > 1e-9 * own) {
            kept.push_back(c);
            priceKept = priceKept || c == priceColumn;
        }
    }
    e.controlColumns = static_cast<int>(kept.size()) - (priceKept ? 1 : 0);
    const double sst = y.squaredNorm();
    if (!priceKept)
        return finish(); // log price does not move within products once the controls are accounted for

    const auto k = static_cast<Eigen::Index>(kept.size());
    Eigen::MatrixXd X(n, k);
    for (Eigen::Index c = 0; c < k; ++c)
        X.col(c) = Z.col(kept[static_cast<std::size_t>(c)]);
    const Eigen::MatrixXd xtx = X.transpose() * X;
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(xtx);
    const Eigen::VectorXd beta = ldlt.solve(X.transpose() * y);
    const Eigen::VectorXd residuals = y - X * beta;
    const double ssr = residuals.squaredNorm();
    e.elasticity = beta(k - 1);
    e.rSquared = sst > 0 ? std::clamp(1.0 - ssr / sst, 0.0, 1.0) : kNoEstimate;
    const Eigen::Index df = n - groups - k;
    e.degreesOfFreedom = static_cast<int>(std::max<Eigen::Index>(0, df));
    if (df > 0) {
        // HC1: (X'X)⁻¹ (Σ e_i² x_i x_i') (X'X)⁻¹ · n / df.
        const Eigen::MatrixXd weighted = X.array().colwise() * residuals.array();
        const Eigen::MatrixXd meat = weighted.transpose() * weighted;
        const Eigen::MatrixXd bread = ldlt.solve(Eigen::MatrixXd::Identity(k, k));
        const Eigen::MatrixXd covariance = bread * meat * bread * (static_cast<double>(n) / static_cast<double>(df));
        e.stdError = std::sqrt(std::max(0.0, covariance(k - 1, k - 1)));
        e.tQuantile = studentTQuantile(1.0 - (1.0 - options.confidence) / 2.0, static_cast<double>(df));
        e.ciLow = e.elasticity - e.tQuantile * e.stdError;
        e.ciHigh = e.elasticity + e.tQuantile * e.stdError;
    }
    return finish();
}

} // namespace kestrel::core::analytics
