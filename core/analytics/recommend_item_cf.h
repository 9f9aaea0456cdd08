#pragma once

#include "analytics/kernel_control.h"
#include "analytics/recommend_feedback.h"

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// Options of the item-to-item similarity.
struct ItemCfOptions {
    int neighbours = 50;   ///< K: the most similar items kept per item
    int maxUserItems = 30; ///< M: a user's heaviest items taken into the co-occurrence pass (and scoring)
    /// Shrinkage of the cosine towards 0 for pairs seen by few users: sim = dot / (‖i‖·‖j‖ + shrink).
    double shrink = 1.0;
    int threads = 0; ///< 0 = all hardware threads
};

/// Each item's K most similar items, best first, in compressed rows: item i's neighbours are
/// item[start[i] .. start[i + 1]) with similarity sim[…] (> 0, descending; ties by item index).
struct ItemNeighbours {
    std::int32_t items = 0;
    std::vector<std::int64_t> start;
    std::vector<std::int32_t> item;
    std::vector<float> sim;

    std::span<const std::int32_t> itemsOf(std::int32_t i) const
    {
        const auto b = static_cast<std::size_t>(start[static_cast<std::size_t>(i)]);
        return {item.data() + b, static_cast<std::size_t>(start[static_cast<std::size_t>(i) + 1]) - b};
    }
    std::span<const float> simsOf(std::int32_t i) const
    {
        const auto b = static_cast<std::size_t>(start[static_cast<std::size_t>(i)]);
        return {sim.data() + b, static_cast<std::size_t>(start[static_cast<std::size_t>(i) + 1]) - b};
    }
};

/// The entries of a user's row taken into account: all of them when there are at most maxItems,
/// else the maxItems heaviest (ties: lower item index), in ascending item order. Bounds the
/// quadratic cost of heavy users (crawlers, wholesale buyers) in the co-occurrence pass.
void cappedRow(std::span<const FeedbackEntry> row, int maxItems, std::vector<FeedbackEntry>& out);

/// Item-to-item cosine similarity over the users' weighted feedback vectors (each capped to its
/// maxUserItems heaviest items), with shrinkage; keeps the top K per item. Cosine divides the
/// co-occurrence by both items' norms, which is what damps the best-sellers: an item bought by
/// everybody co-occurs with everything but is similar to nothing in particular.
/// Throws Error(InvalidArgument) for K or M below 1 or a negative shrink; Error(Cancelled) when stopped.
ItemNeighbours itemNeighbours(const FeedbackMatrix& feedback, const ItemCfOptions& options,
                              const KernelControl& control = {});

} // namespace kestrel::core::analytics
