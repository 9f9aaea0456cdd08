#pragma once

#include "customers/ltv_history.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace kestrel::core {

/// UTC instants as microseconds since 1970-01-01 and calendar months as year * 12 + month - 1:
/// the arithmetic LtvAccumulator does on every order, with PostgreSQL's meaning.
namespace ltvtime {
/// "2025-03-01 10:20:30" or "2025-03-01 10:20:30.123456" (ISO timestamp text, UTC, years
/// 1000-9999) to microseconds; false when the text is not of that form.
bool parseTimestamp(const char* text, std::int64_t& micros);
/// "2025-03-01 10:20:30.123456+00" (the fraction only when non-zero).
std::string formatTimestamp(std::int64_t micros);
/// The calendar month (UTC) of an instant.
int monthIndex(std::int64_t micros);
/// "2025-03" for a month index.
std::string monthText(int monthIndex);
/// micros + months as PostgreSQL adds an interval of months to a timestamp: the day is kept, or
/// clamped to the target month's last day; the time of day is kept.
std::int64_t addMonths(std::int64_t micros, int months);
/// "123.45", "-0.5", "7" to cents (more than two decimals are cut); false when not a number.
bool parseCents(const char* text, std::int64_t& cents);
} // namespace ltvtime

/// One customer's result: the first purchase and the three horizon LTVs in cents (-1: not elapsed).
struct CustomerLtv {
    std::int64_t userId = 0;
    std::int64_t firstMicros = 0;
    std::array<std::int64_t, 3> cents{-1, -1, -1};
    int channel = 0;
};

/// Builds the LTV history from a customer's revenue orders fed in (user, time) order, in one pass
/// and with memory for the customers (not the orders): per customer the first purchase and horizon
/// sums; per (cohort month, channel, month offset) the revenue; per (cohort, offset) the customers
/// who bought. No database and no Qt: LtvHistoryBuilder feeds it from a cursor.
class LtvAccumulator {
public:
    static constexpr std::array<int, 3> kHorizonMonths{3, 6, 12};

    /// cutMicros: the as-of instant; orders fed must be before it.
    explicit LtvAccumulator(std::int64_t cutMicros);

    /// The index of a channel name, added on first use.
    int channelIndex(const std::string& name);
    const std::vector<std::string>& channelNames() const { return m_channelNames; }

    /// One revenue order. Orders come grouped by user and, within a user, by time ascending; the
    /// first order of a user is its first purchase. channel is a channelIndex().
    void add(std::int64_t userId, int channel, std::int64_t atMicros, std::int64_t cents);
    /// Closes the last customer; call once after the last add().
    void finish();

    /// Every customer, in the order fed.
    const std::vector<CustomerLtv>& customers() const { return m_customers; }

    /// Spend of one channel in one month (a crm.channel_spend row).
    struct Spend {
        int month = 0; ///< monthIndex
        std::string channel;
        std::int64_t cents = 0;
    };
    /// The history (without asOf and seconds): horizon summaries, the cohort table (latest
    /// maxCohorts months), channel curves and economics with the given spend rows (months that
    /// ended by the cut).
    LtvHistory result(const std::vector<Spend>& spend, std::size_t maxCohorts = 36) const;

private:
    struct Cell {
        std::int64_t customers = 0;
        std::vector<std::int64_t> revenue; ///< cents by month offset
    };
    struct Cohort {
        std::int64_t customers = 0;
        std::vector<std::int64_t> buyers; ///< customers with an order in that offset month
        std::vector<Cell> channels;       ///< by channel index
    };

    void closeCustomer();
    void addHorizons(LtvHistory& out) const;
    void addCohorts(LtvHistory& out, std::size_t maxCohorts) const;
    void addChannels(LtvHistory& out, const std::vector<Spend>& spend) const;
    /// Months since the cohort month that have fully elapsed by the cut, minus one (-1: none).
    int lastElapsedOffset(int cohortMonth) const { return m_cutMonth - cohortMonth - 1; }

    std::int64_t m_cut;
    int m_cutMonth;
    std::vector<std::string> m_channelNames;
    std::vector<CustomerLtv> m_customers;
    std::map<int, Cohort> m_cohorts; ///< by cohort monthIndex

    // The customer being fed.
    bool m_open = false;
    CustomerLtv m_current;
    std::array<std::int64_t, 3> m_ends{}; ///< horizon ends (micros)
    std::array<std::int64_t, 3> m_sums{}; ///< cents before each end
    int m_cohortMonth = 0;
    int m_lastOffset = -1;
    Cohort* m_cohort = nullptr;
};

} // namespace kestrel::core
