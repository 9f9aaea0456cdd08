#pragma once

#include <QtGui/QColor>

namespace kestrel::ui {

/// The charts' series colours, so a page can give one thing (a segment, a model) the same colour
/// in every chart: index 0, 1, 2 … cycle through nine distinct colours.
QColor chartColor(int index);
/// The colour of "the rest": noise points, "other", a reference line.
QColor chartMutedColor();
/// A sequential scale for amounts (heat maps): t = 0 is the palest, t = 1 the darkest blue; t is
/// clamped to [0, 1]. Light enough at 0 to read dark text on, dark enough at 1 for light text.
QColor chartSequentialColor(double t);
/// Dark or light text, whichever reads better on the background colour.
QColor chartTextColorOn(const QColor& background);

} // namespace kestrel::ui
