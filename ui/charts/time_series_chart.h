#pragma once

#include "widgets/value_format.h"

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

#include <vector>

namespace kestrel::ui {

/// A typed column of daily values, aligned with TimeColumns::days.
struct ChartSeries {
    QString name;
    std::vector<double> values;
    QColor color; ///< invalid = the chart's palette
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

/// The seam between pages and the chart library: pages only see this interface, so no page
/// includes <QtCharts> and the implementation can move to Qt Graphs alone. Charts show tooltips
/// on hover, toggle series from the legend, save as PNG from the context menu and decimate
/// (min/max per pixel) when there are more points than pixels.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    enum class Style { Line, Area };

    static TimeSeriesChart* create(Style style, format::Kind valueKind, QWidget* parent = nullptr);

    virtual void setTitle(const QString& title) = 0;
    virtual QString title() const = 0;
    virtual void setColumns(TimeColumns columns) = 0;
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
