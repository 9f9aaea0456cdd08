#pragma once

#include <QtCore/QPointF>

#include <vector>

namespace kestrel::ui {

/// Min/max decimation: with more points than `buckets` (about one per pixel), keeps per bucket
/// the lowest and the highest point in x order, plus the first and the last point, so peaks and
/// dips survive. Points must be sorted by x. Fewer points come back unchanged.
std::vector<QPointF> decimateMinMax(const std::vector<QPointF>& points, int buckets);

} // namespace kestrel::ui
