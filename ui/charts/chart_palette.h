#pragma once

#include <QtGui/QColor>

namespace kestrel::ui {

/// The charts' series colours, so a page can give one thing (a segment, a model) the same colour
/// in every chart: index 0, 1, 2 … cycle through nine distinct colours.
QColor chartColor(int index);
/// The colour of "the rest": noise points, "other", a reference line.
QColor chartMutedColor();

} // namespace kestrel::ui
