#include "analytics/clv.h"
#include "modeling/clv_summary_csv.h"

#include "error_of.h"

#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

using namespace kestrel::core;
using namespace kestrel::core::analytics;

namespace {

const std::string kCdnow = std::string(KESTREL_DATASETS_DIR) + "/cdnow/cdnow_customers_summary_with_transactions.csv";

/// x rounded to three significant digits, as published estimates are compared.
double sig3(double x)
{
    const double scale = std::pow(10.0, 2 - std::floor(std::log10(std::abs(x))));
    return std::round(x * scale) / scale;
}

const ClvSummaryFile& cdnow()
{
    static const ClvSummaryFile file = [] {
        if (!std::filesystem::exists(kCdnow))
            throw std::runtime_error("the CDNOW data set is missing: " + kCdnow);
        return ClvSummaryFile::load(kCdnow);
    }();
    return file;
}

ClvData smallData()
{
    ClvData d;
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    for (int i = 0; i < 300; ++i) {
        const double T = 10 + 30 * u(rng);
        const double x = std::floor(5 * u(rng) * u(rng));
        d.frequency.push_back(x);
        d.recency.push_back(x > 0 ? T * u(rng) : 0);
        d.age.push_back(T);
        d.monetary.push_back(x > 0 ? 5 + 40 * u(rng) : 0);
    }
    return d;
}

std::string writeFile(const std::string& name, const std::string& text)
{
    const auto path = std::filesystem::temp_directory_path() / ("kestrel_clv_" + name);
    std::ofstream(path) << text;
    return path.string();
}

} // namespace

TEST(Clv, DigammaAndHypergeometricMatchKnownValues)
{
    EXPECT_NEAR(digamma(1), -0.5772156649015329, 1e-13);
    EXPECT_NEAR(digamma(0.5), -1.9635100260214235, 1e-13);
    EXPECT_NEAR(digamma(10), 2.251752589066721, 1e-13);
    EXPECT_NEAR(digamma(0.01), -100.56088545786867, 1e-10);
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z
    for (double z : {0.1, 0.5, 0.9})
        EXPECT_NEAR(hypergeometric2F1(1, 1, 2, z), -std::log(1 - z) / z, 1e-12);
}

/// Checks an analytic gradient against central differences of the log-likelihood, parameter by parameter.
template <std::size_t N, typename LogLik>
void expectGradientMatches(const std::array<double, N>& at, LogLik&& logLik, const char* model)
{
    std::array<double, N> g{};
    logLik(at, g.data());
    for (std::size_t k = 0; k < N; ++k) {
        std::array<double, N> up = at, down = at;
        const double h = 1e-6 * at[k];
        up[k] += h;
        down[k] -= h;
        const double numeric = (logLik(up, nullptr) - logLik(down, nullptr)) / (2 * h);
        EXPECT_NEAR(g[k], numeric, 1e-4 * std::max(1.0, std::abs(numeric))) << model << " parameter " << k;
    }
}

TEST(Clv, GradientsMatchFiniteDifferences)
{
    const ClvData d = smallData();
    expectGradientMatches<4>(
        {0.7, 6.0, 0.9, 2.5},
        [&](const std::array<double, 4>& p, double* g) { return bgNbdLogLikelihood({p[0], p[1], p[2], p[3]}, d, g); },
        "BG/NBD");
    expectGradientMatches<3>(
        {4.0, 3.0, 12.0},
        [&](const std::array<double, 3>& p, double* g) { return gammaGammaLogLikelihood({p[0], p[1], p[2]}, d, g); },
        "Gamma-Gamma");
}

// Fader, Hardie & Lee (2005), table 1 / section 5: r = 0.243, α = 4.414, a = 0.793, b = 2.426,
// LL = −9582.4 on the 2,357-customer CDNOW sample (weeks).
TEST(Clv, BgNbdReproducesThePublishedCdnowEstimates)
{
    const BgNbdFit fit = fitBgNbd(cdnow().data);
    EXPECT_EQ(fit.diagnostics.customers, 2357);
    EXPECT_TRUE(fit.diagnostics.converged);
    EXPECT_DOUBLE_EQ(sig3(fit.params.r), 0.243);
    EXPECT_DOUBLE_EQ(sig3(fit.params.alpha), 4.41);
    EXPECT_DOUBLE_EQ(sig3(fit.params.a), 0.793);
    EXPECT_DOUBLE_EQ(sig3(fit.params.b), 2.43);
    EXPECT_NEAR(fit.diagnostics.logLikelihood, -9582.4, 0.1);
    // FHL 2005, section 5: a customer with x = 2, t_x = 30.43, T = 38.86 is expected to make 1.226
    // purchases in the next 39 weeks.
    EXPECT_NEAR(bgNbdExpectedPurchases(fit.params, 39, 2, 30.43, 38.86), 1.226, 0.0015);
    const double alive = bgNbdProbabilityAlive(fit.params, 2, 30.43, 38.86);
    EXPECT_GT(alive, 0.5);
    EXPECT_LT(alive, 1.0);
    // Recency matters: the same frequency long ago is less alive.
    EXPECT_LT(bgNbdProbabilityAlive(fit.params, 2, 5, 38.86), alive);
    EXPECT_EQ(bgNbdProbabilityAlive(fit.params, 0, 0, 38.86), 1.0);
}

// Fader & Hardie (2013), "The Gamma-Gamma model of monetary value": p = 6.25, q = 3.74, γ = 15.44
// on the 946 CDNOW repeat buyers.
TEST(Clv, GammaGammaReproducesThePublishedCdnowEstimates)
{
    const GammaGammaFit fit = fitGammaGamma(cdnow().spend);
    EXPECT_EQ(fit.diagnostics.customers, 946);
    EXPECT_TRUE(fit.diagnostics.converged);
    EXPECT_DOUBLE_EQ(sig3(fit.params.p), 6.25);
    EXPECT_DOUBLE_EQ(sig3(fit.params.q), 3.74);
    EXPECT_DOUBLE_EQ(sig3(fit.params.gamma), 15.4);
    // The fitted optimum is a maximum: moving any parameter by 1% lowers the likelihood.
    const double best = fit.diagnostics.logLikelihood;
    EXPECT_NEAR(gammaGammaLogLikelihood(fit.params, cdnow().spend), best, 1e-6);
    for (int k = 0; k < 3; ++k) {
        GammaGammaParams moved = fit.params;
        (k == 0 ? moved.p : k == 1 ? moved.q : moved.gamma) *= 1.01;
        EXPECT_LT(gammaGammaLogLikelihood(moved, cdnow().spend), best);
    }
    // The conditional mean shrinks a customer's own average towards the population mean pγ/(q − 1).
    const double population = gammaGammaExpectedSpend(fit.params, 0, 0);
    EXPECT_NEAR(population, fit.params.p * fit.params.gamma / (fit.params.q - 1), 1e-9);
    const double own = gammaGammaExpectedSpend(fit.params, 3, 100);
    EXPECT_GT(own, population);
    EXPECT_LT(own, 100);
}

TEST(Clv, LifetimeValueAddsDiscountedMonthlyPurchases)
{
    const BgNbdParams bg{0.243, 4.414, 0.793, 2.426};
    const GammaGammaParams gg{6.25, 3.74, 15.44};
    const double spend = gammaGammaExpectedSpend(gg, 2, 40);
    const double month = 52.0 / 12;
    // Undiscounted, the value is spend × purchases over the whole horizon.
    EXPECT_NEAR(customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 40, 12, month, 0),
                spend * bgNbdExpectedPurchases(bg, 12 * month, 2, 30.43, 38.86), 1e-9);
    const double discounted = customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 40, 12, month, 0.01);
    EXPECT_LT(discounted, customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 40, 12, month, 0));
    EXPECT_GT(discounted, 0);
    // More months, more value.
    EXPECT_GT(customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 40, 24, month, 0.01), discounted);
}

TEST(Clv, FitsRefuseInvalidRowsNamingThem)
{
    ClvData d = smallData();
    d.recency[3] = d.age[3] + 1;
    EXPECT_NE(kestrel::test::errorOf([&] { fitBgNbd(d); }).find("row 3"), std::string::npos);
    d = smallData();
    d.frequency[5] = 0;
    d.recency[5] = 2;
    EXPECT_NE(kestrel::test::errorOf([&] { fitBgNbd(d); }).find("row 5"), std::string::npos);
    d = smallData();
    d.frequency[7] = 1.5;
    EXPECT_NE(kestrel::test::errorOf([&] { fitBgNbd(d); }).find("row 7"), std::string::npos);
    EXPECT_NE(kestrel::test::errorOf([&] { fitBgNbd(ClvData{}); }).find("no customers"), std::string::npos);

    ClvData oneTime;
    for (int i = 0; i < 10; ++i) {
        oneTime.frequency.push_back(0);
        oneTime.recency.push_back(0);
        oneTime.age.push_back(5 + i);
        oneTime.monetary.push_back(0);
    }
    EXPECT_NE(kestrel::test::errorOf([&] { fitBgNbd(oneTime); }).find("one-time"), std::string::npos);
    EXPECT_NE(kestrel::test::errorOf([&] { fitGammaGamma(oneTime); }).find("two repeat buyers"), std::string::npos);

    d = smallData();
    std::size_t repeat = 0;
    while (d.frequency[repeat] == 0)
        ++repeat;
    d.monetary[repeat] = std::nan("");
    EXPECT_NE(kestrel::test::errorOf([&] { fitGammaGamma(d); }).find("row " + std::to_string(repeat)),
              std::string::npos);
    d.monetary[repeat] = -3;
    EXPECT_NE(kestrel::test::errorOf([&] { fitGammaGamma(d); }).find("not > 0"), std::string::npos);
}

TEST(Clv, AStopRequestCancelsAFit)
{
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    kestrel::test::errorOf([&] { fitBgNbd(smallData(), control); }, Error::Code::Cancelled);
    kestrel::test::errorOf([&] { fitGammaGamma(smallData(), control); }, Error::Code::Cancelled);
}

TEST(ClvSummaryFile, ReadsLifetimesAndFaderHardieColumnNames)
{
    const auto& f = cdnow();
    EXPECT_EQ(f.data.size(), 2357u);
    EXPECT_EQ(f.spend.size(), 946u);
    EXPECT_EQ(f.oneTimeBuyers, 1411);
    EXPECT_TRUE(f.hasMonetary);
    EXPECT_EQ(f.lines.front(), 2);
    EXPECT_DOUBLE_EQ(f.data.recency[0], 30.43);
    EXPECT_DOUBLE_EQ(f.data.monetary[0], 22.35);

    const auto noMoney = ClvSummaryFile::load(writeFile("plain.csv", "id,frequency,recency,T\n1,2,3.5,10\n2,0,0,4\n"));
    EXPECT_FALSE(noMoney.hasMonetary);
    EXPECT_EQ(noMoney.data.size(), 2u);
    EXPECT_EQ(noMoney.spend.size(), 0u);
}

TEST(ClvSummaryFile, NamesTheLinesOfEveryKindOfBadRow)
{
    const std::string bad = writeFile("bad.csv",
                                      "frequency,recency,T,monetary_value\n"
                                      "2,5,10,20\n"   // line 2 fine
                                      "1,12,10,20\n"  // line 3: recency > T
                                      "0,3,10,0\n"    // line 4: frequency 0, recency > 0
                                      "3,2,10,\n"     // line 5: monetary missing
                                      "3,2,10,-4\n"   // line 6: monetary negative
                                      "1.5,2,10,9\n"  // line 7: fractional frequency
                                      "x,2,10,9\n");  // line 8: not a number
    const std::string message = kestrel::test::errorOf([&] { ClvSummaryFile::load(bad); });
    EXPECT_NE(message.find("kestrel_clv_bad.csv"), std::string::npos) << message;
    EXPECT_NE(message.find("recency is greater than T (lines 3)"), std::string::npos) << message;
    EXPECT_NE(message.find("frequency is 0 but recency is above 0 (lines 4)"), std::string::npos) << message;
    EXPECT_NE(message.find("monetary_value of a repeat buyer is missing (lines 5)"), std::string::npos) << message;
    EXPECT_NE(message.find("monetary_value is negative (lines 6)"), std::string::npos) << message;
    EXPECT_NE(message.find("frequency is not a whole number ≥ 0 (lines 7)"), std::string::npos) << message;
    EXPECT_NE(message.find("frequency is not a number (lines 8)"), std::string::npos) << message;

    // Many bad lines: the first ten are named, then how many more.
    std::string many = "frequency,recency,T\n";
    for (int i = 0; i < 25; ++i)
        many += "1,20,10\n";
    EXPECT_NE(kestrel::test::errorOf([&] { ClvSummaryFile::load(writeFile("many.csv", many)); })
                  .find("(lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 15 more)"),
              std::string::npos);

    EXPECT_NE(kestrel::test::errorOf([&] { ClvSummaryFile::load(writeFile("empty.csv", "")); }).find("empty"),
              std::string::npos);
    EXPECT_NE(kestrel::test::errorOf([&] { ClvSummaryFile::load(writeFile("header.csv", "frequency,recency,T\n")); })
                  .find("no customer rows"),
              std::string::npos);
    EXPECT_NE(kestrel::test::errorOf([&] { ClvSummaryFile::load(writeFile("cols.csv", "frequency,T\n1,2\n")); })
                  .find("missing column(s) recency"),
              std::string::npos);
    EXPECT_NE(kestrel::test::errorOf([&] { ClvSummaryFile::load(writeFile("once.csv", "frequency,recency,T\n0,0,3\n0,0,5\n")); })
                  .find("all 2 customers are one-time buyers"),
              std::string::npos);

    // A zero spend is a warning: kept for BG/NBD, left out of Gamma-Gamma.
    const auto zero = ClvSummaryFile::load(
        writeFile("zero.csv", "frequency,recency,T,monetary_value\n2,5,10,20\n1,3,10,0\n1,2,8,15\n0,0,4,0\n"));
    EXPECT_EQ(zero.data.size(), 4u);
    EXPECT_EQ(zero.spend.size(), 2u);
    ASSERT_EQ(zero.warnings.size(), 1u);
    EXPECT_NE(zero.warnings[0].find("(lines 3)"), std::string::npos) << zero.warnings[0];
}
