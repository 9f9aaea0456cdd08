#include "synth/synth_spend.h"

#include "synth/synth_calendar.h"
#include "synth/synth_random.h"

#include <cmath>

namespace kestrel::core {
namespace {

constexpr std::uint64_t kSpendStream = 0x5eed5; // apart from the per-user streams (1..4)
constexpr int kFirstYearDays = 365;
constexpr double kNoiseSigma = 0.15;
constexpr double kRunningCost = 0.25; // in CACs per month, with or without customers

// By SynthUser::Channel: organic, paid_search, social, affiliate, email, referral, telegram. A
// channel's 12-month LTV:CAC is about 1 / factor (first-year revenue / CAC).
constexpr double kCacFactors[] = {0.0, 2.2, 0.8, 0.45, 0.12, 0.2, 0.3};

bool isRevenue(SynthUser::OrderStatus s)
{
    using S = SynthUser::OrderStatus;
    return s == S::Paid || s == S::Shipped || s == S::Delivered;
}

} // namespace

SynthSpend::SynthSpend(std::uint64_t seed, const SynthCalendar& calendar) : m_seed(seed)
{
    std::string current;
    for (int day = 0; day < calendar.days(); ++day) {
        const std::string month = SynthCalendar::formatDate(calendar.dayNumber(day)).substr(0, 7);
        if (month != current) {
            current = month;
            m_monthText.push_back(month + "-01");
        }
        m_monthOfDay.push_back(static_cast<int>(m_monthText.size()) - 1);
    }
    m_customers.assign(m_monthText.size(), {});
}

double SynthSpend::cacFactor(SynthUser::Channel channel)
{
    return kCacFactors[static_cast<std::size_t>(channel)];
}

void SynthSpend::addCustomer(const SynthUser& user)
{
    const SynthUser::Order* first = nullptr;
    for (const auto& o : user.orders)
        if (isRevenue(o.status) && (!first || o.day < first->day)) // orders come in time order
            first = &o;
    if (!first || first->day < 0 || first->day >= static_cast<int>(m_monthOfDay.size()))
        return;
    ++m_customers[static_cast<std::size_t>(m_monthOfDay[static_cast<std::size_t>(first->day)])]
                 [static_cast<std::size_t>(user.channel)];
    for (const auto& o : user.orders)
        if (isRevenue(o.status) && o.day < first->day + kFirstYearDays)
            m_firstYearCents += o.totalCents;
    ++m_customerCount;
}

std::vector<SynthSpend::Row> SynthSpend::rows() const
{
    std::vector<Row> out;
    const double firstYear =
        m_customerCount > 0 ? static_cast<double>(m_firstYearCents) / static_cast<double>(m_customerCount) : 0.0;
    for (std::size_t m = 0; m < m_monthText.size(); ++m)
        for (std::size_t c = 1; c < kChannels; ++c) { // 0 = organic: no spend
            SynthRandom rng(SynthRandom::mix(m_seed, kSpendStream + m, c));
            const double cac = firstYear * kCacFactors[c];
            const double customers = static_cast<double>(m_customers[m][c]) + kRunningCost;
            const auto cents = std::llround(cac * customers * rng.lognormal(0, kNoiseSigma));
            out.push_back({m_monthText[m], static_cast<SynthUser::Channel>(c), static_cast<std::int64_t>(cents)});
        }
    return out;
}

} // namespace kestrel::core
