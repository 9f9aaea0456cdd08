#pragma once

#include "synth/synth_user.h"

#include <cstdint>

namespace kestrel::core {

class SynthCalendar;
class SynthCatalog;

/// Simulates one customer from seeds derived from (seed, user id) alone: the profile (who, when
/// they signed up, how active, whether they buy, churn or just arrived), the sessions spread over
/// the active days with weekly and yearly seasonality, the orders those sessions end in, and the
/// events. Separate streams per stage let a pass stop at the stage it needs and still agree with
/// the other passes on everything it does produce.
class SynthUserModel {
public:
    enum class Depth { Plan, Orders, Events };
    /// Running id counters, carried from user to user in user order.
    struct Ids {
        std::int64_t nextEvent = 1;
        std::int64_t nextOrder = 1;
        std::int64_t nextSession = 1;
    };

    /// Users active no later than this many days before the end count as churned.
    static constexpr int kQuietDays = 30;
    /// Users who signed up this close to the end are cold-start users: a few events, no orders.
    static constexpr int kColdStartDays = 7;

    SynthUserModel(std::uint64_t seed, const SynthCalendar& calendar, const SynthCatalog& catalog);

    /// Fills the profile of user id, including its weight in the event budget.
    void profile(std::int64_t id, SynthUser& user) const;
    /// Plans eventCount events for a profiled user and, per depth, its orders and events; advances ids.
    void simulate(SynthUser& user, std::int64_t eventCount, Depth depth, Ids& ids) const;

private:
    void plan(SynthUser& user) const;
    void buildOrders(SynthUser& user, std::int64_t firstOrderId) const;
    void buildEvents(SynthUser& user, std::int64_t firstEventId) const;

    std::uint64_t m_seed;
    const SynthCalendar& m_calendar;
    const SynthCatalog& m_catalog;
    int m_lastYear;
};

} // namespace kestrel::core
