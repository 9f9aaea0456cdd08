#pragma once

#include "widgets/value_format.h"

#include <QtCore/QPointF>
#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

#include <optional>
#include <vector>

namespace kestrel::ui {

/// One series of an XY chart.
struct XySeries {
    enum class Style {
        Line,           ///< a solid line (points sorted by x)
        LineWithPoints, ///< a solid line with a dot on every point
        Scatter,        ///< dots only; any number of points, in any order
        Reference,      ///< a thin dashed line: a diagonal, a threshold, a chosen value
    };
    QString name;
    Style style = Style::Line;
    std::vector<QPointF> points;
    QColor color; ///< invalid = the chart's palette (Reference: grey)
    /// Optional: a tooltip line per point (e.g. "k = 4: silhouette 0.41, inertia 1,234"); else the
    /// formatted x and y.
    std::vector<QString> labels;
    /// Optional: the index of another series this one belongs to (a channel's CAC line to the
    /// channel's curve): it has no legend entry of its own and is hidden and shown with that one.
    int follows = -1;
};

struct XyAxis {
    QString title;
    format::Kind kind = format::Kind::Number;
    bool integral = false;     ///< ticks on whole numbers only (k)
    std::optional<double> min; ///< fixed range ends (e.g. 0 and 1 for a ROC curve); else from the data
    std::optional<double> max;
    /// A logarithmic scale (price against units sold): equal ratios take equal room and a power law
    /// is a straight line. Ticks in data units (1-2-5 per decade, or nice steps within a decade);
    /// points with a value ≤ 0 on this axis are not drawn.
    bool logarithmic = false;
};

/// What a page hands to an XY chart: two numeric axes and any number of series over them.
struct XyData {
    XyAxis x;
    XyAxis y;
    std::vector<XySeries> series;
};

/// A chart of numeric x against numeric y behind the chart seam (pages never include <QtCharts>):
/// line, dotted-line, scatter and dashed reference series, "nice" axis ticks formatted by
/// format::Kind with axis titles, a tooltip for the point nearest the pointer, legend entries that
/// hide and show a series, "Save as PNG…" in the context menu. Lines with more points than pixels
/// are decimated (min/max per pixel). Either axis may be logarithmic. Serves the k scan, the
/// k-distance curve, PCA scatter plots, ROC, reliability and lift curves, price-demand charts.
class XyChart : public QWidget {
    Q_OBJECT
public:
    static XyChart* create(QWidget* parent = nullptr);

    virtual void setTitle(const QString& title) = 0;
    virtual QString title() const = 0;
    virtual void setData(XyData chartData) = 0;
    /// Shows a message instead of the plot (loading, no data, error).
    virtual void showMessage(const QString& text) = 0;
    virtual QString message() const = 0;

    virtual int seriesCount() const = 0;
    virtual QString seriesName(int index) const = 0;
    virtual XySeries::Style seriesStyle(int index) const = 0;
    virtual bool isSeriesVisible(int index) const = 0;
    virtual void setSeriesVisible(int index, bool visible) = 0;
    /// The points the chart's series holds (after decimation of lines), in data units (also on a
    /// logarithmic axis).
    virtual std::vector<QPointF> plottedPoints(int index) const = 0;
    virtual QString xAxisTitle() const = 0;
    virtual QString yAxisTitle() const = 0;
    /// The axes' current ranges (after rounding out to ticks), in data units.
    virtual std::pair<double, double> xRange() const = 0;
    virtual std::pair<double, double> yRange() const = 0;
    /// The tooltip for the point `point` of series `index`.
    virtual QString tooltipText(int index, int point) const = 0;
    virtual bool saveAsPng(const QString& path) = 0;

signals:
    void seriesVisibilityChanged(int index, bool visible);

protected:
    explicit XyChart(QWidget* parent) : QWidget(parent) {}
};

} // namespace kestrel::ui
