#include "customers/ltv_accumulator.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace kestrel::core {
namespace ltvtime {
namespace {

constexpr std::int64_t kMicrosPerDay = 86'400'000'000;

// Days since 1970-01-01 of a proleptic Gregorian date and back (H. Hinnant's algorithms).
constexpr std::int64_t daysFromCivil(std::int64_t y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const auto mp = static_cast<unsigned>(m > 2 ? m - 3 : m + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
    std::int64_t year;
    int month, day;
};

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(11017).year == 2000 && civilFromDays(11017).month == 3);

constexpr bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(std::int64_t y, int m)
{
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

bool digits(const char*& p, int count, int& value)
{
    value = 0;
    for (int i = 0; i < count; ++i, ++p) {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + (*p - '0');
    }
    return true;
}

} // namespace

bool parseTimestamp(const char* text, std::int64_t& micros)
{
    const char* p = text;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(p, 4, y) || *p++ != '-' || !digits(p, 2, mo) || *p++ != '-' || !digits(p, 2, d) || *p++ != ' ' ||
        !digits(p, 2, h) || *p++ != ':' || !digits(p, 2, mi) || *p++ != ':' || !digits(p, 2, s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return false;
    std::int64_t fraction = 0;
    if (*p == '.') {
        ++p;
        int n = 0;
        for (; *p >= '0' && *p <= '9'; ++p, ++n) {
            if (n >= 6)
                return false;
            fraction = fraction * 10 + (*p - '0');
        }
        if (n == 0)
            return false;
        for (; n < 6; ++n)
            fraction *= 10;
    }
    if (*p != '\0')
        return false;
    micros = daysFromCivil(y, mo, d) * kMicrosPerDay + ((h * 60 + mi) * 60 + s) * std::int64_t{1'000'000} + fraction;
    return true;
}

std::string formatTimestamp(std::int64_t micros)
{
    const std::int64_t days = floorDiv(micros, kMicrosPerDay);
    const std::int64_t inDay = micros - days * kMicrosPerDay;
    const Civil c = civilFromDays(days);
    const auto seconds = static_cast<int>(inDay / 1'000'000);
    const auto fraction = static_cast<int>(inDay % 1'000'000);
    // Written by hand: a million of these go into the stage table, and snprintf was a tenth of the time.
    char buf[40];
    char* p = buf;
    auto put = [&p](int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            p[i] = static_cast<char>('0' + value % 10);
        p += width;
    };
    put(static_cast<int>(c.year), 4);
    *p++ = '-';
    put(c.month, 2);
    *p++ = '-';
    put(c.day, 2);
    *p++ = ' ';
    put(seconds / 3600, 2);
    *p++ = ':';
    put(seconds / 60 % 60, 2);
    *p++ = ':';
    put(seconds % 60, 2);
    if (fraction != 0) {
        *p++ = '.';
        put(fraction, 6);
    }
    *p++ = '+';
    *p++ = '0';
    *p++ = '0';
    return std::string(buf, static_cast<std::size_t>(p - buf));
}

int monthIndex(std::int64_t micros)
{
    const Civil c = civilFromDays(floorDiv(micros, kMicrosPerDay));
    return static_cast<int>(c.year * 12 + c.month - 1);
}

std::string monthText(int monthIndex)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", monthIndex / 12, monthIndex % 12 + 1);
    return buf;
}

std::int64_t addMonths(std::int64_t micros, int months)
{
    const std::int64_t days = floorDiv(micros, kMicrosPerDay);
    const std::int64_t inDay = micros - days * kMicrosPerDay;
    const Civil c = civilFromDays(days);
    const std::int64_t index = c.year * 12 + c.month - 1 + months;
    const std::int64_t year = floorDiv(index, 12);
    const int month = static_cast<int>(index - year * 12) + 1;
    const int day = std::min(c.day, daysInMonth(year, month));
    return daysFromCivil(year, month, day) * kMicrosPerDay + inDay;
}

bool parseCents(const char* text, std::int64_t& cents)
{
    const char* p = text;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    std::int64_t whole = 0;
    int n = 0;
    for (; *p >= '0' && *p <= '9'; ++p, ++n) {
        if (whole > std::numeric_limits<std::int64_t>::max() / 1000)
            return false;
        whole = whole * 10 + (*p - '0');
    }
    std::int64_t fraction = 0;
    if (*p == '.') {
        ++p;
        int f = 0;
        for (; *p >= '0' && *p <= '9'; ++p, ++f, ++n)
            if (f < 2)
                fraction = fraction * 10 + (*p - '0');
        for (; f < 2; ++f)
            fraction *= 10;
    }
    if (n == 0 || *p != '\0')
        return false;
    cents = (negative ? -1 : 1) * (whole * 100 + fraction);
    return true;
}

} // namespace ltvtime

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double money(std::int64_t cents)
{
    return static_cast<double>(cents) / 100.0;
}

// PostgreSQL's percentile_cont: linear interpolation between the values at floor and ceil of
// p * (n - 1), on ascending values.
double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return kNaN;
    const double pos = p * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = static_cast<std::size_t>(std::ceil(pos));
    const double first = sorted[lo];
    const double second = sorted[hi];
    return first + (second - first) * (pos - static_cast<double>(lo));
}

// Bucket edges: multiples of a "nice" step, the smallest of 1, 2, 2.5, 5 and 10 times a power of
// ten that is at least raw. Edge i is computed as i * mantissa scaled by an exact power of ten, so
// edges print as 0.3 rather than 0.30000000000000004.
class NiceEdges {
public:
    explicit NiceEdges(double raw)
    {
        m_exponent = static_cast<int>(std::floor(std::log10(raw)));
        const double scale = std::pow(10.0, m_exponent);
        m_mantissa = 10;
        for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (f * scale >= raw * (1 - 1e-12)) {
                m_mantissa = f;
                break;
            }
    }
    double edge(int i) const
    {
        const double units = i * m_mantissa;
        return m_exponent >= 0 ? units * std::pow(10.0, m_exponent) : units / std::pow(10.0, -m_exponent);
    }

private:
    double m_mantissa = 1;
    int m_exponent = 0;
};

} // namespace

LtvAccumulator::LtvAccumulator(std::int64_t cutMicros) : m_cut(cutMicros), m_cutMonth(ltvtime::monthIndex(cutMicros))
{
}

int LtvAccumulator::channelIndex(const std::string& name)
{
    const auto it = std::find(m_channelNames.begin(), m_channelNames.end(), name);
    if (it != m_channelNames.end())
        return static_cast<int>(it - m_channelNames.begin());
    m_channelNames.push_back(name);
    return static_cast<int>(m_channelNames.size() - 1);
}

void LtvAccumulator::add(std::int64_t userId, int channel, std::int64_t atMicros, std::int64_t cents)
{
    if (!m_open || userId != m_current.userId) {
        closeCustomer();
        m_open = true;
        m_current = CustomerLtv{};
        m_current.userId = userId;
        m_current.firstMicros = atMicros;
        m_current.channel = channel;
        for (std::size_t h = 0; h < kHorizonMonths.size(); ++h) {
            m_ends[h] = ltvtime::addMonths(atMicros, kHorizonMonths[h]);
            m_sums[h] = 0;
        }
        m_cohortMonth = ltvtime::monthIndex(atMicros);
        m_lastOffset = -1;
        m_cohort = &m_cohorts[m_cohortMonth];
        ++m_cohort->customers;
        if (m_cohort->channels.size() <= static_cast<std::size_t>(channel))
            m_cohort->channels.resize(static_cast<std::size_t>(channel) + 1);
        ++m_cohort->channels[static_cast<std::size_t>(channel)].customers;
    } else if (atMicros < m_current.firstMicros) {
        throw Error(Error::Code::Internal, "LTV orders are not in time order within a customer");
    }
    for (std::size_t h = 0; h < kHorizonMonths.size(); ++h)
        if (atMicros < m_ends[h])
            m_sums[h] += cents;
    // Offsets never go down within a customer (time order), so a change means a new buying month.
    const auto offset = static_cast<std::size_t>(ltvtime::monthIndex(atMicros) - m_cohortMonth);
    if (m_cohort->buyers.size() <= offset)
        m_cohort->buyers.resize(offset + 1, 0);
    if (static_cast<int>(offset) != m_lastOffset) {
        ++m_cohort->buyers[offset];
        m_lastOffset = static_cast<int>(offset);
    }
    auto& revenue = m_cohort->channels[static_cast<std::size_t>(m_current.channel)].revenue;
    if (revenue.size() <= offset)
        revenue.resize(offset + 1, 0);
    revenue[offset] += cents;
}

void LtvAccumulator::finish()
{
    closeCustomer();
}

void LtvAccumulator::closeCustomer()
{
    if (!m_open)
        return;
    for (std::size_t h = 0; h < kHorizonMonths.size(); ++h)
        m_current.cents[h] = m_ends[h] <= m_cut ? m_sums[h] : -1;
    m_customers.push_back(m_current);
    m_open = false;
}

LtvHistory LtvAccumulator::result(const std::vector<Spend>& spend, std::size_t maxCohorts) const
{
    LtvHistory out;
    out.customers = static_cast<std::int64_t>(m_customers.size());
    addHorizons(out);
    addCohorts(out, maxCohorts);
    addChannels(out, spend);
    return out;
}

void LtvAccumulator::addHorizons(LtvHistory& out) const
{
    std::array<std::vector<double>, 3> values;
    std::array<std::int64_t, 3> totals{};
    for (const auto& c : m_customers)
        for (std::size_t h = 0; h < 3; ++h)
            if (c.cents[h] >= 0) {
                values[h].push_back(money(c.cents[h]));
                totals[h] += c.cents[h];
            }
    double top = -1; // the largest p99: where the finite bucket edges end
    for (std::size_t h = 0; h < 3; ++h) {
        LtvHorizonSummary& s = out.horizons[h];
        std::vector<double>& v = values[h];
        std::sort(v.begin(), v.end());
        const auto n = static_cast<std::int64_t>(v.size());
        s.months = kHorizonMonths[h];
        s.customers = n;
        s.excluded = out.customers - n;
        s.total = money(totals[h]);
        s.mean = n > 0 ? s.total / static_cast<double>(n) : kNaN;
        s.p25 = percentile(v, 0.25);
        s.median = percentile(v, 0.5);
        s.p75 = percentile(v, 0.75);
        s.p90 = percentile(v, 0.9);
        s.p95 = percentile(v, 0.95);
        s.p99 = percentile(v, 0.99);
        // The top 10 %: the ceil(n / 10) largest values.
        std::int64_t topCents = 0;
        const std::int64_t k = (n + 9) / 10;
        std::vector<std::int64_t> cents;
        cents.reserve(v.size());
        for (const auto& c : m_customers)
            if (c.cents[h] >= 0)
                cents.push_back(c.cents[h]);
        if (k > 0) {
            std::nth_element(cents.begin(), cents.begin() + (k - 1), cents.end(), std::greater<>());
            for (std::int64_t i = 0; i < k; ++i)
                topCents += cents[static_cast<std::size_t>(i)];
        }
        s.top10Share = totals[h] > 0 ? static_cast<double>(topCents) / static_cast<double>(totals[h]) : kNaN;
        if (n > 0)
            top = std::max(top, s.p99);
    }

    // Shared edges: 0, step, 2 step … up to about the largest p99, and one open-ended bucket above.
    if (top < 0)
        return;
    std::vector<double> lower{0.0};
    if (top > 0) {
        const NiceEdges edges(top / 11);
        for (int i = 1; lower.back() < top; ++i)
            lower.push_back(edges.edge(i));
    }
    for (std::size_t h = 0; h < 3; ++h) {
        LtvHorizonSummary& s = out.horizons[h];
        for (std::size_t i = 0; i < lower.size(); ++i)
            s.buckets.push_back(
                {lower[i], i + 1 < lower.size() ? lower[i + 1] : std::numeric_limits<double>::infinity(), 0});
        for (const double x : values[h]) {
            // upper_bound: the first edge above x; the bucket is the one before it.
            const auto it = std::upper_bound(lower.begin(), lower.end(), x);
            const auto b = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, it - lower.begin() - 1));
            ++s.buckets[b].customers;
        }
    }
}

void LtvAccumulator::addCohorts(LtvHistory& out, std::size_t maxCohorts) const
{
    CohortTable& t = out.cohorts;
    // Only the latest maxCohorts acquisition months: a cohort table wider than three years is
    // not read row by row, and the channel curves below still use every cohort.
    auto first = m_cohorts.begin();
    if (m_cohorts.size() > maxCohorts)
        std::advance(first, static_cast<std::ptrdiff_t>(m_cohorts.size() - maxCohorts));
    if (first == m_cohorts.end())
        return;
    t.maxOffset = std::max(0, lastElapsedOffset(first->first));
    for (auto it = first; it != m_cohorts.end(); ++it) {
        const auto& [month, cohort] = *it;
        t.months.push_back(ltvtime::monthText(month));
        t.sizes.push_back(cohort.customers);
        const int elapsed = lastElapsedOffset(month);
        const auto size = static_cast<double>(cohort.customers);
        std::vector<double> revenue(static_cast<std::size_t>(t.maxOffset) + 1, kNaN);
        std::vector<double> retention(revenue.size(), kNaN);
        std::int64_t cumulative = 0;
        for (int k = 0; k <= std::min(elapsed, t.maxOffset); ++k) {
            const auto uk = static_cast<std::size_t>(k);
            for (const auto& cell : cohort.channels)
                if (uk < cell.revenue.size())
                    cumulative += cell.revenue[uk];
            revenue[uk] = money(cumulative) / size;
            retention[uk] = static_cast<double>(uk < cohort.buyers.size() ? cohort.buyers[uk] : 0) / size;
        }
        t.revenuePerCustomer.push_back(std::move(revenue));
        t.retention.push_back(std::move(retention));
    }
}

void LtvAccumulator::addChannels(LtvHistory& out, const std::vector<Spend>& spend) const
{
    const std::size_t channels = m_channelNames.size();
    std::vector<ChannelLtv> all(channels);
    std::vector<std::array<std::int64_t, 3>> sums(channels), counts(channels);
    for (std::size_t ch = 0; ch < channels; ++ch)
        all[ch].channel = m_channelNames[ch];
    for (const auto& c : m_customers) {
        const auto ch = static_cast<std::size_t>(c.channel);
        ++all[ch].customers;
        for (std::size_t h = 0; h < 3; ++h)
            if (c.cents[h] >= 0) {
                sums[ch][h] += c.cents[h];
                ++counts[ch][h];
            }
    }
    for (std::size_t ch = 0; ch < channels; ++ch) {
        ChannelLtv& c = all[ch];
        std::array<double*, 3> means{&c.ltv3, &c.ltv6, &c.ltv12};
        for (std::size_t h = 0; h < 3; ++h)
            if (counts[ch][h] > 0)
                *means[h] = money(sums[ch][h]) / static_cast<double>(counts[ch][h]);

        // Curve: pooled over the cohorts that have fully reached each offset.
        std::vector<std::int64_t> cumulative; // per cohort, the running revenue
        for (int k = 0;; ++k) {
            std::int64_t revenue = 0, customers = 0;
            std::size_t i = 0;
            for (const auto& [month, cohort] : m_cohorts) {
                if (cumulative.size() <= i)
                    cumulative.push_back(0);
                if (ch < cohort.channels.size() && cohort.channels[ch].customers > 0 && k <= lastElapsedOffset(month)) {
                    const Cell& cell = cohort.channels[ch];
                    if (static_cast<std::size_t>(k) < cell.revenue.size())
                        cumulative[i] += cell.revenue[static_cast<std::size_t>(k)];
                    revenue += cumulative[i];
                    customers += cell.customers;
                }
                ++i;
            }
            if (customers == 0)
                break;
            c.curve.push_back(money(revenue) / static_cast<double>(customers));
        }

        // Spend and CAC over the months with spend rows.
        std::int64_t spendCents = 0;
        bool known = false;
        for (const Spend& s : spend) {
            if (s.channel != c.channel)
                continue;
            known = true;
            spendCents += s.cents;
            const auto it = m_cohorts.find(s.month);
            if (it != m_cohorts.end() && ch < it->second.channels.size())
                c.spendCustomers += it->second.channels[ch].customers;
        }
        if (known) {
            c.spend = money(spendCents);
            if (c.spendCustomers > 0)
                c.cac = c.spend / static_cast<double>(c.spendCustomers);
        }
        if (!std::isnan(c.cac))
            for (std::size_t k = 0; k < c.curve.size(); ++k)
                if (c.curve[k] >= c.cac) {
                    c.paybackMonth = static_cast<int>(k);
                    break;
                }
    }
    for (auto& c : all)
        if (c.customers > 0)
            out.channels.push_back(std::move(c));
    std::stable_sort(out.channels.begin(), out.channels.end(), [](const ChannelLtv& a, const ChannelLtv& b) {
        return a.customers != b.customers ? a.customers > b.customers : a.channel < b.channel;
    });
}

} // namespace kestrel::core
