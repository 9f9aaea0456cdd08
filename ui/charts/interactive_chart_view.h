#pragma once

#include <QtCharts/QChartView>

#include <optional>

namespace kestrel::ui {

/// A QChartView that reports the hovered x value (for tooltips), draws a hover guide line and
/// offers "Save as PNG…" in its context menu. Charts that are not over an x axis of steps (bars,
/// scatter plots) turn the guide off and use pointerMoved.
class InteractiveChartView : public QChartView {
    Q_OBJECT
public:
    explicit InteractiveChartView(QChart* chart, QWidget* parent = nullptr);

    void setGuideLineEnabled(bool enabled) { m_guide = enabled; }

signals:
    /// The pointer is over the plot at x (rounded to a whole step); only with the guide line.
    void hovered(double x, const QPoint& globalPos);
    /// The pointer is over the plot, at chartPos in the chart's coordinates.
    void pointerMoved(const QPointF& chartPos, const QPoint& globalPos);
    void hoverLeft();
    void savePngRequested();

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void clearHover();
    std::optional<double> m_hoverX;
    bool m_guide = true;
    bool m_inside = false;
};

} // namespace kestrel::ui
