#include "synth/synth_calendar.h"

#include "synth/synth_random.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace kestrel::core {
namespace {

struct Civil {
    std::int64_t year;
    int month;
    int day;
};

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar
// and independent of the C library's time zone handling.
std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

void appendPadded(std::string& out, std::int64_t value, int width)
{
    std::string digits = std::to_string(value);
    if (static_cast<int>(digits.size()) < width)
        out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out += digits;
}

// Relative traffic by hour of day (UTC): quiet nights, a lunchtime bump, an evening peak.
constexpr double kHourWeights[24] = {0.35, 0.25, 0.18, 0.15, 0.15, 0.2,  0.35, 0.55, 0.75, 0.9,  1.0, 1.05,
                                     1.15, 1.1,  1.0,  1.0,  1.05, 1.15, 1.3,  1.45, 1.55, 1.45, 1.1, 0.7};
// Sunday first (1970-01-01 was a Thursday): shoppers browse more at weekends.
constexpr double kWeekdayWeights[7] = {1.18, 0.92, 0.94, 0.97, 1.0, 1.06, 1.22};

} // namespace

const char SynthCalendar::kPairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

SynthCalendar::SynthCalendar(std::int64_t lastDayNumber, int days) : m_first(lastDayNumber - days + 1), m_days(days)
{
    const int total = kLeadDays + days;
    m_dayText.reserve(static_cast<std::size_t>(total) * kDayTextSize);
    for (int i = 0; i < total; ++i) {
        const Civil c = civilFromDays(m_first - kLeadDays + i);
        appendPadded(m_dayText, c.year, 4);
        m_dayText += '-';
        appendPadded(m_dayText, c.month, 2);
        m_dayText += '-';
        appendPadded(m_dayText, c.day, 2);
        m_dayText += ' ';
    }

    m_activityCdf.assign(static_cast<std::size_t>(days) + 1, 0.0);
    m_signupCdf.assign(static_cast<std::size_t>(days) + 1, 0.0);
    for (int d = 0; d < days; ++d) {
        const double s = seasonality(d);
        // The audience grows over the window: later days bring more sign-ups.
        const double growth = 0.6 + 0.8 * (days > 1 ? static_cast<double>(d) / (days - 1) : 1.0);
        m_activityCdf[static_cast<std::size_t>(d) + 1] = m_activityCdf[static_cast<std::size_t>(d)] + s;
        m_signupCdf[static_cast<std::size_t>(d) + 1] = m_signupCdf[static_cast<std::size_t>(d)] + s * growth;
    }
    m_hourCdf.assign(25, 0.0);
    for (int h = 0; h < 24; ++h)
        m_hourCdf[static_cast<std::size_t>(h) + 1] = m_hourCdf[static_cast<std::size_t>(h)] + kHourWeights[h];
}

double SynthCalendar::seasonality(int day) const
{
    const std::int64_t n = m_first + day;
    const Civil c = civilFromDays(n);
    const double doy = static_cast<double>(n - daysFromCivil(c.year, 1, 1));
    // Yearly wave peaking in mid-December, low in early summer.
    double yearly = 1.0 + 0.18 * std::cos(2.0 * 3.14159265358979323846 * (doy - 350.0) / 365.25);
    if (c.month == 11 && c.day >= 24)
        yearly += 0.6; // Black Friday week
    else if (c.month == 12 && c.day <= 22)
        yearly += 0.2; // holiday shopping
    const auto weekday = static_cast<std::size_t>(((n % 7) + 7 + 4) % 7);
    return yearly * kWeekdayWeights[weekday] * incidentFactor(day);
}

double SynthCalendar::incidentFactor(int day) const
{
    // Incidents need the eight weeks before them for a weekday baseline, so short histories have none.
    if (m_days < kIncidentMinDays)
        return 1.0;
    const int fromEnd = m_days - 1 - day;
    if (fromEnd == kOutageDaysBeforeEnd)
        return 0.3; // the shop was down most of the day
    if (fromEnd == kPromoDaysBeforeEnd)
        return 1.9; // a promotion drew nearly twice the usual traffic
    if (m_days >= kOldOutageMinDays && fromEnd == kOldOutageDaysBeforeEnd)
        return 0.45;
    return 1.0;
}

std::optional<std::int64_t> SynthCalendar::parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t from, std::size_t len) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    const std::int64_t n = daysFromCivil(y, m, d);
    const Civil back = civilFromDays(n);
    if (back.month != m || back.day != d) // e.g. 2025-02-30
        return std::nullopt;
    return n;
}

std::int64_t SynthCalendar::todayUtc()
{
    using namespace std::chrono;
    return std::chrono::floor<std::chrono::days>(system_clock::now()).time_since_epoch().count();
}

std::string SynthCalendar::formatDate(std::int64_t dayNumber)
{
    const Civil c = civilFromDays(dayNumber);
    std::string out;
    appendPadded(out, c.year, 4);
    out += '-';
    appendPadded(out, c.month, 2);
    out += '-';
    appendPadded(out, c.day, 2);
    return out;
}

int SynthCalendar::sampleCdf(const std::vector<double>& cdf, double u, int lo, int hi)
{
    const double a = cdf[static_cast<std::size_t>(lo)];
    const double b = cdf[static_cast<std::size_t>(hi) + 1];
    const double target = a + u * (b - a);
    const auto first = cdf.begin() + lo + 1;
    const auto last = cdf.begin() + hi + 1;
    const auto it = std::upper_bound(first, last, target);
    return std::clamp(static_cast<int>(it - cdf.begin()) - 1, lo, hi);
}

int SynthCalendar::sampleActivityDay(SynthRandom& rng, int lo, int hi) const
{
    return sampleCdf(m_activityCdf, rng.uniform(), lo, hi);
}

int SynthCalendar::sampleSignupDay(SynthRandom& rng) const
{
    return sampleCdf(m_signupCdf, rng.uniform(), 0, m_days - 1);
}

int SynthCalendar::sampleSecondOfDay(SynthRandom& rng) const
{
    const int hour = sampleCdf(m_hourCdf, rng.uniform(), 0, 23);
    return hour * 3600 + static_cast<int>(rng.below(3600));
}

} // namespace kestrel::core
