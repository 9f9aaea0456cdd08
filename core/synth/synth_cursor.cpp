#include "synth/synth_cursor.h"

namespace kestrel::core {

std::uint64_t SynthCursor::totalWeight(const SynthUserModel& model, std::int64_t users,
                                       const std::function<void(std::int64_t)>& tick)
{
    SynthUser user;
    std::uint64_t total = 0;
    for (std::int64_t id = 1; id <= users; ++id) {
        model.profile(id, user);
        total += user.weight;
        if (tick && (id & 0xFFFF) == 0)
            tick(id);
    }
    return total;
}

SynthCursor::SynthCursor(const SynthUserModel& model, std::int64_t users, std::int64_t events,
                         std::uint64_t totalWeight)
    : m_model(model), m_users(users), m_events(events), m_totalWeight(totalWeight == 0 ? 1 : totalWeight)
{
}

bool SynthCursor::next(SynthUserModel::Depth depth)
{
    if (m_nextId > m_users)
        return false;
    m_model.profile(m_nextId++, m_user);
    m_weightSoFar += m_user.weight;
    // floor(E * W_cum / W) at each step: the counts telescope to exactly E over all users.
    __extension__ using U128 = unsigned __int128;
    const auto upTo = static_cast<std::int64_t>(static_cast<U128>(static_cast<std::uint64_t>(m_events)) *
                                                m_weightSoFar / m_totalWeight);
    const std::int64_t count = upTo - m_eventsSoFar;
    m_eventsSoFar = upTo;
    m_model.simulate(m_user, count, depth, m_ids);
    return true;
}

} // namespace kestrel::core
