#pragma once

#include "synth/synth_user.h"
#include "synth/synth_user_model.h"

#include <cstdint>
#include <functional>

namespace kestrel::core {

/// Walks the users in id order, giving each its share of the event budget and its ids. The
/// shares come from integer weights, so the total is exactly the target and every pass that
/// walks the users again hands out the same counts and ids.
class SynthCursor {
public:
    /// Sum of all users' weights: one cheap pass over the profiles. tick(usersDone) is called
    /// now and then so a caller can report progress or stop.
    static std::uint64_t totalWeight(const SynthUserModel& model, std::int64_t users,
                                     const std::function<void(std::int64_t)>& tick = {});

    SynthCursor(const SynthUserModel& model, std::int64_t users, std::int64_t events, std::uint64_t totalWeight);

    /// Simulates the next user to the given depth; false after the last one.
    bool next(SynthUserModel::Depth depth);
    const SynthUser& user() const { return m_user; }
    std::int64_t usersDone() const { return m_nextId - 1; }
    const SynthUserModel::Ids& ids() const { return m_ids; }

private:
    const SynthUserModel& m_model;
    std::int64_t m_users;
    std::int64_t m_events;
    std::uint64_t m_totalWeight;
    std::uint64_t m_weightSoFar = 0;
    std::int64_t m_eventsSoFar = 0;
    std::int64_t m_nextId = 1;
    SynthUserModel::Ids m_ids;
    SynthUser m_user;
};

} // namespace kestrel::core
