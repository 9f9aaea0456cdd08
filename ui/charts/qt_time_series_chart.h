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
class QScatterSeries;
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
    void setBand(std::optional<ChartBand> band) override;
    void setValueKind(format::Kind kind) override;
    void setMarkers(std::vector<ChartMarker> markers) override;
    std::vector<ChartMarker> markers() const override { return m_markers; }
    std::vector<ChartPoint> markerPoints() const override;
    std::optional<QPoint> markerPosition(int index) const override;
    std::vector<ChartBandPoint> bandPoints() const override;
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
    void addBand();
    void addMarkers();
    /// The index of a day in the columns, -1 when it is not there.
    int dayIndex(QDate day) const;
    /// The value a marker sits at: its series' value on its day.
    double markerValue(const ChartMarker& m) const;
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
    std::optional<ChartBand> m_bandData;
    std::vector<bool> m_visible;
    std::vector<QLineSeries*> m_lines;      // the line (or the area's upper line) per column
    std::vector<QAbstractSeries*> m_series; // what the chart holds per column
    std::vector<QAbstractSeries*> m_band;   // one area per stretch of days with a band
    std::vector<ChartMarker> m_markers;     // those with a day and series the columns have
    std::vector<QScatterSeries*> m_dots;    // one per marker
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
