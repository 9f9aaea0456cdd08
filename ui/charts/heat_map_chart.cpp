#include "charts/heat_map_chart.h"

#include "charts/chart_palette.h"
#include "charts/chart_style.h"

#include <QtGui/QContextMenuEvent>
#include <QtGui/QLinearGradient>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStackedLayout>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kestrel::ui {
namespace {

constexpr int kGap = 1; // white between cells, so neighbours of one colour stay apart
constexpr int kMaxRowHeight = 30;
constexpr int kLegendBar = 220; // width of the colour legend's gradient
constexpr int kCardMargins = 10 + 6;

QFont labelFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(8.5);
    return f;
}

} // namespace

/// The painted part of HeatMapChart: labels, cells and the legend, with hover and the menu.
class HeatMapPlot : public QWidget {
public:
    explicit HeatMapPlot(HeatMapChart* chart) : QWidget(chart), m_chart(chart)
    {
        setMouseTracking(true);
        setFont(labelFont(font()));
        setContextMenuPolicy(Qt::DefaultContextMenu);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

    struct Geometry {
        int left = 0, top = 0;
        double cellWidth = 0, cellHeight = 0;
        QRectF grid;
        QRect legend;
    };

    int rowHeight() const { return std::max(fontMetrics().height() + 8, 18); }
    int headerHeight() const
    {
        const int line = fontMetrics().height();
        return (m_chart->m_data.columnTitle.isEmpty() ? 0 : line + 4) + line + 6;
    }
    int legendHeight() const { return fontMetrics().height() + 16; }
    int preferredHeight() const
    {
        return headerHeight() + std::max(1, m_chart->rowCount()) * rowHeight() + legendHeight();
    }

    Geometry geometryFor(const QSize& size) const
    {
        const HeatMapData& d = m_chart->m_data;
        const QFontMetrics fm = fontMetrics();
        QFont bold = font();
        bold.setBold(true);
        Geometry g;
        int labels = QFontMetrics(bold).horizontalAdvance(d.rowTitle);
        for (const QString& l : d.rowLabels)
            labels = std::max(labels, fm.horizontalAdvance(l));
        g.left = labels + 14;
        g.top = headerHeight();
        const int rows = std::max(1, m_chart->rowCount());
        const int columns = std::max(1, m_chart->columnCount());
        const int room = size.height() - g.top - legendHeight();
        g.cellHeight = std::clamp(static_cast<double>(room) / rows, 8.0, static_cast<double>(kMaxRowHeight));
        g.cellWidth = std::max(4.0, static_cast<double>(size.width() - g.left - 4) / columns);
        g.grid = QRectF(g.left, g.top, g.cellWidth * columns, g.cellHeight * rows);
        const int legendTop = static_cast<int>(g.grid.bottom()) + 8;
        g.legend = QRect(g.left, legendTop, std::min(kLegendBar, static_cast<int>(g.grid.width())), 10);
        return g;
    }

    QRectF cellRect(const Geometry& g, int row, int column) const
    {
        return QRectF(g.left + column * g.cellWidth, g.top + row * g.cellHeight, g.cellWidth, g.cellHeight);
    }

    /// The cell under a point, or (−1, −1).
    std::pair<int, int> cellAt(const QPointF& p) const
    {
        const Geometry g = geometryFor(size());
        if (!g.grid.contains(p))
            return {-1, -1};
        const int row = static_cast<int>((p.y() - g.top) / g.cellHeight);
        const int column = static_cast<int>((p.x() - g.left) / g.cellWidth);
        if (row < 0 || row >= m_chart->rowCount() || column < 0 || column >= m_chart->columnCount())
            return {-1, -1};
        return {row, column};
    }

    QString cellText(const Geometry& g, int row, int column) const
    {
        const auto v = m_chart->value(row, column);
        if (!v)
            return {};
        const QString text = format::axis(*v, m_chart->m_data.kind);
        const QFontMetrics fm = fontMetrics();
        if (fm.horizontalAdvance(text) > g.cellWidth - 4 || fm.height() > g.cellHeight - 2)
            return {};
        return text;
    }

    std::pair<int, int> hovered() const { return m_hover; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        const HeatMapData& d = m_chart->m_data;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        const Geometry g = geometryFor(size());
        const QFontMetrics fm = fontMetrics();
        const int rows = m_chart->rowCount();
        const int columns = m_chart->columnCount();

        // Headings: the column title over the column labels, the row title over the row labels.
        p.setPen(chart_style::kAxisText);
        int y = 0;
        if (!d.columnTitle.isEmpty()) {
            p.drawText(QRectF(g.left, 0, g.grid.width(), fm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                       d.columnTitle);
            y = fm.height() + 4;
        }
        const QRectF labelRow(0, y, g.left, fm.height() + 4);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(labelRow.adjusted(0, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, d.rowTitle);
        p.setFont(font());
        // Column labels: every one that fits, else every second, third … so they never overlap.
        int widest = 0;
        for (const QString& l : d.columnLabels)
            widest = std::max(widest, fm.horizontalAdvance(l));
        const int step = std::max(1, static_cast<int>(std::ceil((widest + 6) / std::max(1.0, g.cellWidth))));
        for (int c = 0; c < columns && c < d.columnLabels.size(); c += step)
            p.drawText(QRectF(g.left + c * g.cellWidth, y, g.cellWidth, fm.height() + 4), Qt::AlignCenter,
                       d.columnLabels[c]);
        for (int r = 0; r < rows && r < d.rowLabels.size(); ++r)
            p.drawText(QRectF(0, g.top + r * g.cellHeight, g.left - 8, g.cellHeight), Qt::AlignRight | Qt::AlignVCenter,
                       d.rowLabels[r]);

        // Cells: only those with a value are painted.
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const QColor color = m_chart->cellColor(r, c);
                if (!color.isValid())
                    continue;
                const QRectF cell = cellRect(g, r, c).adjusted(0, 0, -kGap, -kGap);
                p.fillRect(cell, color);
                const QString text = cellText(g, r, c);
                if (!text.isEmpty()) {
                    p.setPen(chartTextColorOn(color));
                    p.drawText(cell, Qt::AlignCenter, text);
                }
            }
        }
        if (m_hover.first >= 0 && m_chart->value(m_hover.first, m_hover.second)) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(QColor(0x0f, 0x17, 0x2a), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cellRect(g, m_hover.first, m_hover.second).adjusted(1, 1, -kGap - 1, -kGap - 1));
            p.setRenderHint(QPainter::Antialiasing, false);
        }

        // The legend: its title, the low end, the gradient, the high end.
        const auto [low, high] = m_chart->legendLabels();
        p.setPen(chart_style::kAxisText);
        int x = g.left;
        const int textTop = g.legend.top() + (g.legend.height() - fm.height()) / 2;
        if (!d.valueTitle.isEmpty()) {
            p.drawText(QPoint(x, textTop + fm.ascent()), d.valueTitle);
            x += fm.horizontalAdvance(d.valueTitle) + 12;
        }
        p.drawText(QPoint(x, textTop + fm.ascent()), low);
        x += fm.horizontalAdvance(low) + 6;
        const int barWidth = std::max(60, std::min(kLegendBar, width() - x - fm.horizontalAdvance(high) - 12));
        QLinearGradient gradient(x, 0, x + barWidth, 0);
        for (int i = 0; i <= 10; ++i)
            gradient.setColorAt(i / 10.0, chartSequentialColor(i / 10.0));
        p.fillRect(QRect(x, g.legend.top(), barWidth, g.legend.height()), gradient);
        x += barWidth + 6;
        p.drawText(QPoint(x, textTop + fm.ascent()), high);
    }

    void mouseMoveEvent(QMouseEvent* event) override
    {
        const auto cell = cellAt(event->position());
        if (cell != m_hover) {
            m_hover = cell;
            update();
            emit m_chart->cellHovered(cell.first, cell.second);
        }
        if (cell.first < 0 || !m_chart->value(cell.first, cell.second)) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(14, 10),
                           m_chart->tooltipText(cell.first, cell.second), this);
    }

    void leaveEvent(QEvent* event) override
    {
        QWidget::leaveEvent(event);
        if (m_hover.first >= 0) {
            m_hover = {-1, -1};
            update();
            emit m_chart->cellHovered(-1, -1);
        }
        QToolTip::hideText();
    }

    void contextMenuEvent(QContextMenuEvent* event) override
    {
        QMenu menu(this);
        QAction* save = menu.addAction(HeatMapChart::tr("Save as PNG…"));
        if (menu.exec(event->globalPos()) == save)
            m_chart->promptSavePng();
    }

private:
    HeatMapChart* m_chart;
    std::pair<int, int> m_hover{-1, -1};
};

HeatMapChart::HeatMapChart(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMapChart"));
    setAttribute(Qt::WA_StyledBackground);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setWordWrap(true);
    m_plot = new HeatMapPlot(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(160);

    auto* body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(body, 1);
}

HeatMapChart::~HeatMapChart() = default;

void HeatMapChart::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString HeatMapChart::title() const
{
    return m_title->text();
}

void HeatMapChart::setData(HeatMapData data)
{
    m_data = std::move(data);
    m_stack->setCurrentWidget(m_plot);
    fitHeight();
    m_plot->update();
}

void HeatMapChart::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    fitHeight();
}

QString HeatMapChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

int HeatMapChart::rowCount() const
{
    return static_cast<int>(m_data.rowLabels.size());
}

int HeatMapChart::columnCount() const
{
    return static_cast<int>(m_data.columnLabels.size());
}

std::optional<double> HeatMapChart::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount() ||
        static_cast<std::size_t>(row) >= m_data.values.size())
        return std::nullopt;
    const auto& values = m_data.values[static_cast<std::size_t>(row)];
    if (static_cast<std::size_t>(column) >= values.size() || !std::isfinite(values[static_cast<std::size_t>(column)]))
        return std::nullopt;
    return values[static_cast<std::size_t>(column)];
}

double HeatMapChart::scaleMin() const
{
    if (m_data.scaleMin)
        return *m_data.scaleMin;
    double lo = std::numeric_limits<double>::infinity();
    for (const auto& row : m_data.values)
        for (double v : row)
            if (std::isfinite(v))
                lo = std::min(lo, v);
    return std::isfinite(lo) ? lo : 0.0;
}

double HeatMapChart::scaleMax() const
{
    if (m_data.scaleMax)
        return *m_data.scaleMax;
    double hi = -std::numeric_limits<double>::infinity();
    for (const auto& row : m_data.values)
        for (double v : row)
            if (std::isfinite(v))
                hi = std::max(hi, v);
    return std::isfinite(hi) ? hi : 1.0;
}

QColor HeatMapChart::cellColor(int row, int column) const
{
    const auto v = value(row, column);
    if (!v)
        return {};
    const double lo = scaleMin(), hi = scaleMax();
    return chartSequentialColor(hi > lo ? (*v - lo) / (hi - lo) : 1.0);
}

QRect HeatMapChart::cellRect(int row, int column) const
{
    if (m_stack->currentWidget() != m_plot || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    const auto g = m_plot->geometryFor(m_plot->size());
    const QRectF cell = m_plot->cellRect(g, row, column).adjusted(0, 0, -kGap, -kGap);
    return QRect(m_plot->mapTo(this, cell.topLeft().toPoint()), cell.size().toSize());
}

QString HeatMapChart::cellText(int row, int column) const
{
    return m_plot->cellText(m_plot->geometryFor(m_plot->size()), row, column);
}

QString HeatMapChart::tooltipText(int row, int column) const
{
    const auto v = value(row, column);
    if (!v)
        return {};
    const auto r = static_cast<std::size_t>(row), c = static_cast<std::size_t>(column);
    QString heading = row < m_data.rowHeadings.size() ? m_data.rowHeadings[row] : m_data.rowLabels[row];
    QString line;
    if (r < m_data.tooltips.size() && c < m_data.tooltips[r].size() && !m_data.tooltips[r][c].isEmpty())
        line = m_data.tooltips[r][c].toHtmlEscaped();
    else
        line = QStringLiteral("%1: <b>%2</b>")
                   .arg((m_data.valueTitle.isEmpty() ? tr("Value") : m_data.valueTitle).toHtmlEscaped(),
                        format::exact(*v, m_data.kind));
    return QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), line);
}

std::pair<QString, QString> HeatMapChart::legendLabels() const
{
    const double lo = scaleMin(), hi = scaleMax();
    bool above = false;
    for (const auto& row : m_data.values)
        for (double v : row)
            above = above || (std::isfinite(v) && v > hi + 1e-12);
    const QString high = format::axis(hi, m_data.kind);
    return {format::axis(lo, m_data.kind), above ? tr("≥ %1").arg(high) : high};
}

bool HeatMapChart::saveAsPng(const QString& path)
{
    return grab().save(path, "PNG");
}

void HeatMapChart::promptSavePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                      chart_style::fileNameFor(title()) + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveAsPng(path))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

void HeatMapChart::fitHeight()
{
    // An explicit minimum, not only a size hint: the rows must never be squeezed below reading
    // size, and layouts honour a minimum at once.
    setMinimumHeight(sizeHint().height());
}

QSize HeatMapChart::sizeHint() const
{
    const int title = m_title->sizeHint().height() + 6;
    const int body = m_stack->currentWidget() == m_plot ? m_plot->preferredHeight() : 200;
    return {640, kCardMargins + title + body};
}

QSize HeatMapChart::minimumSizeHint() const
{
    return {360, 200};
}

} // namespace kestrel::ui
