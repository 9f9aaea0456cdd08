#pragma once

#include <cstdint>

namespace kestrel::core {

/// Settings of a binary:logistic XGBoost model. The defaults suit tables of thousands to a few
/// hundred thousand rows.
struct GbdtParams {
    int maxDepth = 4;
    double eta = 0.05;
    int rounds = 200;
    double subsample = 0.8;
    double colsampleByTree = 0.8;
    double colsampleByNode = 1.0;
    double minChildWeight = 1.0;
    double lambda = 1.0;
    std::uint64_t seed = 42;
    /// Threads for XGBoost; 0 = choose: 1 below 20,000 rows (thread hand-offs cost more than they
    /// save there, especially on 2 busy cores), else every core. Run with OMP_WAIT_POLICY=PASSIVE.
    int nthread = 0;
    /// > 1: a random forest of this many trees grown in one round (XGBoost's num_parallel_tree);
    /// see randomForest().
    int numParallelTree = 1;

    /// Boosting (or a random forest) with the seed and any overrides (0 = keep the mode's default;
    /// rounds are trees for a forest; eta applies to boosting only).
    static GbdtParams forMode(bool randomForest, std::uint64_t seed, int rounds = 0, int maxDepth = 0, double eta = 0)
    {
        GbdtParams p = randomForest ? GbdtParams::randomForest(rounds > 0 ? rounds : 300, seed) : GbdtParams{};
        p.seed = seed;
        if (!randomForest && rounds > 0)
            p.rounds = rounds;
        if (!randomForest && eta > 0)
            p.eta = eta;
        if (maxDepth > 0)
            p.maxDepth = maxDepth;
        return p;
    }

    /// Random-forest settings: `trees` trees in one round, eta 1, row and column subsampling < 1.
    static GbdtParams randomForest(int trees = 300, std::uint64_t seed = 42)
    {
        GbdtParams p;
        p.numParallelTree = trees;
        p.rounds = 1;
        p.eta = 1.0;
        p.maxDepth = 8;
        p.subsample = 0.632;
        p.colsampleByTree = 1.0;
        p.colsampleByNode = 0.5;
        p.seed = seed;
        return p;
    }
};

} // namespace kestrel::core
