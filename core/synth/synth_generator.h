#pragma once

#include <cstdint>
#include <string>

namespace kestrel::core {

class JobContext;

/// Options of `kestrel generate`.
struct SynthOptions {
    std::int64_t users = 1000;
    std::int64_t products = 100;
    int days = 180;                 ///< history length, ending at endDate
    std::int64_t events = 0;        ///< target event count; 0 = 50 per user
    std::uint64_t seed = 42;
    std::string endDate;            ///< "YYYY-MM-DD" (UTC, inclusive); empty = today
    bool replace = false;           ///< wipe the customer tables first (else refuse a non-empty crm.users)
};

/// What a run produced, per table, with the time each COPY took.
struct SynthReport {
    std::int64_t users = 0, products = 0, prices = 0, orders = 0, orderItems = 0, events = 0;
    std::int64_t channelSpend = 0; ///< crm.channel_spend rows: window months x paid channels
    double usersSeconds = 0, productsSeconds = 0, ordersSeconds = 0, itemsSeconds = 0, eventsSeconds = 0;
    double totalSeconds = 0;
    std::string firstDay, lastDay;  ///< UTC dates covered
    long long loadId = 0;           ///< row in ops.loads
};

/// Fills crm.users, crm.products, crm.product_prices, crm.orders, crm.order_items, crm.events and
/// crm.channel_spend (acquisition spend per month and paid channel, see SynthSpend) through COPY, in one transaction (a cancel or error leaves nothing behind), deterministic for
/// (seed, endDate). Memory stays flat: each user's history is simulated from its own seeded RNG,
/// so every table is streamed in one pass without holding the data set.
class SynthGenerator {
public:
    explicit SynthGenerator(SynthOptions options);
    /// Validates options; throws Error(InvalidArgument) naming the option.
    void validate() const;
    SynthReport run(JobContext& ctx);

private:
    SynthOptions m_options;
};

}  // namespace kestrel::core
