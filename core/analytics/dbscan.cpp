#include "analytics/dbscan.h"

#include "analytics/matrix_checks.h"
#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace kestrel::core::analytics {
namespace {

// nanoflann's view of a row-major matrix (no copy).
struct RowMatrixSource {
    const RowMatrix& x;
    std::size_t kdtree_get_point_count() const { return static_cast<std::size_t>(x.rows()); }
    double kdtree_get_pt(std::size_t row, std::size_t col) const
    {
        return x(static_cast<Eigen::Index>(row), static_cast<Eigen::Index>(col));
    }
    template <class Box> bool kdtree_get_bbox(Box& /*box*/) const { return false; }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, RowMatrixSource>,
                                                   RowMatrixSource, -1, std::size_t>;

// Counts rows within a squared radius without storing them, and stops the search once `enough`
// are found: whether a row is core only needs minSamples neighbours, and in a dense crowd the full
// count would visit the whole crowd from every one of its rows.
class CountingResultSet {
public:
    CountingResultSet(double radiusSq, std::size_t enough) : m_radiusSq(radiusSq), m_enough(enough) {}
    bool addPoint(double distSq, std::size_t /*index*/)
    {
        if (distSq <= m_radiusSq) {
            ++m_count;
        }
        return m_count < m_enough;
    }
    double worstDist() const { return m_radiusSq; }
    bool full() const { return true; }
    std::size_t size() const { return m_count; }

private:
    double m_radiusSq;
    std::size_t m_enough;
    std::size_t m_count = 0;
};

void checkData(const RowMatrix& x, std::string_view kernel)
{
    if (x.cols() < 1) {
        throw Error(Error::Code::InvalidArgument, std::string(kernel) + ": the data has no columns");
    }
    requireFinite(x, kernel);
}

// nanoflann's radius result set keeps distances strictly below its radius; the next double up makes
// the search inclusive (distance ≤ eps), as DBSCAN is defined.
double inclusiveRadiusSq(double eps)
{
    return std::nextafter(eps * eps, std::numeric_limits<double>::infinity());
}

} // namespace

DbscanResult dbscan(const RowMatrix& x, const DbscanOptions& options, const KernelControl& control)
{
    checkData(x, "dbscan");
    if (!(options.eps > 0.0) || !std::isfinite(options.eps)) {
        throw Error(Error::Code::InvalidArgument, "dbscan: eps must be a positive number");
    }
    if (options.minSamples < 1) {
        throw Error(Error::Code::InvalidArgument, "dbscan: minSamples must be at least 1");
    }
    const RowMatrixSource source{x};
    KdTree tree(static_cast<std::size_t>(x.cols()), source, nanoflann::KDTreeSingleIndexAdaptorParams(16));
    const double radiusSq = inclusiveRadiusSq(options.eps);
    const auto n = static_cast<std::size_t>(x.rows());

    DbscanResult result;
    result.core.assign(n, 0);
    result.labels.assign(n, -1);
    // Pass 1: which rows are core (counting only; the tree is read-only, so threads share it).
    parallelRows(x.rows(), defaultThreads(options.threads), [&](std::int64_t begin, std::int64_t end, int part) {
        for (std::int64_t r = begin; r < end; ++r) {
            if (part == 0 && (r - begin) % 4096 == 0) {
                control.throwIfStopped();
                control.report(0.5 * static_cast<double>(r - begin) / static_cast<double>(end - begin));
            }
            CountingResultSet count(radiusSq, static_cast<std::size_t>(options.minSamples));
            tree.findNeighbors(count, x.row(r).data(), nanoflann::SearchParams(32, 0.0f, false));
            result.core[static_cast<std::size_t>(r)] = count.size() >= static_cast<std::size_t>(options.minSamples);
        }
    });
    // Pass 2: grow clusters from core rows in row order (breadth first over core rows only).
    std::vector<std::pair<std::size_t, double>> neighbours;
    std::vector<std::size_t> queue;
    nanoflann::SearchParams unsorted(32, 0.0f, false);
    std::size_t visited = 0;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (!result.core[seed] || result.labels[seed] >= 0) {
            continue;
        }
        const int cluster = result.clusterCount++;
        result.labels[seed] = cluster;
        queue.assign(1, seed);
        while (!queue.empty()) {
            const std::size_t row = queue.back();
            queue.pop_back();
            if (++visited % 4096 == 0) {
                control.throwIfStopped();
                control.report(0.5 + 0.5 * static_cast<double>(visited) / static_cast<double>(n));
            }
            tree.radiusSearch(x.row(static_cast<Eigen::Index>(row)).data(), radiusSq, neighbours, unsorted);
            for (const auto& [other, distSq] : neighbours) {
                if (result.labels[other] >= 0) {
                    continue;
                }
                result.labels[other] = cluster;
                // An exact duplicate of this row has the very same neighbourhood, searched just now.
                if (result.core[other] && distSq > 0.0) {
                    queue.push_back(other);
                }
            }
        }
    }
    result.noiseCount = std::count(result.labels.begin(), result.labels.end(), -1);
    if (result.clusterCount == 0) {
        result.warnings.push_back({"dbscan.no_clusters", "no row has " + std::to_string(options.minSamples) +
                                                             " neighbours within eps; every row is noise"});
    }
    control.report(1.0);
    return result;
}

std::vector<int> extendLabels(const RowMatrix& all, const RowMatrix& sample, const std::vector<std::int64_t>& sampleRows,
                              const DbscanResult& sampleResult, double eps, const KernelControl& control)
{
    checkData(all, "dbscan");
    if (sample.cols() != all.cols() || static_cast<std::size_t>(sample.rows()) != sampleRows.size() ||
        sampleResult.labels.size() != sampleRows.size()) {
        throw Error(Error::Code::InvalidArgument, "dbscan: the sample does not match its rows or labels");
    }
    // The core rows of the sample, gathered so the tree indexes only them.
    std::vector<Eigen::Index> coreRows;
    for (std::size_t i = 0; i < sampleRows.size(); ++i) {
        if (sampleResult.core[i]) {
            coreRows.push_back(static_cast<Eigen::Index>(i));
        }
    }
    std::vector<int> labels(static_cast<std::size_t>(all.rows()), -1);
    std::vector<std::uint8_t> isSampled(static_cast<std::size_t>(all.rows()), 0);
    for (std::size_t i = 0; i < sampleRows.size(); ++i) {
        labels[static_cast<std::size_t>(sampleRows[i])] = sampleResult.labels[i];
        isSampled[static_cast<std::size_t>(sampleRows[i])] = 1;
    }
    if (coreRows.empty()) {
        return labels;
    }
    RowMatrix cores(static_cast<Eigen::Index>(coreRows.size()), sample.cols());
    for (std::size_t i = 0; i < coreRows.size(); ++i) {
        cores.row(static_cast<Eigen::Index>(i)) = sample.row(coreRows[i]);
    }
    const RowMatrixSource source{cores};
    KdTree tree(static_cast<std::size_t>(cores.cols()), source, nanoflann::KDTreeSingleIndexAdaptorParams(16));
    parallelRows(all.rows(), defaultThreads(0), [&](std::int64_t begin, std::int64_t end, int part) {
        for (std::int64_t r = begin; r < end; ++r) {
            if (part == 0 && (r - begin) % 4096 == 0) {
                control.throwIfStopped();
                control.report(static_cast<double>(r - begin) / static_cast<double>(end - begin));
            }
            if (isSampled[static_cast<std::size_t>(r)]) {
                continue;
            }
            std::size_t nearest = 0;
            double distSq = 0;
            tree.knnSearch(all.row(r).data(), 1, &nearest, &distSq);
            if (distSq <= eps * eps) {
                labels[static_cast<std::size_t>(r)] = sampleResult.labels[static_cast<std::size_t>(coreRows[nearest])];
            }
        }
    });
    control.throwIfStopped();
    control.report(1.0);
    return labels;
}

std::vector<double> kDistanceCurve(const RowMatrix& x, int k, const KernelControl& control, std::int64_t queryRows)
{
    checkData(x, "k-distance");
    if (k < 1 || k > x.rows()) {
        throw Error(Error::Code::InvalidArgument, "k-distance: k must be between 1 and the number of rows (" +
                                                      std::to_string(x.rows()) + "), got " + std::to_string(k));
    }
    const RowMatrixSource source{x};
    KdTree tree(static_cast<std::size_t>(x.cols()), source, nanoflann::KDTreeSingleIndexAdaptorParams(16));
    const std::int64_t queries = queryRows > 0 && queryRows < x.rows() ? queryRows : x.rows();
    // Query i asks row ⌊i·n / queries⌋: every row when queries = n, else evenly spaced ones.
    auto queryRow = [&](std::int64_t i) { return static_cast<Eigen::Index>(i * x.rows() / queries); };
    std::vector<double> distances(static_cast<std::size_t>(queries));
    parallelRows(queries, defaultThreads(0), [&](std::int64_t begin, std::int64_t end, int part) {
        std::vector<std::size_t> index(static_cast<std::size_t>(k));
        std::vector<double> distSq(static_cast<std::size_t>(k));
        for (std::int64_t r = begin; r < end; ++r) {
            if (part == 0 && (r - begin) % 4096 == 0) {
                control.throwIfStopped();
                control.report(static_cast<double>(r - begin) / static_cast<double>(end - begin));
            }
            const std::size_t found =
                tree.knnSearch(x.row(queryRow(r)).data(), static_cast<std::size_t>(k), index.data(), distSq.data());
            distances[static_cast<std::size_t>(r)] = std::sqrt(distSq[found - 1]);
        }
    });
    control.throwIfStopped();
    std::sort(distances.begin(), distances.end());
    control.report(1.0);
    return distances;
}

double kDistanceKnee(const std::vector<double>& curve)
{
    if (curve.empty()) {
        return 0.0;
    }
    const double lo = curve.front(), hi = curve.back();
    const auto last = static_cast<double>(curve.size() - 1);
    if (!(hi > lo) || curve.size() < 3) {
        return hi;
    }
    // Scaled to the unit square the chord is y = x; the knee lies farthest below it.
    std::size_t best = 0;
    double bestGap = -1.0;
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const double gap = static_cast<double>(i) / last - (curve[i] - lo) / (hi - lo);
        if (gap > bestGap) {
            bestGap = gap;
            best = i;
        }
    }
    return curve[best];
}

} // namespace kestrel::core::analytics
