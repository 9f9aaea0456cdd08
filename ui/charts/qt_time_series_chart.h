#pragma once

#include "charts/time_series_chart.h"

#include <QtCore/QTimer>

#include <vector>

class QChart;
class QLabel;
class QStackedLayout;
class QAbstractSeries;
class QCategoryAxis;
class QLineSeries;
class QLegendMarker;

namespace kestrel::ui {

class InteractiveChartView;

/// TimeSeriesChart on Qt Charts. The x axis is the day index (labels are locale dates), the y
/// axis has "nice" ticks with compact locale labels; both are QCategoryAxis so the labels are
/// ours, not printf formats.
class QtTimeSeriesChart : public TimeSeriesChart {
    Q_OBJECT
public:
    QtTimeSeriesChart(Style style, format::Kind valueKind, QWidget* parent = nullptr);
    ~QtTimeSeriesChart() override;

    void setTitle(const QString& title) override;
    QString title() const override;
    void setColumns(TimeColumns columns) override;
    void showMessage(const QString& text) override;
    QString message() const override;

    int seriesCount() const override { return static_cast<int>(m_columns.series.size()); }
    QString seriesName(int index) const override;
    bool isSeriesVisible(int index) const override;
    void setSeriesVisible(int index, bool visible) override;
    std::vector<ChartPoint> plottedPoints(int index) const override;
    bool saveAsPng(const QString& path) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void replot();
    void rebuildAxes();
    void updateMarker(QLegendMarker* marker, bool visible);
    void showTooltip(double x, const QPoint& globalPos);
    void promptSavePng();
    QColor colorFor(int index) const;
    int plotWidth() const;

    Style m_style;
    format::Kind m_kind;
    TimeColumns m_columns;
    std::vector<bool> m_visible;
    std::vector<QLineSeries*> m_lines;      // the line (or the area's upper line) per column
    std::vector<QAbstractSeries*> m_series; // what the chart holds per column
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QStackedLayout* m_stack = nullptr;
    QChart* m_chart = nullptr;
    InteractiveChartView* m_view = nullptr;
    QCategoryAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisY = nullptr;
    QTimer m_replotTimer;
    int m_plottedWidth = -1;
    int m_plottedHeight = -1;
};

} // namespace kestrel::ui
