// Anomalies in a daily series without a database: the weekday baseline (median) and robust scale
// (1.4826 MAD with floors) against hand computation, what is and is not an anomaly (a spike and a drop
// on a flat series; weekend dips; a trend), too little history, a flat history (MAD 0), an anomaly not
// shifting the baselines after it, severity bands, bad input and a stop.
#include "analytics/anomalies.h"
#include "error_of.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

using namespace kestrel::core;
using namespace kestrel::core::analytics;
using kestrel::test::errorOf;

namespace {

constexpr std::int64_t kMonday = 20458; // 2026-01-05, a Monday

std::vector<std::int64_t> consecutiveDays(std::size_t n, std::int64_t first = kMonday)
{
    std::vector<std::int64_t> d(n);
    for (std::size_t i = 0; i < n; ++i)
        d[i] = first + static_cast<std::int64_t>(i);
    return d;
}

/// A deterministic wiggle of about ±2 % around level (no two neighbouring days alike).
std::vector<double> flatSeries(std::size_t n, double level)
{
    std::vector<double> v(n);
    for (std::size_t i = 0; i < n; ++i)
        v[i] = level * (1.0 + 0.02 * std::sin(static_cast<double>(i) * 2.3));
    return v;
}

std::vector<std::int64_t> anomalousDays(const AnomalyResult& r)
{
    std::vector<std::int64_t> out;
    for (const auto& d : r.days)
        if (d.anomalous)
            out.push_back(d.day);
    return out;
}

} // namespace

TEST(Anomalies, MedianOfOddAndEvenCounts)
{
    std::vector<double> odd{5, 1, 3};
    EXPECT_EQ(medianInPlace(odd), 3);
    std::vector<double> even{4, 1, 3, 10};
    EXPECT_EQ(medianInPlace(even), 3.5);
    std::vector<double> none;
    EXPECT_TRUE(std::isnan(medianInPlace(none)));
}

TEST(Anomalies, BaselineAndScaleAsComputedByHand)
{
    // Eight Mondays of history, then the Monday judged; the other days are missing (not listed).
    const std::vector<double> mondays{10, 12, 11, 15, 9, 30, 13, 12};
    std::vector<std::int64_t> days;
    std::vector<double> values;
    for (std::size_t w = 0; w < mondays.size(); ++w) {
        days.push_back(kMonday + 7 * static_cast<std::int64_t>(w));
        values.push_back(mondays[w]);
    }
    days.push_back(kMonday + 56);
    values.push_back(20);
    const AnomalyResult r = detectAnomalies(days, values);
    const AnomalyDay& d = r.days.back();
    // sorted 9 10 11 12 12 13 15 30 → median 12; |x − 12| sorted 0 0 1 1 2 3 3 18 → MAD 1.5.
    EXPECT_EQ(d.history, 8);
    EXPECT_DOUBLE_EQ(d.baseline, 12.0);
    EXPECT_DOUBLE_EQ(d.mad, 1.5);
    EXPECT_DOUBLE_EQ(d.scale, 1.4826 * 1.5); // 2.2239 > 5 % of 12 = 0.6
    EXPECT_NEAR(d.score, 8 / 2.2239, 1e-12); // 3.597
    EXPECT_TRUE(d.anomalous);
    EXPECT_EQ(d.direction, AnomalyDirection::Spike);
    EXPECT_EQ(d.severity, AnomalySeverity::Low);
    EXPECT_NEAR(d.lower, 12 - 3.5 * 2.2239, 1e-12);
    EXPECT_NEAR(d.upper, 12 + 3.5 * 2.2239, 1e-12);
    // The earlier Mondays had 0..7 Mondays before them: a verdict from the fourth history value on.
    for (std::size_t w = 0; w < 8; ++w)
        EXPECT_EQ(r.days[w].hasVerdict(), w >= 4) << w;
    EXPECT_EQ(r.verdicts, 5);
    // The fifth Monday (9) against 10 12 11 15: median 11.5, MAD median(1.5 .5 .5 3.5) = 1.
    EXPECT_DOUBLE_EQ(r.days[4].baseline, 11.5);
    EXPECT_DOUBLE_EQ(r.days[4].mad, 1.0);
    EXPECT_NEAR(r.days[4].score, (9 - 11.5) / 1.4826, 1e-12);
    EXPECT_FALSE(r.days[4].anomalous);
}

TEST(Anomalies, FlatSeriesWithOneSpikeAndOneDrop)
{
    const auto days = consecutiveDays(120);
    auto values = flatSeries(120, 1000);
    values[70] = 1600; // a promotion
    values[95] = 300;  // an outage
    const AnomalyResult r = detectAnomalies(days, values);
    EXPECT_EQ(anomalousDays(r), (std::vector<std::int64_t>{days[70], days[95]}));
    EXPECT_EQ(r.days[70].direction, AnomalyDirection::Spike);
    EXPECT_EQ(r.days[95].direction, AnomalyDirection::Drop);
    // The wiggle is ±2 %, so the 5 % floor sets the scale: 1600 is 12 floors above, 300 is 14 below.
    EXPECT_EQ(r.days[70].severity, AnomalySeverity::High);
    EXPECT_EQ(r.days[95].severity, AnomalySeverity::High);
    EXPECT_LT(r.days[95].score, -8);
    EXPECT_EQ(r.verdicts, 120 - 28); // the first four weeks lack four same-weekday values
    EXPECT_EQ(r.anomalies, 2);
    EXPECT_TRUE(r.warnings.empty());
}

TEST(Anomalies, WeekendDipsAreNotAnomaliesButAWeekdayLevelOnASaturdayIs)
{
    const auto days = consecutiveDays(140);
    auto values = flatSeries(140, 500);
    for (std::size_t i = 0; i < values.size(); ++i)
        if (i % 7 == 5 || i % 7 == 6) // Saturday, Sunday
            values[i] *= 0.4;
    EXPECT_TRUE(anomalousDays(detectAnomalies(days, values)).empty());
    values[103] = 500; // a Saturday as busy as a weekday
    const AnomalyResult r = detectAnomalies(days, values);
    EXPECT_EQ(anomalousDays(r), std::vector<std::int64_t>{days[103]});
    EXPECT_NEAR(r.days[103].baseline, 200, 200 * 0.021);
}

TEST(Anomalies, ASteadyTrendIsNotAnomalous)
{
    // Growth of 1 % a day (doubling in ten weeks): each Monday is well above the median of the eight
    // before it, but so was every Monday before; the spread of the history grows with it.
    const auto days = consecutiveDays(200);
    std::vector<double> values(200);
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = 100 * std::pow(1.01, static_cast<double>(i));
    const AnomalyResult r = detectAnomalies(days, values);
    EXPECT_TRUE(anomalousDays(r).empty());
    EXPECT_GT(r.days[150].score, 1.0); // above the baseline, yet within the band
    EXPECT_LT(r.days[150].value, r.days[150].upper);
}

TEST(Anomalies, TooLittleHistoryGivesNoVerdict)
{
    // Three weeks only: no day has four same-weekday values before it.
    const AnomalyResult r = detectAnomalies(consecutiveDays(21), flatSeries(21, 10));
    EXPECT_EQ(r.verdicts, 0);
    for (const auto& d : r.days) {
        EXPECT_FALSE(d.hasVerdict());
        EXPECT_FALSE(d.anomalous);
        EXPECT_TRUE(std::isnan(d.baseline));
    }
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].code, "anomalies.no_verdict");

    // Missing values (NaN) count neither as a verdict nor as history.
    auto values = flatSeries(70, 10);
    values[35] = std::nan("");
    values[42] = std::nan("");
    const AnomalyResult gaps = detectAnomalies(consecutiveDays(70), values);
    EXPECT_FALSE(gaps.days[35].hasVerdict());
    EXPECT_EQ(gaps.days[49].history, 5); // 0, 7, 14, 21, 28 of the seven before
    EXPECT_EQ(gaps.days[56].history, 6);

    // The look-back is in weeks: with weeks = 4 the history is at most 4 values.
    AnomalyOptions four;
    four.weeks = 4;
    const AnomalyResult r4 = detectAnomalies(consecutiveDays(70), flatSeries(70, 10), four);
    EXPECT_EQ(r4.days[69].history, 4);
    EXPECT_EQ(r4.verdicts, 70 - 28);
}

TEST(Anomalies, FlatHistoryUsesTheFloors)
{
    const auto days = consecutiveDays(60);
    std::vector<double> values(60, 100.0);
    values[40] = 117; // 17 % up: 3.4 floors of 5 %
    values[47] = 118; // 18 % up: 3.6 floors
    const AnomalyResult r = detectAnomalies(days, values);
    EXPECT_EQ(r.days[40].mad, 0);
    EXPECT_DOUBLE_EQ(r.days[40].scale, 5.0);
    EXPECT_FALSE(r.days[40].anomalous);
    EXPECT_TRUE(r.days[47].anomalous);
    EXPECT_EQ(anomalousDays(r), std::vector<std::int64_t>{days[47]});

    // A history of zeros cannot be judged on the linear scale without an absolute floor.
    std::vector<double> zeros(40, 0.0);
    zeros[35] = 3;
    const AnomalyResult none = detectAnomalies(consecutiveDays(40), zeros);
    EXPECT_EQ(none.verdicts, 0);
    AnomalyOptions absolute;
    absolute.absoluteFloor = 1;
    const AnomalyResult judged = detectAnomalies(consecutiveDays(40), zeros, absolute);
    EXPECT_EQ(judged.verdicts, 12);
    EXPECT_DOUBLE_EQ(judged.days[35].score, 3.0);
}

TEST(Anomalies, CountsAreComparedOnTheAnscombeScale)
{
    AnomalyOptions counts;
    counts.scale = AnomalyScale::Count;
    // A history of zeros: baseline 2·√(3/8); 3 events are 2·√3.375 − 2·√0.375 = 2.45 Poisson spreads up.
    std::vector<double> zeros(40, 0.0);
    zeros[35] = 3;
    zeros[36] = 10;
    const AnomalyResult r = detectAnomalies(consecutiveDays(40), zeros, counts);
    EXPECT_EQ(r.verdicts, 12);
    EXPECT_NEAR(r.days[35].baseline, 0, 1e-12);
    EXPECT_DOUBLE_EQ(r.days[35].scale, 1); // the Poisson floor
    EXPECT_NEAR(r.days[35].score, 2 * std::sqrt(3.375) - 2 * std::sqrt(0.375), 1e-12);
    EXPECT_FALSE(r.days[35].anomalous);
    EXPECT_NEAR(r.days[36].score, 2 * std::sqrt(10.375) - 2 * std::sqrt(0.375), 1e-12); // 5.22
    EXPECT_TRUE(r.days[36].anomalous);
    EXPECT_EQ(r.days[36].severity, AnomalySeverity::Medium);
    EXPECT_DOUBLE_EQ(r.days[36].lower, 0); // never below 0
    // The band in events: ((y0 + 3.5) / 2)² − 3/8.
    const double y0 = 2 * std::sqrt(0.375);
    EXPECT_NEAR(r.days[36].upper, (y0 + 3.5) * (y0 + 3.5) / 4 - 0.375, 1e-12);

    // A steady 100 a day: +30 is 2.8 spreads (22.84 − 20.04), not anomalous; +45 is 4.2.
    std::vector<double> hundreds(60, 100.0);
    hundreds[50] = 130;
    hundreds[51] = 145;
    const AnomalyResult h = detectAnomalies(consecutiveDays(60), hundreds, counts);
    EXPECT_DOUBLE_EQ(h.days[50].scale, 1.0); // 5 % of 100 is 0.5 on this scale
    EXPECT_NEAR(h.days[50].baseline, 100, 1e-9);
    EXPECT_FALSE(h.days[50].anomalous);
    EXPECT_TRUE(h.days[51].anomalous);
    // In units of 10 (e.g. money, one order = 10): 1,000 a day is 100 events of 10, so the same test.
    counts.unit = 10;
    for (double& v : hundreds)
        v *= 10;
    const AnomalyResult money = detectAnomalies(consecutiveDays(60), hundreds, counts);
    EXPECT_NEAR(money.days[51].score, h.days[51].score, 1e-12);
    EXPECT_NEAR(money.days[51].baseline, 1000, 1e-9);
}

TEST(Anomalies, SharesAreComparedWithTheirBinomialNoise)
{
    // 10 % of 100 sessions every day; one day 2 %, one day 2 % of only 25 sessions.
    AnomalyOptions shares;
    shares.scale = AnomalyScale::Proportion;
    const auto days = consecutiveDays(60);
    std::vector<double> p(60, 0.1), trials(60, 100.0);
    p[40] = 0.02;
    p[47] = 0.02;
    trials[47] = 25;
    p[50] = 0.5;
    trials[50] = 0; // no sessions: missing
    const AnomalyResult r = detectAnomalies(days, p, shares, {}, trials);
    const double y0 = std::asin(std::sqrt(0.1)), y = std::asin(std::sqrt(0.02));
    EXPECT_DOUBLE_EQ(r.days[40].scale, 0.05);              // 1 / (2·√100)
    EXPECT_NEAR(r.days[40].score, (y - y0) / 0.05, 1e-12); // −3.6
    EXPECT_TRUE(r.days[40].anomalous);
    EXPECT_DOUBLE_EQ(r.days[47].scale, 0.1); // 1 / (2·√25): a quarter of the sessions, twice the noise
    EXPECT_FALSE(r.days[47].anomalous);
    EXPECT_FALSE(r.days[50].hasVerdict());
    EXPECT_NEAR(r.days[40].baseline, 0.1, 1e-15);
    const double low = std::sin(y0 - 3.5 * 0.05);
    EXPECT_NEAR(r.days[40].lower, low * low, 1e-15);
    EXPECT_EQ(errorOf([&] { detectAnomalies(days, p, shares); }), "anomalies: 0 trials but 60 values");
    p[3] = 1.5;
    EXPECT_EQ(errorOf([&] { detectAnomalies(days, p, shares, {}, trials); }),
              "anomalies: value of row 3 is not a share between 0 and 1");
}

TEST(Anomalies, AnAnomalyDoesNotShiftTheBaselinesAfterIt)
{
    const auto days = consecutiveDays(140);
    auto values = flatSeries(140, 1000);
    values[70] = 9000; // one huge Monday
    const AnomalyResult with = detectAnomalies(days, values);
    auto clean = values;
    clean[70] = flatSeries(140, 1000)[70];
    const AnomalyResult without = detectAnomalies(days, clean);
    EXPECT_EQ(anomalousDays(with), std::vector<std::int64_t>{days[70]});
    // The eight Mondays after it have it in their history, yet their baselines move by at most one
    // neighbouring value (the median of eight ignores one outlier) and none is flagged.
    for (std::size_t i = 77; i <= 126; i += 7) {
        EXPECT_FALSE(with.days[i].anomalous) << i;
        EXPECT_NEAR(with.days[i].baseline, without.days[i].baseline, 1000 * 0.04) << i;
        EXPECT_LE(with.days[i].baseline, 1000 * 1.02) << i;
    }
}

TEST(Anomalies, SeverityBandsAndThreshold)
{
    const auto days = consecutiveDays(50);
    std::vector<double> values(50, 100.0);
    values[35] = 100 + 5 * 4.9; // scale 5 (the floor): scores 4.9, 5.0, 7.9, 8.0, -3.5
    values[36] = 100 + 5 * 5.0;
    values[37] = 100 + 5 * 7.9;
    values[38] = 100 + 5 * 8.0;
    values[39] = 100 - 5 * 3.5;
    const AnomalyResult r = detectAnomalies(days, values);
    EXPECT_EQ(r.days[35].severity, AnomalySeverity::Low);
    EXPECT_EQ(r.days[36].severity, AnomalySeverity::Medium);
    EXPECT_EQ(r.days[37].severity, AnomalySeverity::Medium);
    EXPECT_EQ(r.days[38].severity, AnomalySeverity::High);
    EXPECT_TRUE(r.days[39].anomalous); // |score| ≥ threshold, inclusive
    EXPECT_EQ(r.days[39].direction, AnomalyDirection::Drop);
    AnomalyOptions strict;
    strict.threshold = 6;
    const AnomalyResult s = detectAnomalies(days, values, strict);
    EXPECT_EQ(anomalousDays(s), (std::vector<std::int64_t>{days[37], days[38]}));
    EXPECT_DOUBLE_EQ(s.days[37].upper, 100 + 6 * 5.0);
}

TEST(Anomalies, BadInputNamesTheRowOrOption)
{
    const std::vector<std::int64_t> days{1, 2, 2};
    const std::vector<double> values{1, 2, 3};
    EXPECT_EQ(errorOf([&] { detectAnomalies(days, values); }), "anomalies: day of row 2 is not after the day of row 1");
    EXPECT_EQ(errorOf([&] {
                  detectAnomalies(std::vector<std::int64_t>{1, 2}, values);
              }),
              "anomalies: 2 days but 3 values");
    EXPECT_EQ(errorOf([&] {
                  detectAnomalies(std::vector<std::int64_t>{1, 2, 3}, std::vector<double>{1, INFINITY, 3});
              }),
              "anomalies: value of row 1 is infinite");
    AnomalyOptions o;
    o.weeks = 0;
    EXPECT_EQ(errorOf([&] { detectAnomalies({}, {}, o); }), "anomalies: weeks must be 1 to 520, not 0");
    o = {};
    o.minHistory = 9;
    EXPECT_EQ(errorOf([&] { detectAnomalies({}, {}, o); }), "anomalies: minHistory must be 1 to weeks (8), not 9");
    o = {};
    o.threshold = 0;
    EXPECT_EQ(errorOf([&] { detectAnomalies({}, {}, o); }), "anomalies: threshold must be a positive number");
    o = {};
    o.scale = AnomalyScale::Count;
    EXPECT_EQ(errorOf([&] {
                  detectAnomalies(std::vector<std::int64_t>{1, 2}, std::vector<double>{1, -1}, o);
              }),
              "anomalies: value of row 1 is negative, which a count cannot be");
    o.unit = 0;
    EXPECT_EQ(errorOf([&] { detectAnomalies({}, {}, o); }), "anomalies: unit must be a positive number");
    EXPECT_TRUE(detectAnomalies({}, {}).days.empty());
}

TEST(Anomalies, StopsWhenAsked)
{
    std::atomic<bool> stop{true};
    KernelControl control;
    control.stop = &stop;
    EXPECT_NE(
        errorOf([&] { detectAnomalies(consecutiveDays(10), flatSeries(10, 1), {}, control); }, Error::Code::Cancelled),
        "no error");
}
