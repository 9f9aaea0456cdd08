#include "charts/decimation.h"

#include <algorithm>

namespace kestrel::ui {

std::vector<QPointF> decimateMinMax(const std::vector<QPointF>& points, int buckets)
{
    const std::size_t n = points.size();
    if (buckets < 1 || n <= 2 * static_cast<std::size_t>(buckets))
        return points;
    std::vector<QPointF> out;
    out.reserve(2 * static_cast<std::size_t>(buckets) + 2);
    out.push_back(points.front());
    const auto b = static_cast<std::size_t>(buckets);
    for (std::size_t i = 0; i < b; ++i) {
        const std::size_t begin = i * n / b;
        const std::size_t end = (i + 1) * n / b;
        if (begin >= end)
            continue;
        std::size_t lo = begin, hi = begin;
        for (std::size_t j = begin + 1; j < end; ++j) {
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
        }
        for (std::size_t k : {std::min(lo, hi), std::max(lo, hi)}) {
            if (k != 0 && k != n - 1 && (out.empty() || out.back().x() != points[k].x()))
                out.push_back(points[k]);
        }
    }
    out.push_back(points.back());
    return out;
}

} // namespace kestrel::ui
