#include "charts/interactive_chart_view.h"

#include <QtCharts/QChart>
#include <QtGui/QContextMenuEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QMenu>

#include <cmath>

namespace kestrel::ui {

InteractiveChartView::InteractiveChartView(QChart* chart, QWidget* parent) : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setFrameShape(QFrame::NoFrame);
}

void InteractiveChartView::mouseMoveEvent(QMouseEvent* event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (chart()->series().isEmpty() || !chart()->plotArea().contains(chartPos)) {
        clearHover();
        return;
    }
    m_inside = true;
    emit pointerMoved(chartPos, event->globalPosition().toPoint());
    if (!m_guide)
        return;
    const double x = std::round(chart()->mapToValue(chartPos).x());
    if (!m_hoverX || *m_hoverX != x) {
        m_hoverX = x;
        viewport()->update();
    }
    emit hovered(x, event->globalPosition().toPoint());
}

void InteractiveChartView::leaveEvent(QEvent* event)
{
    QChartView::leaveEvent(event);
    clearHover();
}

void InteractiveChartView::clearHover()
{
    const bool wasOver = m_inside || m_hoverX;
    m_inside = false;
    if (m_hoverX) {
        m_hoverX.reset();
        viewport()->update();
    }
    if (wasOver)
        emit hoverLeft();
}

void InteractiveChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* save = menu.addAction(tr("Save as PNG…"));
    if (menu.exec(event->globalPos()) == save)
        emit savePngRequested();
}

void InteractiveChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (!m_hoverX || chart()->series().isEmpty())
        return;
    const QPointF top = chart()->mapToPosition(QPointF(*m_hoverX, 0));
    const QRectF plot = chart()->plotArea();
    if (top.x() < plot.left() || top.x() > plot.right())
        return;
    painter->save();
    painter->setPen(QPen(QColor(100, 116, 139, 140), 1, Qt::DashLine));
    const QPointF a = chart()->mapToScene(QPointF(top.x(), plot.top()));
    const QPointF b = chart()->mapToScene(QPointF(top.x(), plot.bottom()));
    painter->drawLine(a, b);
    painter->restore();
}

} // namespace kestrel::ui
