#include "charts/time_series_chart.h"

#include "charts/qt_time_series_chart.h"

namespace kestrel::ui {

TimeSeriesChart* TimeSeriesChart::create(Style style, format::Kind valueKind, QWidget* parent)
{
    return new QtTimeSeriesChart(style, valueKind, parent);
}

} // namespace kestrel::ui
