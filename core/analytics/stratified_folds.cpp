#include "analytics/stratified_folds.h"

#include <random>
#include <stdexcept>
#include <string>

namespace kestrel::core {

std::vector<int> stratifiedFolds(std::span<const float> labels, int k, std::uint64_t seed)
{
    if (k < 2)
        throw std::invalid_argument("stratified folds: need at least 2 folds");
    std::vector<std::size_t> classes[2];
    for (std::size_t i = 0; i < labels.size(); ++i)
        classes[labels[i] > 0.5f ? 1 : 0].push_back(i);
    for (int c = 0; c < 2; ++c)
        if (classes[c].size() < static_cast<std::size_t>(k))
            throw std::invalid_argument("stratified folds: class " + std::to_string(c) + " has " +
                                        std::to_string(classes[c].size()) + " rows, fewer than the " +
                                        std::to_string(k) + " folds");
    std::mt19937_64 rng(seed);
    std::vector<int> fold(labels.size(), 0);
    int next = 0;
    for (auto& rows : classes) {
        // Fisher–Yates by hand: std::shuffle's use of the engine differs between libraries.
        for (std::size_t i = rows.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(rng() % i);
            std::swap(rows[i - 1], rows[j]);
        }
        for (std::size_t row : rows) {
            fold[row] = next;
            next = (next + 1) % k;
        }
    }
    return fold;
}

} // namespace kestrel::core
