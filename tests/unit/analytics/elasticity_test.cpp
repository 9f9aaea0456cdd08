// Price elasticity without a database: Student's t quantiles against published values, a known
// elasticity recovered from simulated demand (with product fixed effects and seasonal controls that
// matter), a 3-point regression computed by hand, every reliability flag, degenerate input that never
// crashes, and bad input.
#include "analytics/elasticity.h"
#include "analytics/student_t.h"
#include "common/civil_date.h"
#include "common/error.h"
#include "error_of.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

using namespace kestrel::core;
using namespace kestrel::core::analytics;

namespace {

/// A small deterministic generator (splitmix64) with our own uniform and normal mapping.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u = std::max(uniform(), 1e-300), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
    }

private:
    std::uint64_t m_state;
};

/// Monday 2024-01-01 as a day number, and the Monday k weeks later.
constexpr std::int64_t kFirstMonday = civil::daysFromCivil(2024, 1, 1);
std::int64_t week(int k)
{
    return kFirstMonday + 7 * k;
}

int monthOf(std::int64_t monday)
{
    return civil::civilFromDays(monday + 3).month;
}

struct Simulation {
    int products = 8;
    int weeks = 104;
    double elasticity = -1.8;
    double noise = 0.15;                 ///< sd of the log-normal noise
    double seasonPeak = 0.0;             ///< extra log demand in November and December
    double promotionInSeason = 0;        ///< extra chance of a promotion in November and December
    bool baseDemandAgainstPrice = false; ///< dearer products sell less at baseline (on top of elasticity)
    std::uint64_t seed = 7;
};

/// q = A_j · p^ε · season(month) · growth · noise, with each product's price drawn per four-week
/// period from its list price, promotions (−10 … −30 %) and increases (+5 … +15 %).
std::vector<ElasticityObservation> simulate(const Simulation& s)
{
    Rng rng(s.seed);
    std::vector<ElasticityObservation> rows;
    for (int j = 0; j < s.products; ++j) {
        const double list = 5.0 * std::exp(1.5 * rng.uniform()); // 5 … 22
        // Base demand: unrelated to price, or falling steeply with the list price across products.
        const double base =
            s.baseDemandAgainstPrice ? 4000.0 * std::pow(list, -3.0) * 50 : 50.0 + 150.0 * rng.uniform();
        double price = list;
        for (int k = 0; k < s.weeks; ++k) {
            const int month = monthOf(week(k));
            const bool season = month >= 11;
            if (k % 4 == 0) {
                const double u = rng.uniform();
                const double promo = 0.35 + (season ? s.promotionInSeason : 0.0);
                if (u < promo)
                    price = list * (0.7 + 0.2 * rng.uniform());
                else if (u < promo + 0.35)
                    price = list * (1.05 + 0.1 * rng.uniform());
                else
                    price = list;
            }
            const double logQ = std::log(base) + s.elasticity * std::log(price) + (season ? s.seasonPeak : 0.0) +
                                0.1 * k / 52.0 + s.noise * rng.normal();
            rows.push_back({j + 1, week(k), price, std::exp(logQ)});
        }
    }
    return rows;
}

/// 40 weeks of one product at the given prices (cycled), quantities from an elasticity and noise.
std::vector<ElasticityObservation> oneProduct(const std::vector<double>& prices, double elasticity, double noise,
                                              int weeks = 40, std::uint64_t seed = 3)
{
    Rng rng(seed);
    std::vector<ElasticityObservation> rows;
    for (int k = 0; k < weeks; ++k) {
        const double p = prices[static_cast<std::size_t>(k) % prices.size()];
        rows.push_back({1, week(k), p, 100.0 * std::pow(p / 10.0, elasticity) * std::exp(noise * rng.normal())});
    }
    return rows;
}

} // namespace

TEST(StudentT, QuantilesEqualPublishedValues)
{
    // The root of SciPy's incomplete beta (Cephes incbet, an independent implementation):
    // brentq(betainc(ν/2, ½, ν/(ν + t²))/2 − (1 − p)) to 1e-15; they agree with the printed tables
    // (12.7062, 4.3027, 2.3534, 4.6041, 2.5706, 2.2281, 2.0423, 1.9840). SciPy's own t.ppf
    // (Cephes stdtri) is only good to about 1e-9 here.
    struct Case {
        double nu, p, t;
    };
    const Case cases[] = {
        {1, 0.975, 12.706204736174694},  {2, 0.975, 4.302652729749462},    {3, 0.95, 2.353363434801823},
        {4, 0.995, 4.604094871349992},   {5, 0.975, 2.570581835636315},    {10, 0.975, 2.228138851986275},
        {30, 0.975, 2.0422724563012378}, {100, 0.975, 1.9839715185235538}, {1000, 0.975, 1.9623390808262613},
        {2.5, 0.975, 3.574654842003682}, {0.5, 0.9, 10.270324410234513},   {7, 0.999999, 14.241469651921154},
        {50, 0.6, 0.25469934298858266},  {3, 0.05, -2.353363434801823},
    };
    for (const auto& c : cases)
        EXPECT_NEAR(studentTQuantile(c.p, c.nu), c.t, 1e-12 * std::abs(c.t)) << "nu " << c.nu << " p " << c.p;
    EXPECT_NEAR(studentTQuantile(0.975, 1e9), 1.959963984540054, 1e-12);
    EXPECT_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-13);
    EXPECT_NEAR(normalQuantile(1e-10), -6.361340902404056, 1e-11);
    EXPECT_EQ(studentTQuantile(0.5, 4), 0.0);
    EXPECT_TRUE(std::isinf(studentTQuantile(1.0, 4)));
    EXPECT_TRUE(std::isnan(studentTQuantile(0.9, 0)));
    EXPECT_TRUE(std::isnan(studentTQuantile(1.2, 3)));
}

TEST(StudentT, DistributionFunctionAndRoundTrip)
{
    EXPECT_NEAR(studentTCdf(2.0, 3), 0.9303370157205785, 1e-13);
    EXPECT_NEAR(studentTCdf(-1.5, 7.5), 0.08724028529323215, 1e-13);
    EXPECT_NEAR(studentTCdf(0.3, 1), 0.5927735790777423, 1e-13);
    EXPECT_NEAR(studentTCdf(10, 4), 0.9997189981886421, 1e-13);
    EXPECT_NEAR(regularizedIncompleteBeta(2.5, 4.0, 0.3), 0.3521975859067672, 1e-13);
    EXPECT_NEAR(regularizedIncompleteBeta(0.5, 7.0, 0.9), 0.9999999780702157, 1e-13);
    for (const double nu : {1.0, 1.7, 3.0, 9.0, 41.0, 250.0})
        for (const double p : {0.001, 0.05, 0.3, 0.7, 0.95, 0.999})
            EXPECT_NEAR(studentTCdf(studentTQuantile(p, nu), nu), p, 1e-12) << nu << " " << p;
}

// The simulation's ε = −1.8 comes back inside its 95 % interval, with 8 products whose base demand
// differs and a trend; the estimate is reliable and uses month dummies (two years of weeks).
TEST(Elasticity, RecoversAKnownElasticityFromSimulatedDemand)
{
    Simulation s;
    const auto rows = simulate(s);
    const ElasticityEstimate e = estimateElasticity(rows);
    EXPECT_EQ(e.observations, 8 * 104);
    EXPECT_EQ(e.groups, 8);
    EXPECT_EQ(e.weeks, 104);
    EXPECT_EQ(e.seasonal, SeasonalControls::MonthDummies);
    EXPECT_TRUE(e.trend);
    EXPECT_EQ(e.controlColumns, 12);
    EXPECT_EQ(e.degreesOfFreedom, 8 * 104 - 8 - 13);
    EXPECT_LT(e.ciLow, -1.8);
    EXPECT_GT(e.ciHigh, -1.8);
    EXPECT_NEAR(e.elasticity, -1.8, 0.1);
    EXPECT_LT(e.ciHigh - e.ciLow, 0.4);
    EXPECT_GT(e.rSquared, 0.5);
    EXPECT_TRUE(e.reliable()) << elasticityFlagName(*e.flag);
    EXPECT_NEAR(e.tQuantile, studentTQuantile(0.975, e.degreesOfFreedom), 1e-12);

    // Many seeds: the 95 % interval covers the truth about 95 % of the time.
    int covered = 0;
    for (std::uint64_t seed = 100; seed < 200; ++seed) {
        Simulation t = s;
        t.seed = seed;
        t.products = 3;
        t.weeks = 60;
        const ElasticityEstimate r = estimateElasticity(simulate(t));
        covered += r.ciLow < -1.8 && r.ciHigh > -1.8 ? 1 : 0;
    }
    EXPECT_GE(covered, 88);
    EXPECT_LE(covered, 100);
}

// Dearer products sell less at any price: pooled without fixed effects, that cross-product
// gradient would pass for a price response. With them, the within-product response is found.
TEST(Elasticity, ProductFixedEffectsKeepBaseDemandOutOfTheSlope)
{
    Simulation s;
    s.baseDemandAgainstPrice = true;
    s.elasticity = -1.2;
    const auto rows = simulate(s);
    const ElasticityEstimate e = estimateElasticity(rows);
    EXPECT_NEAR(e.elasticity, -1.2, 0.1);
    EXPECT_LT(e.ciLow, -1.2);
    EXPECT_GT(e.ciHigh, -1.2);
    // The same rows as one product: the slope mixes in the −3 of base demand across products.
    std::vector<ElasticityObservation> pooled = rows;
    for (auto& r : pooled)
        r.group = 1;
    const ElasticityEstimate naive = estimateElasticity(pooled);
    EXPECT_LT(naive.elasticity, -2.5);
}

// Promotions cluster in November and December, when demand is high anyway: without seasonal
// controls the season passes for price response; month dummies take it out.
TEST(Elasticity, SeasonalControlsKeepTheSeasonOutOfTheSlope)
{
    Simulation s;
    s.weeks = 156;
    s.seasonPeak = 0.6;
    s.promotionInSeason = 0.6;
    s.elasticity = -1.0;
    const auto rows = simulate(s);
    const ElasticityEstimate e = estimateElasticity(rows);
    EXPECT_EQ(e.seasonal, SeasonalControls::MonthDummies);
    EXPECT_LT(e.ciLow, -1.0);
    EXPECT_GT(e.ciHigh, -1.0);
    ElasticityOptions plain;
    plain.controls = false;
    const ElasticityEstimate naive = estimateElasticity(rows, plain);
    EXPECT_EQ(naive.seasonal, SeasonalControls::None);
    EXPECT_FALSE(naive.trend);
    EXPECT_LT(naive.ciHigh, -1.0) << "the season should bias the plain estimate: " << naive.elasticity;
}

TEST(Elasticity, SeasonalControlsFollowTheSpanOfTheData)
{
    const auto rowsOf = [](int weeks) { return oneProduct({8, 9, 10, 11, 12}, -1.5, 0.05, weeks); };
    EXPECT_EQ(estimateElasticity(rowsOf(60)).seasonal, SeasonalControls::MonthDummies);
    EXPECT_EQ(estimateElasticity(rowsOf(52)).seasonal, SeasonalControls::MonthDummies);
    const ElasticityEstimate fourier = estimateElasticity(rowsOf(30));
    EXPECT_EQ(fourier.seasonal, SeasonalControls::Fourier);
    EXPECT_EQ(fourier.controlColumns, 3);
    const ElasticityEstimate trendOnly = estimateElasticity(rowsOf(20));
    EXPECT_EQ(trendOnly.seasonal, SeasonalControls::None);
    EXPECT_TRUE(trendOnly.trend);
    EXPECT_EQ(trendOnly.controlColumns, 1);
    EXPECT_FALSE(estimateElasticity(rowsOf(3)).trend);
    // Weeks missing in the middle: the span counts, not the number of weeks.
    auto gappy = rowsOf(60);
    gappy.erase(gappy.begin() + 5, gappy.begin() + 40);
    const ElasticityEstimate g = estimateElasticity(gappy);
    EXPECT_EQ(g.weeks, 25);
    EXPECT_EQ(g.spanWeeks, 60);
    EXPECT_EQ(g.seasonal, SeasonalControls::MonthDummies);
}

// Three weeks at prices 1, 2, 4 selling 8, 5 and 1 units, plain log-log. By hand, with x = ln p,
// y = ln q: x̄ = ln 2, Sxx = 2 ln²2, Sxy = −ln 2 · ln 8 = −3 ln²2, so ε = −3/2. Residuals
// e1 = e3 = ½ ln 2 − ⅓ ln 5, e2 = −2 e1. HC0 variance Σ(x − x̄)² e² / Sxx² = e1² / (2 ln²2); HC1
// multiplies by n / (n − 2) = 3. t(0.975, 1 df) = 12.7062.
TEST(Elasticity, ThreePointRegressionByHand)
{
    const std::vector<ElasticityObservation> rows{{1, week(0), 1, 8}, {1, week(1), 2, 5}, {1, week(2), 4, 1}};
    ElasticityOptions o;
    o.controls = false;
    const ElasticityEstimate e = estimateElasticity(rows, o);
    const double ln2 = std::log(2.0), ln5 = std::log(5.0);
    const double e1 = 0.5 * ln2 - ln5 / 3;
    EXPECT_NEAR(e.elasticity, -1.5, 1e-12);
    const double se = std::sqrt(3 * e1 * e1 / (2 * ln2 * ln2));
    EXPECT_NEAR(e.stdError, se, 1e-12);
    EXPECT_NEAR(e.stdError, 0.335551, 1e-6);
    EXPECT_EQ(e.degreesOfFreedom, 1);
    EXPECT_NEAR(e.ciLow, -1.5 - 12.706204736174694 * se, 1e-9);
    EXPECT_NEAR(e.ciHigh, -1.5 + 12.706204736174694 * se, 1e-9);
    const double ybar = (std::log(8.0) + ln5) / 3;
    const double sst = std::pow(std::log(8.0) - ybar, 2) + std::pow(ln5 - ybar, 2) + ybar * ybar;
    EXPECT_NEAR(e.rSquared, 1 - 6 * e1 * e1 / sst, 1e-12);
    EXPECT_NEAR(e.rSquared, 0.90902, 1e-5);
    EXPECT_EQ(e.priceLevels, 3);
    EXPECT_NEAR(e.logPriceSd, ln2, 1e-12); // sqrt(Sxx / (n − 1))
    EXPECT_NEAR(e.meanLogPrice, ln2, 1e-12);
    EXPECT_NEAR(e.meanLogQuantity, ybar, 1e-12);
    // Three rows are few, and the interval (±4.3) is wide.
    ASSERT_TRUE(e.flag.has_value());
    EXPECT_EQ(*e.flag, ElasticityFlag::FewObservations);
    EXPECT_EQ(e.flags, (std::vector<ElasticityFlag>{ElasticityFlag::FewObservations, ElasticityFlag::WideInterval}));
}

TEST(Elasticity, EveryFlag)
{
    // few_observations: 20 good weeks are fewer than 30 product-weeks …
    ElasticityEstimate e = estimateElasticity(oneProduct({8, 9, 10, 11, 12}, -1.5, 0.05, 20));
    EXPECT_EQ(e.flag, ElasticityFlag::FewObservations);
    EXPECT_NEAR(e.elasticity, -1.5, 0.1);
    // … and 40 product-weeks over 5 weeks are too few weeks.
    std::vector<ElasticityObservation> fewWeeks;
    for (int j = 0; j < 8; ++j)
        for (int k = 0; k < 5; ++k)
            fewWeeks.push_back({j, week(k), 10.0 + k, 100.0 * std::pow(10.0 + k, -1.5) * (1 + 0.01 * j)});
    e = estimateElasticity(fewWeeks);
    EXPECT_EQ(e.observations, 40);
    EXPECT_EQ(e.flag, ElasticityFlag::FewObservations);

    // little_price_variation: two price levels; or three that differ by a cent.
    e = estimateElasticity(oneProduct({9, 11}, -1.5, 0.05));
    EXPECT_EQ(e.priceLevels, 2);
    EXPECT_EQ(e.flag, ElasticityFlag::LittlePriceVariation);
    e = estimateElasticity(oneProduct({10.00, 10.01, 10.02}, -1.5, 0.05));
    EXPECT_EQ(e.priceLevels, 3);
    EXPECT_LT(e.logPriceSd, 0.02);
    EXPECT_EQ(e.flag, ElasticityFlag::LittlePriceVariation);

    // wide_interval: enough weeks and prices, but noise drowns the price response.
    e = estimateElasticity(oneProduct({9.5, 10, 10.5}, -1.5, 1.0));
    EXPECT_GT(e.ciHigh - e.ciLow, 2.0);
    EXPECT_EQ(e.flag, ElasticityFlag::WideInterval);

    // positive_slope: demand rising with price, clearly.
    e = estimateElasticity(oneProduct({8, 9, 10, 11, 12}, 1.5, 0.05));
    EXPECT_GT(e.ciLow, 0);
    EXPECT_EQ(e.flag, ElasticityFlag::PositiveSlope);

    // poor_fit: 5,000 product-weeks pin down a small elasticity that explains almost nothing.
    std::vector<ElasticityObservation> many;
    Rng rng(5);
    for (int j = 0; j < 50; ++j)
        for (int k = 0; k < 100; ++k) {
            const double p = 10.0 * std::exp(0.1 * rng.normal());
            many.push_back({j, week(k), p, 100.0 * std::pow(p, -0.3) * std::exp(0.5 * rng.normal())});
        }
    e = estimateElasticity(many);
    EXPECT_LT(e.ciHigh - e.ciLow, 0.5);
    EXPECT_LT(e.rSquared, 0.05);
    EXPECT_EQ(e.flag, ElasticityFlag::PoorFit);
    EXPECT_EQ(e.flags, std::vector<ElasticityFlag>{ElasticityFlag::PoorFit});

    // None: a clean series.
    e = estimateElasticity(oneProduct({8, 9, 10, 11, 12}, -1.5, 0.05));
    EXPECT_TRUE(e.reliable());
    EXPECT_TRUE(e.flags.empty());
}

TEST(Elasticity, DegenerateInputNeverCrashesAndIsFlagged)
{
    // No rows.
    ElasticityEstimate e = estimateElasticity({});
    EXPECT_EQ(e.observations, 0);
    EXPECT_TRUE(std::isnan(e.elasticity));
    EXPECT_EQ(e.flag, ElasticityFlag::FewObservations);
    // One row: a product's only week is a singleton.
    const std::vector<ElasticityObservation> one{{1, week(0), 10, 5}};
    e = estimateElasticity(one);
    EXPECT_EQ(e.singletons, 1);
    EXPECT_EQ(e.observations, 0);
    EXPECT_EQ(e.flag, ElasticityFlag::FewObservations);
    EXPECT_TRUE(std::isnan(e.ciLow));
    // One price for 40 weeks: no slope at all.
    e = estimateElasticity(oneProduct({10}, -1.5, 0.2));
    EXPECT_EQ(e.observations, 40);
    EXPECT_EQ(e.priceLevels, 1);
    EXPECT_TRUE(std::isnan(e.elasticity));
    EXPECT_TRUE(std::isnan(e.stdError));
    EXPECT_EQ(e.flag, ElasticityFlag::LittlePriceVariation);
    // Ten products, each at one constant price: prices differ across products, never within one.
    std::vector<ElasticityObservation> constant;
    for (int j = 0; j < 10; ++j)
        for (int k = 0; k < 10; ++k)
            constant.push_back({j, week(k), 5.0 + j, 50.0 + k});
    e = estimateElasticity(constant);
    EXPECT_EQ(e.priceLevels, 1);
    EXPECT_TRUE(std::isnan(e.elasticity));
    EXPECT_EQ(e.flag, ElasticityFlag::LittlePriceVariation);
    // Weeks without sales are left out and counted; only zeros leave nothing.
    auto withZeros = oneProduct({8, 9, 10, 11, 12}, -1.5, 0.05);
    for (std::size_t k = 0; k < withZeros.size(); k += 4)
        withZeros[k].quantity = 0;
    e = estimateElasticity(withZeros);
    EXPECT_EQ(e.zeroWeeks, 10);
    EXPECT_EQ(e.observations, 30);
    ASSERT_FALSE(e.warnings.empty());
    EXPECT_EQ(e.warnings[0].code, "elasticity.zero_weeks");
    for (auto& r : withZeros)
        r.quantity = 0;
    e = estimateElasticity(withZeros);
    EXPECT_EQ(e.zeroWeeks, 40);
    EXPECT_EQ(e.flag, ElasticityFlag::FewObservations);
    // A price that moves only with the trend is not identified apart from it.
    std::vector<ElasticityObservation> trending;
    for (int k = 0; k < 40; ++k)
        trending.push_back({1, week(k), std::exp(0.01 * k), 10.0 + (k % 3)});
    e = estimateElasticity(trending);
    EXPECT_TRUE(std::isnan(e.elasticity));
    EXPECT_EQ(e.flag, ElasticityFlag::LittlePriceVariation);
    // Two rows of one product: a line through two points, no degrees of freedom.
    const std::vector<ElasticityObservation> two{{1, week(0), 10, 5}, {1, week(1), 12, 4}};
    ElasticityOptions plain;
    plain.controls = false;
    e = estimateElasticity(two, plain);
    EXPECT_NEAR(e.elasticity, std::log(4.0 / 5.0) / std::log(1.2), 1e-12);
    EXPECT_EQ(e.degreesOfFreedom, 0);
    EXPECT_TRUE(std::isnan(e.stdError));
    EXPECT_EQ(e.flags.front(), ElasticityFlag::FewObservations);
}

TEST(Elasticity, BadInputAndCancel)
{
    std::vector<ElasticityObservation> rows = oneProduct({8, 9, 10}, -1.5, 0.05);
    rows[4].price = 0;
    EXPECT_NE(kestrel::test::errorOf([&] { estimateElasticity(rows); }).find("row 4: the price 0"), std::string::npos);
    rows[4].price = 10;
    rows[7].quantity = -2;
    EXPECT_NE(kestrel::test::errorOf([&] { estimateElasticity(rows); }).find("row 7: the quantity -2"),
              std::string::npos);
    rows[7].quantity = std::nan("");
    EXPECT_NE(kestrel::test::errorOf([&] { estimateElasticity(rows); }).find("row 7"), std::string::npos);
    rows[7].quantity = 3;
    ElasticityOptions o;
    o.confidence = 1.0;
    EXPECT_NE(kestrel::test::errorOf([&] { estimateElasticity(rows, o); }).find("confidence"), std::string::npos);
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    kestrel::test::errorOf([&] { estimateElasticity(rows, {}, control); }, Error::Code::Cancelled);
}
