#pragma once

#include "analytics/kernel_control.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// buildFeedback's endDay when every interaction counts.
inline constexpr std::int32_t kNoEndDay = 2147483647;

/// What a user did with an item. The numeric values are stable (tests and services use them).
enum class InteractionKind : std::uint8_t { View = 0, Cart = 1, Purchase = 2 };

/// One implicit-feedback observation: user `user` (0-based index) did `kind` with item `item` (0-based
/// index) on day `day` (days since 1970-01-01, UTC) `count` times. A service may pass one row per
/// event (count 1) or one row per (user, item, kind, day) with the number of events; both give the
/// same weights. The purchased quantity is deliberately not a weight: a wholesale buyer of 500 units
/// is one purchase, not 500.
struct Interaction {
    std::int32_t user = 0;
    std::int32_t item = 0;
    std::int32_t day = 0;
    std::uint16_t count = 1; ///< ≥ 1
    InteractionKind kind = InteractionKind::View;
};

/// Implicit feedback weights: each event adds weight(kind) × 2^(−age / halfLifeDays), age = as-of day
/// − event day (a half-life of 0 = no decay).
struct FeedbackWeights {
    double view = 1;
    double cart = 3;
    double purchase = 5;
    double halfLifeDays = 60;

    double of(InteractionKind kind) const
    {
        return kind == InteractionKind::Purchase ? purchase : kind == InteractionKind::Cart ? cart : view;
    }
};

/// A (user, item) cell of the feedback matrix.
struct FeedbackEntry {
    std::int32_t item = 0;
    float weight = 0;                          ///< the decayed, kind-weighted sum of the user's events with the item
    std::uint8_t flags = 0;                    ///< kBought, kRepeat
    static constexpr std::uint8_t kBought = 1; ///< the user bought the item (at least once)
    static constexpr std::uint8_t kRepeat = 2; ///< … on two or more distinct days
};

/// The users × items feedback matrix in compressed rows: user u's items are
/// entries[rowStart[u] .. rowStart[u + 1]), ascending by item.
struct FeedbackMatrix {
    std::int32_t users = 0;
    std::int32_t items = 0;
    std::vector<std::int64_t> rowStart; ///< users + 1 offsets
    std::vector<FeedbackEntry> entries;

    std::span<const FeedbackEntry> row(std::int32_t user) const
    {
        const auto b = static_cast<std::size_t>(rowStart[static_cast<std::size_t>(user)]);
        const auto e = static_cast<std::size_t>(rowStart[static_cast<std::size_t>(user) + 1]);
        return {entries.data() + b, e - b};
    }
};

/// Sums the interactions into the feedback matrix as of asOfDay (interactions may come in any order);
/// interactions on or after endDay are left out (a time split trains on the days before its cut).
/// Throws Error(InvalidArgument) naming the 0-based interaction for a user or item index out of range, a
/// count of 0, or a day after asOfDay (among those before endDay); also for negative weights or
/// half-life. Error(Cancelled) when stopped. threads 0 = all hardware threads.
FeedbackMatrix buildFeedback(std::span<const Interaction> interactions, std::int32_t users, std::int32_t items,
                             std::int32_t asOfDay, const FeedbackWeights& weights, int threads = 0,
                             const KernelControl& control = {}, std::int32_t endDay = kNoEndDay);

/// The decay factor 2^(−age / halfLifeDays) (1 when halfLifeDays is 0).
double decayFactor(double ageDays, double halfLifeDays);

} // namespace kestrel::core::analytics
