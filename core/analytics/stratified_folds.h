#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core {

/// Stratified k-fold assignment: each row's fold in [0, k). Positives and negatives are shuffled
/// separately (std::mt19937_64 with the seed, so the split is the same on every platform's
/// standard library) and dealt round-robin, so every fold holds the overall class balance within
/// one row. Throws std::invalid_argument when k < 2 or a class has fewer than k rows.
std::vector<int> stratifiedFolds(std::span<const float> labels, int k, std::uint64_t seed);

} // namespace kestrel::core
