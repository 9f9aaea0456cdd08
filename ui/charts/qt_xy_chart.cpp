#include "charts/qt_xy_chart.h"

#include "charts/chart_palette.h"
#include "charts/chart_style.h"
#include "charts/chart_ticks.h"
#include "charts/decimation.h"
#include "charts/interactive_chart_view.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCore/QLocale>
#include <QtCore/QSet>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace kestrel::ui {
namespace {

constexpr double kHoverRadius = 14.0; // pixels around a point that show its tooltip

/// Tick labels, unique (a QCategoryAxis keys categories by label): more digits when the
/// formatted ones collide.
QStringList tickLabels(const std::vector<double>& ticks, format::Kind kind)
{
    QStringList labels;
    for (double t : ticks)
        labels << format::axis(t, kind);
    if (QSet<QString>(labels.begin(), labels.end()).size() != labels.size()) {
        labels.clear();
        for (double t : ticks)
            labels << QLocale().toString(t, 'g', 8);
    }
    return labels;
}

} // namespace

XyChart* XyChart::create(QWidget* parent)
{
    return new QtXyChart(parent);
}

QtXyChart::QtXyChart(QWidget* parent) : XyChart(parent)
{
    setObjectName(QStringLiteral("xyChart"));
    m_chart = new QChart;
    m_card = std::make_unique<ChartCard>(this, m_chart);
    m_card->view()->setGuideLineEnabled(false);
    connect(m_card->view(), &InteractiveChartView::pointerMoved, this, &QtXyChart::showTooltip);
    connect(m_card->view(), &InteractiveChartView::hoverLeft, this, [] { QToolTip::hideText(); });

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(60);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        if (m_series.empty())
            return;
        if (plotWidth() != m_plottedWidth)
            replot();
        else if (static_cast<int>(m_chart->plotArea().height()) != m_plottedHeight)
            rebuildAxes();
    });
}

QtXyChart::~QtXyChart() = default;

void QtXyChart::setTitle(const QString& title)
{
    m_card->setTitle(title);
}

QString QtXyChart::title() const
{
    return m_card->title();
}

void QtXyChart::showMessage(const QString& text)
{
    m_card->showMessage(text);
}

QString QtXyChart::message() const
{
    return m_card->message();
}

QString QtXyChart::seriesName(int index) const
{
    return m_data.series.at(static_cast<std::size_t>(index)).name;
}

XySeries::Style QtXyChart::seriesStyle(int index) const
{
    return m_data.series.at(static_cast<std::size_t>(index)).style;
}

bool QtXyChart::isSeriesVisible(int index) const
{
    return m_visible.at(static_cast<std::size_t>(index));
}

QColor QtXyChart::colorFor(int index) const
{
    const XySeries& s = m_data.series[static_cast<std::size_t>(index)];
    if (s.color.isValid())
        return s.color;
    return s.style == XySeries::Style::Reference ? chartMutedColor() : chartColor(index);
}

int QtXyChart::plotWidth() const
{
    const double w = m_chart->plotArea().width();
    return w > 10 ? static_cast<int>(w) : std::max(100, m_card->view()->width() - 80);
}

void QtXyChart::setData(XyData chartData)
{
    m_data = std::move(chartData);
    m_visible.assign(m_data.series.size(), true);
    rebuild();
    m_card->showPlot();
}

void QtXyChart::rebuild()
{
    m_chart->removeAllSeries();
    m_series.clear();
    int scatterPoints = 0;
    for (const XySeries& s : m_data.series) {
        if (s.style == XySeries::Style::Scatter)
            scatterPoints += static_cast<int>(s.points.size());
    }
    for (int i = 0; i < seriesCount(); ++i) {
        const XySeries& s = m_data.series[static_cast<std::size_t>(i)];
        const QColor color = colorFor(i);
        QXYSeries* series = nullptr;
        switch (s.style) {
        case XySeries::Style::Line:
        case XySeries::Style::LineWithPoints: {
            auto* line = new QLineSeries;
            line->setPen(QPen(color, 2.0));
            if (s.style == XySeries::Style::LineWithPoints) {
                line->setPointsVisible(true);
                line->setMarkerSize(7);
            }
            series = line;
            break;
        }
        case XySeries::Style::Scatter: {
            auto* scatter = new QScatterSeries;
            scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            // Many points: smaller, translucent dots so dense regions read as dense.
            scatter->setMarkerSize(scatterPoints > 1000 ? 5.5 : scatterPoints > 200 ? 7 : 9);
            QColor fill = color;
            fill.setAlpha(scatterPoints > 1000 ? 170 : 210);
            scatter->setColor(fill);
            scatter->setBorderColor(Qt::transparent);
            series = scatter;
            break;
        }
        case XySeries::Style::Reference: {
            auto* line = new QLineSeries;
            line->setPen(QPen(color, 1.4, Qt::DashLine));
            series = line;
            break;
        }
        }
        series->setName(s.name.toHtmlEscaped()); // the legend draws rich text
        m_chart->addSeries(series);
        m_series.push_back(series);
    }
    int entries = 0;
    for (int i = 0; i < seriesCount(); ++i)
        entries += isFollower(i) ? 0 : 1;
    const bool legend = entries > 1;
    m_chart->legend()->setVisible(legend);
    // More than a few entries do not fit under a narrow plot; beside it they stack.
    m_chart->legend()->setAlignment(entries > 3 ? Qt::AlignRight : Qt::AlignBottom);
    if (legend) {
        for (QLegendMarker* marker : m_chart->legend()->markers()) {
            const auto it = std::find(m_series.begin(), m_series.end(), marker->series());
            if (it == m_series.end())
                continue;
            const int index = static_cast<int>(it - m_series.begin());
            if (isFollower(index)) {
                marker->setVisible(false); // toggled with the series it belongs to
                continue;
            }
            connect(marker, &QLegendMarker::clicked, this,
                    [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
        }
    }
    replot();
}

void QtXyChart::replot()
{
    m_plottedWidth = plotWidth();
    for (int i = 0; i < seriesCount(); ++i) {
        const XySeries& s = m_data.series[static_cast<std::size_t>(i)];
        const bool line = s.style == XySeries::Style::Line || s.style == XySeries::Style::LineWithPoints;
        std::vector<QPointF> plot;
        plot.reserve(s.points.size());
        for (const QPointF& p : s.points) {
            QPointF at;
            if (toPlot(p, at))
                plot.push_back(at);
        }
        const auto points = line ? decimateMinMax(plot, m_plottedWidth) : plot;
        m_series[static_cast<std::size_t>(i)]->replace(QList<QPointF>(points.begin(), points.end()));
    }
    rebuildAxes();
}

void QtXyChart::rebuildAxes()
{
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_axisX = chart_style::makeValueAxis();
    m_axisY = chart_style::makeValueAxis();

    double xLo = std::numeric_limits<double>::infinity(), xHi = -xLo, yLo = xLo, yHi = -xLo;
    bool scatter = false, dots = false;
    for (int i = 0; i < seriesCount(); ++i) {
        if (!isSeriesVisible(i))
            continue;
        const XySeries& s = m_data.series[static_cast<std::size_t>(i)];
        scatter = scatter || s.style == XySeries::Style::Scatter;
        dots = dots || s.style == XySeries::Style::LineWithPoints;
        for (const QPointF& point : s.points) {
            QPointF p;
            if (!toPlot(point, p))
                continue;
            xLo = std::min(xLo, p.x());
            xHi = std::max(xHi, p.x());
            yLo = std::min(yLo, p.y());
            yHi = std::max(yHi, p.y());
        }
    }
    if (!std::isfinite(xLo)) {
        xLo = yLo = 0;
        xHi = yHi = 1;
    }
    // A logarithmic axis runs in decades: one value (or one price) still gets a short range.
    for (auto [axis, lo, hi] : {std::tuple{&m_data.x, &xLo, &xHi}, std::tuple{&m_data.y, &yLo, &yHi}}) {
        if (!axis->logarithmic)
            continue;
        if (axis->min && *axis->min > 0)
            *lo = std::log10(*axis->min);
        if (axis->max && *axis->max > 0)
            *hi = std::log10(*axis->max);
        if (*hi - *lo < 1e-6) {
            *lo -= 0.1;
            *hi += 0.1;
        }
    }
    if (scatter) { // dots on the frame are hard to see
        const double padX = (xHi - xLo) * 0.03, padY = (yHi - yLo) * 0.03;
        xLo -= padX;
        xHi += padX;
        yLo -= padY;
        yHi += padY;
    } else if (dots) { // a line's dots at its highest (or a negative lowest) would be cut in half
        const double padY = (yHi - yLo) * 0.04;
        yHi += padY;
        if (yLo < 0)
            yLo -= padY;
    }
    const auto axisTicks = [](const XyAxis& axis, double lo, double hi, int maxTicks) {
        if (axis.logarithmic) { // values in data units, inside the plotted decades
            const auto values = logTicksBetween(std::pow(10.0, lo), std::pow(10.0, hi), maxTicks);
            return values;
        }
        lo = axis.min.value_or(lo);
        hi = axis.max.value_or(hi);
        auto ticks = niceTicksBetween(lo, hi, maxTicks, axis.integral || axis.kind == format::Kind::Count);
        // A fixed end stays exact (0..1 stays 0..1 rather than growing to the next tick).
        if (axis.min)
            ticks.erase(std::remove_if(ticks.begin(), ticks.end(), [&](double t) { return t < *axis.min - 1e-12; }),
                        ticks.end());
        if (axis.max)
            ticks.erase(std::remove_if(ticks.begin(), ticks.end(), [&](double t) { return t > *axis.max + 1e-12; }),
                        ticks.end());
        return ticks;
    };
    m_plottedHeight = static_cast<int>(m_chart->plotArea().height());
    const auto xTicks = axisTicks(m_data.x, xLo, xHi, std::clamp(m_plottedWidth / 70, 3, 10));
    const auto yTicks = axisTicks(m_data.y, yLo, yHi, std::clamp(m_plottedHeight / 38, 3, 7));
    const auto fill = [](QCategoryAxis* axis, const XyAxis& spec, const std::vector<double>& ticks, double lo,
                         double hi) {
        double from = spec.min ? *spec.min : std::min(lo, ticks.empty() ? lo : ticks.front());
        double to = spec.max ? *spec.max : std::max(hi, ticks.empty() ? hi : ticks.back());
        if (spec.logarithmic) { // the ticks lie inside the range, which is in decades
            from = lo;
            to = hi;
        }
        axis->setStartValue(from);
        const QStringList labels = tickLabels(ticks, spec.kind);
        for (std::size_t i = 0; i < ticks.size(); ++i)
            axis->append(labels[static_cast<qsizetype>(i)], spec.logarithmic ? std::log10(ticks[i]) : ticks[i]);
        axis->setRange(from, to);
        axis->setTitleText(spec.title.toHtmlEscaped()); // drawn as rich text
        axis->setTitleVisible(!spec.title.isEmpty());
        return spec.logarithmic ? std::pair<double, double>{std::pow(10.0, from), std::pow(10.0, to)}
                                : std::pair<double, double>{from, to};
    };
    m_xRange = fill(m_axisX, m_data.x, xTicks, xLo, xHi);
    m_yRange = fill(m_axisY, m_data.y, yTicks, yLo, yHi);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QXYSeries* s : m_series) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
}

bool QtXyChart::isFollower(int index) const
{
    const int follows = m_data.series[static_cast<std::size_t>(index)].follows;
    return follows >= 0 && follows < seriesCount() && follows != index;
}

void QtXyChart::setSeriesVisible(int index, bool visible)
{
    const auto i = static_cast<std::size_t>(index);
    if (i >= m_series.size() || m_visible[i] == visible)
        return;
    m_visible[i] = visible;
    m_series[i]->setVisible(visible);
    updateMarker(index);
    // The series that belong to this one go with it.
    for (int f = 0; f < seriesCount(); ++f) {
        if (f != index && m_data.series[static_cast<std::size_t>(f)].follows == index &&
            m_visible[static_cast<std::size_t>(f)] != visible) {
            m_visible[static_cast<std::size_t>(f)] = visible;
            m_series[static_cast<std::size_t>(f)]->setVisible(visible);
            updateMarker(f);
            emit seriesVisibilityChanged(f, visible);
        }
    }
    rebuildAxes();
    emit seriesVisibilityChanged(index, visible);
}

void QtXyChart::updateMarker(int index)
{
    // A hidden series hides its legend marker too; keep it, dimmed, so it can be clicked back.
    const bool visible = isSeriesVisible(index);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_series[static_cast<std::size_t>(index)])) {
        marker->setVisible(!isFollower(index));
        QColor swatch = colorFor(index);
        QColor label = chart_style::kAxisText;
        if (!visible) {
            swatch.setAlpha(60);
            label.setAlpha(90);
        }
        marker->setLabelBrush(label);
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
    }
}

std::vector<QPointF> QtXyChart::plottedPoints(int index) const
{
    const QList<QPointF> points = m_series.at(static_cast<std::size_t>(index))->points();
    std::vector<QPointF> out;
    out.reserve(static_cast<std::size_t>(points.size()));
    for (const QPointF& p : points)
        out.push_back(fromPlot(p));
    return out;
}

bool QtXyChart::toPlot(const QPointF& p, QPointF& out) const
{
    double x = p.x(), y = p.y();
    if (m_data.x.logarithmic) {
        if (!(x > 0))
            return false;
        x = std::log10(x);
    }
    if (m_data.y.logarithmic) {
        if (!(y > 0))
            return false;
        y = std::log10(y);
    }
    out = QPointF(x, y);
    return true;
}

QPointF QtXyChart::fromPlot(const QPointF& p) const
{
    return QPointF(m_data.x.logarithmic ? std::pow(10.0, p.x()) : p.x(),
                   m_data.y.logarithmic ? std::pow(10.0, p.y()) : p.y());
}

QString QtXyChart::tooltipText(int index, int point) const
{
    if (index < 0 || index >= seriesCount())
        return {};
    const XySeries& s = m_data.series[static_cast<std::size_t>(index)];
    if (point < 0 || point >= static_cast<int>(s.points.size()))
        return {};
    const auto p = static_cast<std::size_t>(point);
    QString line;
    if (p < s.labels.size() && !s.labels[p].isEmpty()) {
        line = s.labels[p].toHtmlEscaped();
    } else {
        const QString x = format::exact(s.points[p].x(), m_data.x.kind);
        const QString y = format::exact(s.points[p].y(), m_data.y.kind);
        const QString xName = m_data.x.title.isEmpty() ? QStringLiteral("x") : m_data.x.title;
        const QString yName = m_data.y.title.isEmpty() ? QStringLiteral("y") : m_data.y.title;
        line = QStringLiteral("%1: <b>%2</b><br>%3: <b>%4</b>").arg(xName.toHtmlEscaped(), x, yName.toHtmlEscaped(), y);
    }
    return QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b><br>%3")
        .arg(colorFor(index).name(), s.name.toHtmlEscaped(), line);
}

void QtXyChart::showTooltip(const QPointF& chartPos, const QPoint& globalPos)
{
    int bestSeries = -1, bestPoint = -1;
    double best = kHoverRadius * kHoverRadius;
    for (int i = 0; i < seriesCount(); ++i) {
        if (!isSeriesVisible(i))
            continue;
        const XySeries& s = m_data.series[static_cast<std::size_t>(i)];
        QXYSeries* series = m_series[static_cast<std::size_t>(i)];
        for (std::size_t k = 0; k < s.points.size(); ++k) {
            QPointF plot;
            if (!toPlot(s.points[k], plot))
                continue;
            const QPointF at = m_chart->mapToPosition(plot, series);
            const double dx = at.x() - chartPos.x(), dy = at.y() - chartPos.y();
            const double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                bestSeries = i;
                bestPoint = static_cast<int>(k);
            }
        }
    }
    if (bestSeries < 0) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPos + QPoint(14, 10), tooltipText(bestSeries, bestPoint), m_card->view());
}

bool QtXyChart::saveAsPng(const QString& path)
{
    return m_card->saveAsPng(path);
}

void QtXyChart::resizeEvent(QResizeEvent* event)
{
    XyChart::resizeEvent(event);
    m_replotTimer.start();
}

} // namespace kestrel::ui
