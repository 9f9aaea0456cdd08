#pragma once

#include "synth/synth_user.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core {

class SynthCalendar;

/// Acquisition spend for the generated months (crm.channel_spend): for every calendar month of the
/// window and every channel but organic (which costs nothing and gets no rows), the customers the
/// channel brought that month (their first paid, shipped or delivered order) times the channel's
/// CAC, plus a quarter of a CAC for running the channel at all, times ±15 % noise per month.
///
/// The CACs are fixed multiples of the generated customers' mean first-year revenue (the revenue of
/// the 365 days from the first purchase, as far as the window reaches), so LTV:CAC tells the same
/// story whatever --users, --events or --days: email and referral far above 3x, telegram about 3x,
/// affiliate and social in between, paid search below 1x. Deterministic for (seed, window): the
/// noise of a month and channel comes from its own stream.
class SynthSpend {
public:
    SynthSpend(std::uint64_t seed, const SynthCalendar& calendar);

    /// Counts a simulated user (orders built) if it became a customer in the window.
    void addCustomer(const SynthUser& user);

    struct Row {
        std::string month; ///< "2026-03-01"
        SynthUser::Channel channel;
        std::int64_t cents;
    };
    /// One row per window month and paid channel, months ascending.
    std::vector<Row> rows() const;

    /// CAC as a multiple of the mean first-year revenue per customer, by SynthUser::Channel.
    static double cacFactor(SynthUser::Channel channel);

private:
    static constexpr std::size_t kChannels = 7;
    std::uint64_t m_seed;
    std::vector<int> m_monthOfDay;                                ///< window day -> month number (0 = the first month)
    std::vector<std::string> m_monthText;                         ///< month number -> first day
    std::vector<std::array<std::int64_t, kChannels>> m_customers; ///< [month][channel]
    std::int64_t m_firstYearCents = 0;
    std::int64_t m_customerCount = 0;
};

} // namespace kestrel::core
