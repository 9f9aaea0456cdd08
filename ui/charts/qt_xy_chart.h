#pragma once

#include "charts/xy_chart.h"

#include <QtCore/QTimer>

#include <memory>
#include <vector>

class QCategoryAxis;
class QChart;
class QXYSeries;

namespace kestrel::ui {

class ChartCard;

/// XyChart on Qt Charts: QLineSeries / QScatterSeries over two QCategoryAxis value axes whose
/// labels are ours (format::axis), with "nice" ticks recomputed when the chart is resized.
class QtXyChart : public XyChart {
    Q_OBJECT
public:
    explicit QtXyChart(QWidget* parent = nullptr);
    ~QtXyChart() override;

    void setTitle(const QString& title) override;
    QString title() const override;
    void setData(XyData chartData) override;
    void showMessage(const QString& text) override;
    QString message() const override;

    int seriesCount() const override { return static_cast<int>(m_data.series.size()); }
    QString seriesName(int index) const override;
    XySeries::Style seriesStyle(int index) const override;
    bool isSeriesVisible(int index) const override;
    void setSeriesVisible(int index, bool visible) override;
    std::vector<QPointF> plottedPoints(int index) const override;
    QString xAxisTitle() const override { return m_data.x.title; }
    QString yAxisTitle() const override { return m_data.y.title; }
    std::pair<double, double> xRange() const override { return m_xRange; }
    std::pair<double, double> yRange() const override { return m_yRange; }
    QString tooltipText(int index, int point) const override;
    bool saveAsPng(const QString& path) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void replot();
    void rebuildAxes();
    void updateMarker(int index);
    void showTooltip(const QPointF& chartPos, const QPoint& globalPos);
    QColor colorFor(int index) const;
    int plotWidth() const;
    /// A data point in plot coordinates (log10 on a logarithmic axis); false when it cannot be drawn.
    bool toPlot(const QPointF& p, QPointF& out) const;
    QPointF fromPlot(const QPointF& p) const;
    /// A series with its own legend entry is not a follower.
    bool isFollower(int index) const;

    XyData m_data;
    std::vector<bool> m_visible;
    std::unique_ptr<ChartCard> m_card;
    QChart* m_chart = nullptr;
    std::vector<QXYSeries*> m_series;
    QCategoryAxis* m_axisX = nullptr;
    QCategoryAxis* m_axisY = nullptr;
    std::pair<double, double> m_xRange{0, 1};
    std::pair<double, double> m_yRange{0, 1};
    QTimer m_replotTimer;
    int m_plottedWidth = -1;
    int m_plottedHeight = -1;
};

} // namespace kestrel::ui
