#include "analytics/silhouette.h"

#include "analytics/matrix_checks.h"
#include "analytics/parallel_rows.h"

#include "common/error.h"
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace kestrel::core::analytics {

double silhouetteScore(const RowMatrix& x, std::span<const int> labels, const SilhouetteOptions& options,
                       const KernelControl& control)
{
    if (static_cast<Eigen::Index>(labels.size()) != x.rows()) {
        throw Error(Error::Code::InvalidArgument, "silhouette: " + std::to_string(labels.size()) + " labels for " +
                                                      std::to_string(x.rows()) + " rows");
    }
    requireFinite(x, "silhouette");
    std::vector<Eigen::Index> rows;
    for (Eigen::Index r = 0; r < x.rows(); ++r) {
        if (labels[static_cast<std::size_t>(r)] >= 0) {
            rows.push_back(r);
        }
    }
    if (options.sampleSize > 0 && static_cast<std::int64_t>(rows.size()) > options.sampleSize) {
        // Partial Fisher–Yates with a seeded generator, then back to row order.
        std::mt19937_64 rng(options.seed);
        const auto m = static_cast<std::size_t>(options.sampleSize);
        for (std::size_t i = 0; i < m; ++i) {
            const std::size_t j = i + static_cast<std::size_t>(rng() % (rows.size() - i));
            std::swap(rows[i], rows[j]);
        }
        rows.resize(m);
        std::sort(rows.begin(), rows.end());
    }
    // Dense cluster ids 0..c-1 over the scored rows.
    std::map<int, int> ids;
    for (const Eigen::Index r : rows) {
        ids.emplace(labels[static_cast<std::size_t>(r)], 0);
    }
    int next = 0;
    for (auto& [label, id] : ids) {
        id = next++;
    }
    const auto m = static_cast<Eigen::Index>(rows.size());
    const auto clusters = static_cast<Eigen::Index>(ids.size());
    if (clusters < 2 || clusters > m - 1) {
        throw Error(Error::Code::InvalidArgument,
                    "silhouette: needs 2 to " + std::to_string(std::max<Eigen::Index>(m - 1, 2)) +
                        " distinct labels among the scored rows, got " + std::to_string(clusters));
    }
    RowMatrix sample(m, x.cols());
    std::vector<int> cluster(static_cast<std::size_t>(m));
    std::vector<double> sizes(static_cast<std::size_t>(clusters), 0.0);
    for (Eigen::Index i = 0; i < m; ++i) {
        sample.row(i) = x.row(rows[static_cast<std::size_t>(i)]);
        cluster[static_cast<std::size_t>(i)] = ids[labels[static_cast<std::size_t>(rows[static_cast<std::size_t>(i)])]];
        sizes[static_cast<std::size_t>(cluster[static_cast<std::size_t>(i)])] += 1.0;
    }

    const int threads = defaultThreads(options.threads);
    std::vector<double> scores(static_cast<std::size_t>(m), 0.0);
    parallelRows(m, threads, [&](std::int64_t begin, std::int64_t end, int part) {
        Eigen::VectorXd toCluster(clusters);
        for (std::int64_t i = begin; i < end; ++i) {
            if (part == 0 && (i - begin) % 256 == 0) {
                control.throwIfStopped();
                control.report(static_cast<double>(i - begin) / static_cast<double>(end - begin));
            }
            toCluster.setZero();
            for (Eigen::Index j = 0; j < m; ++j) {
                toCluster[cluster[static_cast<std::size_t>(j)]] += (sample.row(i) - sample.row(j)).norm();
            }
            const int own = cluster[static_cast<std::size_t>(i)];
            const double ownSize = sizes[static_cast<std::size_t>(own)];
            if (ownSize <= 1.0) {
                continue; // alone in its cluster: 0 by convention
            }
            const double a = toCluster[own] / (ownSize - 1.0);
            double b = std::numeric_limits<double>::infinity();
            for (Eigen::Index c = 0; c < clusters; ++c) {
                if (c != own) {
                    b = std::min(b, toCluster[c] / sizes[static_cast<std::size_t>(c)]);
                }
            }
            const double denom = std::max(a, b);
            scores[static_cast<std::size_t>(i)] = denom > 0.0 ? (b - a) / denom : 0.0;
        }
    });
    control.report(1.0);
    return std::accumulate(scores.begin(), scores.end(), 0.0) / static_cast<double>(m);
}

} // namespace kestrel::core::analytics
