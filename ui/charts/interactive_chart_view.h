#pragma once

#include <QtCharts/QChartView>

#include <optional>

namespace kestrel::ui {

/// A QChartView that reports the hovered x value (for tooltips), draws a hover guide line and
/// offers "Save as PNG…" in its context menu.
class InteractiveChartView : public QChartView {
    Q_OBJECT
public:
    explicit InteractiveChartView(QChart* chart, QWidget* parent = nullptr);

signals:
    void hovered(double x, const QPoint& globalPos);
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
};

} // namespace kestrel::ui
