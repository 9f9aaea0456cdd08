#pragma once

#include "widgets/value_format.h"

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

#include <optional>
#include <vector>

namespace kestrel::ui {

/// A typed column of daily values, aligned with TimeColumns::days.
struct ChartSeries {
    QString name;
    std::vector<double> values;
    QColor color; ///< invalid = the chart's palette
};

/// A shaded range behind the series, e.g. where a metric is expected to be: lower..upper per day,
/// aligned with TimeColumns::days; a day with NaN in either (or past their end) has no band there.
struct ChartBand {
    QString name;
    std::vector<double> lower, upper;
    QColor color; ///< invalid = a light grey-blue
};

/// What a page hands to a chart: one day axis and any number of value columns.
struct TimeColumns {
    std::vector<QDate> days;
    std::vector<ChartSeries> series;
};

struct ChartPoint {
    QDate day;
    double value = 0;
};

struct ChartBandPoint {
    QDate day;
    double lower = 0, upper = 0;
};

/// A day of a series marked with a dot (an anomaly): drawn on the series' line in its own colour,
/// hidden with its series, and its tooltip lines shown under the day's values when the day is hovered.
struct ChartMarker {
    QDate day;
    int series = 0; ///< index into TimeColumns::series
    QColor color;
    QString tooltip; ///< plain text, may have several lines
};

/// The seam between pages and the chart library: pages only see this interface, so no page
/// includes <QtCharts> and the implementation can move to Qt Graphs alone. Charts show tooltips
/// on hover, toggle series from the legend, save as PNG from the context menu and decimate
/// (min/max per pixel) when there are more points than pixels; a band and marked days are optional.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    enum class Style { Line, Area };

    static TimeSeriesChart* create(Style style, format::Kind valueKind, QWidget* parent = nullptr);

    virtual void setTitle(const QString& title) = 0;
    virtual QString title() const = 0;
    /// New data; clears the band and the markers, which belong to the data they were set on.
    virtual void setColumns(TimeColumns columns) = 0;
    /// Draws a band behind the series of the current columns (none: remove it).
    virtual void setBand(std::optional<ChartBand> band) = 0;
    /// How values read on the axis and in tooltips (a chart of one metric after another).
    virtual void setValueKind(format::Kind kind) = 0;
    /// Replaces the markers; those on days or series the columns do not have are left out.
    virtual void setMarkers(std::vector<ChartMarker> markers) = 0;
    /// The markers drawn (of visible series or not), in the order given.
    virtual std::vector<ChartMarker> markers() const = 0;
    /// Where each of markers() is drawn: its day and the value of its series that day.
    virtual std::vector<ChartPoint> markerPoints() const = 0;
    /// The centre of markers()[index] in this widget's coordinates, for checks of the picture;
    /// nullopt when its series is hidden or the plot is not shown.
    virtual std::optional<QPoint> markerPosition(int index) const = 0;
    /// The band as the chart holds it: every day that has one.
    virtual std::vector<ChartBandPoint> bandPoints() const = 0;
    /// Shows a message instead of the plot (loading, no data, error).
    virtual void showMessage(const QString& text) = 0;
    virtual QString message() const = 0;

    virtual int seriesCount() const = 0;
    virtual QString seriesName(int index) const = 0;
    virtual bool isSeriesVisible(int index) const = 0;
    virtual void setSeriesVisible(int index, bool visible) = 0;
    /// The points actually plotted (after decimation), mapped back to days.
    virtual std::vector<ChartPoint> plottedPoints(int index) const = 0;
    virtual bool saveAsPng(const QString& path) = 0;

signals:
    void seriesVisibilityChanged(int index, bool visible);

protected:
    explicit TimeSeriesChart(QWidget* parent) : QWidget(parent) {}
};

} // namespace kestrel::ui
