#pragma once

#include "widgets/value_format.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

#include <utility>
#include <vector>

namespace kestrel::ui {

/// One set of bars: a value per category.
struct BarSeries {
    /// The first line names the set in tooltips; further lines ("\n") show in the legend only
    /// (e.g. a count under the name).
    QString name;
    std::vector<double> values; ///< aligned with CategoryData::categories
    QColor color;               ///< invalid = the chart's palette
    /// Optional: a line per category for the tooltip (e.g. the value in original units); else the
    /// formatted value.
    std::vector<QString> tooltips;
};

/// What a page hands to a bar chart: category labels and one or more sets over them (grouped, or
/// stacked into one bar per category).
struct CategoryData {
    QStringList categories; ///< plain text; "\n" breaks a long label into lines
    std::vector<BarSeries> series;
    /// Stack the sets into one bar per category (a histogram coloured by band) instead of setting
    /// them side by side.
    bool stacked = false;
    /// Optional: a longer text per category, shown as the tooltip's heading (labels may be short).
    QStringList categoryTooltips;
    /// Optional: labels placed along the category axis instead of one under each category, at
    /// positions in category units (category i spans i − 0.5 … i + 0.5) — e.g. a histogram's bin
    /// edges, where 20 narrow bins have no room for 20 labels. The categories then only head the
    /// tooltips.
    std::vector<std::pair<double, QString>> axisLabels;
};

/// A bar chart over categories behind the chart seam (pages never include <QtCharts>): grouped
/// or stacked sets, vertical or horizontal bars (horizontal lists the first category at the top), values
/// formatted by format::Kind on a "nice" axis that includes zero, tooltips on hover, legend entries
/// that hide and show a set, "Save as PNG…" in the context menu.
class CategoryBarChart : public QWidget {
    Q_OBJECT
public:
    enum class Orientation { Vertical, Horizontal };

    static CategoryBarChart* create(Orientation orientation, format::Kind valueKind, QWidget* parent = nullptr);

    virtual void setTitle(const QString& title) = 0;
    virtual QString title() const = 0;
    /// The title of the value axis (empty = none).
    virtual void setValueAxisTitle(const QString& title) = 0;
    virtual QString valueAxisTitle() const = 0;
    /// The title of the category axis (empty = none).
    virtual void setCategoryAxisTitle(const QString& title) = 0;
    virtual QString categoryAxisTitle() const = 0;
    virtual void setData(CategoryData chartData) = 0;
    /// Shows a message instead of the plot (loading, no data, error).
    virtual void showMessage(const QString& text) = 0;
    virtual QString message() const = 0;

    virtual int seriesCount() const = 0;
    virtual QString seriesName(int index) const = 0;
    virtual QStringList categories() const = 0;
    virtual bool isSeriesVisible(int index) const = 0;
    virtual void setSeriesVisible(int index, bool visible) = 0;
    /// The values the chart's bars hold for set `index`, in category order.
    virtual std::vector<double> plottedValues(int index) const = 0;
    /// The tooltip text for a bar (what hovering it shows).
    virtual QString tooltipText(int series, int category) const = 0;
    virtual bool saveAsPng(const QString& path) = 0;

signals:
    void seriesVisibilityChanged(int index, bool visible);

protected:
    explicit CategoryBarChart(QWidget* parent) : QWidget(parent) {}
};

} // namespace kestrel::ui
