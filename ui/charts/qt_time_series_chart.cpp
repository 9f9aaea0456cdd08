#include "charts/qt_time_series_chart.h"

#include "charts/chart_palette.h"
#include "charts/chart_style.h"
#include "charts/chart_ticks.h"
#include "charts/decimation.h"
#include "charts/interactive_chart_view.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QFontMetrics>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStackedLayout>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {
namespace {

using chart_style::kAxisText;

QCategoryAxis* makeAxis()
{
    return chart_style::makeValueAxis();
}

const QColor kBandColor(0x93, 0xa8, 0xc9);

QString tooltipValue(double v, format::Kind kind)
{
    return format::exact(v, kind);
}

} // namespace

QtTimeSeriesChart::QtTimeSeriesChart(Style style, format::Kind valueKind, QWidget* parent)
    : TimeSeriesChart(parent), m_style(style), m_kind(valueKind)
{
    setObjectName(QStringLiteral("timeSeriesChart"));
    setAttribute(Qt::WA_StyledBackground);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(6, 4, 10, 0));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(kAxisText);
    QFont legendFont = m_chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    m_chart->legend()->setFont(legendFont);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_view = new InteractiveChartView(m_chart, this);
    m_view->setMinimumHeight(160);
    // The card is white; the view would otherwise paint the palette's grey behind the plot.
    m_view->setBackgroundBrush(Qt::white);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto* body = new QWidget(this);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(body, 1);

    m_replotTimer.setSingleShot(true);
    m_replotTimer.setInterval(60);
    connect(&m_replotTimer, &QTimer::timeout, this, [this] {
        if (plotWidth() != m_plottedWidth)
            replot();
        else if (static_cast<int>(m_chart->plotArea().height()) != m_plottedHeight)
            rebuildAxes();
    });
    connect(m_view, &InteractiveChartView::hovered, this, &QtTimeSeriesChart::showTooltip);
    connect(m_view, &InteractiveChartView::hoverLeft, this, [] { QToolTip::hideText(); });
    connect(m_view, &InteractiveChartView::savePngRequested, this, &QtTimeSeriesChart::promptSavePng);
}

QtTimeSeriesChart::~QtTimeSeriesChart() = default;

void QtTimeSeriesChart::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString QtTimeSeriesChart::title() const
{
    return m_title->text();
}

QString QtTimeSeriesChart::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void QtTimeSeriesChart::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString QtTimeSeriesChart::seriesName(int index) const
{
    return m_columns.series.at(static_cast<std::size_t>(index)).name;
}

bool QtTimeSeriesChart::isSeriesVisible(int index) const
{
    return m_visible.at(static_cast<std::size_t>(index));
}

QColor QtTimeSeriesChart::colorFor(int index) const
{
    const QColor& c = m_columns.series[static_cast<std::size_t>(index)].color;
    return c.isValid() ? c : chartColor(index);
}

int QtTimeSeriesChart::plotWidth() const
{
    const double w = m_chart->plotArea().width();
    return w > 10 ? static_cast<int>(w) : std::max(100, m_view->width() - 80);
}

void QtTimeSeriesChart::setColumns(TimeColumns columns)
{
    m_columns = std::move(columns);
    m_visible.assign(m_columns.series.size(), true);
    // The band and the markers belong to the data they were set on.
    m_bandData.reset();
    m_markers.clear();
    rebuild();
    m_stack->setCurrentWidget(m_view);
}

void QtTimeSeriesChart::setBand(std::optional<ChartBand> band)
{
    m_bandData = std::move(band);
    rebuild();
}

void QtTimeSeriesChart::setValueKind(format::Kind kind)
{
    m_kind = kind;
    rebuildAxes();
}

int QtTimeSeriesChart::dayIndex(QDate day) const
{
    const auto it = std::lower_bound(m_columns.days.begin(), m_columns.days.end(), day);
    return it != m_columns.days.end() && *it == day ? static_cast<int>(it - m_columns.days.begin()) : -1;
}

double QtTimeSeriesChart::markerValue(const ChartMarker& m) const
{
    return m_columns.series[static_cast<std::size_t>(m.series)].values[static_cast<std::size_t>(dayIndex(m.day))];
}

void QtTimeSeriesChart::setMarkers(std::vector<ChartMarker> markers)
{
    m_markers.clear();
    for (ChartMarker& m : markers)
        if (m.series >= 0 && m.series < seriesCount() && dayIndex(m.day) >= 0)
            m_markers.push_back(std::move(m));
    rebuild();
}

std::vector<ChartPoint> QtTimeSeriesChart::markerPoints() const
{
    std::vector<ChartPoint> out;
    for (const ChartMarker& m : m_markers)
        out.push_back({m.day, markerValue(m)});
    return out;
}

std::optional<QPoint> QtTimeSeriesChart::markerPosition(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_dots.size() || m_stack->currentWidget() != m_view)
        return std::nullopt;
    const ChartMarker& m = m_markers[static_cast<std::size_t>(index)];
    if (!isSeriesVisible(m.series))
        return std::nullopt;
    QScatterSeries* dot = m_dots[static_cast<std::size_t>(index)];
    const QPointF inChart = m_chart->mapToPosition(QPointF(dayIndex(m.day), markerValue(m)), dot);
    const QPoint inView = m_view->mapFromScene(m_chart->mapToScene(inChart));
    return m_view->mapTo(this, inView);
}

std::vector<ChartBandPoint> QtTimeSeriesChart::bandPoints() const
{
    std::vector<ChartBandPoint> out;
    if (!m_bandData)
        return out;
    const ChartBand& b = *m_bandData;
    for (std::size_t k = 0; k < m_columns.days.size() && k < b.lower.size() && k < b.upper.size(); ++k)
        if (std::isfinite(b.lower[k]) && std::isfinite(b.upper[k]))
            out.push_back({m_columns.days[k], b.lower[k], b.upper[k]});
    return out;
}

void QtTimeSeriesChart::addBand()
{
    m_band.clear();
    if (!m_bandData)
        return;
    const ChartBand& b = *m_bandData;
    QColor fill = b.color.isValid() ? b.color : kBandColor;
    fill.setAlpha(70);
    // A stretch of consecutive days with a band is one area; a day without one breaks it.
    QLineSeries* upper = nullptr;
    QLineSeries* lower = nullptr;
    const auto close = [&] {
        if (!upper)
            return;
        auto* area = new QAreaSeries(upper, lower);
        area->setName(b.name);
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        m_band.push_back(area);
        upper = lower = nullptr;
    };
    for (std::size_t k = 0; k < m_columns.days.size(); ++k) {
        const bool has =
            k < b.lower.size() && k < b.upper.size() && std::isfinite(b.lower[k]) && std::isfinite(b.upper[k]);
        if (!has) {
            close();
            continue;
        }
        if (!upper) {
            upper = new QLineSeries;
            lower = new QLineSeries;
        }
        upper->append(static_cast<double>(k), b.upper[k]);
        lower->append(static_cast<double>(k), b.lower[k]);
    }
    close();
}

void QtTimeSeriesChart::addMarkers()
{
    m_dots.clear();
    for (const ChartMarker& m : m_markers) {
        auto* dot = new QScatterSeries;
        dot->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dot->setMarkerSize(11);
        dot->setColor(m.color);
        dot->setBorderColor(Qt::white);
        dot->append(dayIndex(m.day), markerValue(m));
        dot->setVisible(isSeriesVisible(m.series));
        m_chart->addSeries(dot);
        m_dots.push_back(dot);
    }
}

void QtTimeSeriesChart::rebuild()
{
    m_chart->removeAllSeries();
    m_lines.clear();
    m_series.clear();
    addBand(); // first, so it is drawn behind the lines
    for (int i = 0; i < seriesCount(); ++i) {
        const QColor color = colorFor(i);
        auto* line = new QLineSeries;
        line->setName(seriesName(i));
        line->setPen(QPen(color, m_style == Style::Area ? 2.0 : 1.8));
        QAbstractSeries* series = line;
        if (m_style == Style::Area) {
            auto* area = new QAreaSeries(line);
            area->setName(seriesName(i));
            QColor fill = color;
            fill.setAlpha(48);
            area->setBrush(fill);
            area->setPen(QPen(color, 2.0));
            series = area;
        }
        m_chart->addSeries(series);
        m_lines.push_back(line);
        m_series.push_back(series);
    }
    addMarkers(); // last, so the dots are drawn on the lines
    const bool namedBand = !m_band.empty() && !m_bandData->name.isEmpty();
    const bool legend = seriesCount() > 1 || namedBand;
    m_chart->legend()->setVisible(legend);
    // The band has one legend entry however many stretches it has; dots have none.
    for (std::size_t i = 0; i < m_band.size(); ++i)
        for (QLegendMarker* marker : m_chart->legend()->markers(m_band[i]))
            marker->setVisible(i == 0 && namedBand);
    for (QScatterSeries* dot : m_dots)
        for (QLegendMarker* marker : m_chart->legend()->markers(dot))
            marker->setVisible(false);
    // Many series read better as a list beside the plot, where labels are not elided.
    m_chart->legend()->setAlignment(seriesCount() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    if (legend) {
        const auto markers = m_chart->legend()->markers();
        for (QLegendMarker* marker : markers) {
            const auto it = std::find(m_series.begin(), m_series.end(), marker->series());
            if (it == m_series.end())
                continue;
            const int index = static_cast<int>(it - m_series.begin());
            connect(marker, &QLegendMarker::clicked, this,
                    [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
        }
    }
    replot();
}

void QtTimeSeriesChart::replot()
{
    m_plottedWidth = plotWidth();
    for (int i = 0; i < seriesCount(); ++i) {
        const auto& values = m_columns.series[static_cast<std::size_t>(i)].values;
        std::vector<QPointF> points;
        points.reserve(values.size());
        for (std::size_t k = 0; k < values.size(); ++k)
            points.emplace_back(static_cast<double>(k), values[k]);
        const auto plotted = decimateMinMax(points, m_plottedWidth);
        m_lines[static_cast<std::size_t>(i)]->replace(QList<QPointF>(plotted.begin(), plotted.end()));
    }
    rebuildAxes();
}

void QtTimeSeriesChart::rebuildAxes()
{
    // Axes are rebuilt rather than edited: a QCategoryAxis keys categories by label.
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_axisX = makeAxis();
    m_axisY = makeAxis();
    m_axisX->setGridLineVisible(false);

    const int n = static_cast<int>(m_columns.days.size());
    const QFontMetrics metrics(m_axisX->labelsFont());
    const int labelWidth = metrics.horizontalAdvance(QLocale().toString(QDate(2024, 12, 28), QStringLiteral("d MMM")));
    // Qt hides a label that would stick out of the axis, so none goes within half a label of
    // either end.
    const double pxPerDay = n > 1 ? m_plottedWidth / (n - 1.0) : m_plottedWidth;
    const int edge = n > 1 ? static_cast<int>(std::ceil((labelWidth / 2.0 + 2.0) / pxPerDay)) : 0;
    auto xTicks = dateTicks(m_columns.days, std::max(1, m_plottedWidth / (labelWidth + 28)), edge, n - 1 - edge);
    if (xTicks.empty()) // very few days on a narrow chart: label the middle one
        xTicks = dateTicks(m_columns.days, 1, n / 2, n / 2);
    m_axisX->setStartValue(0);
    for (const AxisTick& t : xTicks)
        m_axisX->append(t.label, t.position);
    m_axisX->setRange(n > 1 ? 0.0 : -0.5, n > 1 ? n - 1.0 : 0.5);

    double maxValue = 0;
    for (int i = 0; i < seriesCount(); ++i) {
        if (!isSeriesVisible(i))
            continue;
        for (double v : m_columns.series[static_cast<std::size_t>(i)].values)
            maxValue = std::max(maxValue, v);
    }
    for (const ChartBandPoint& p : bandPoints())
        maxValue = std::max(maxValue, p.upper);
    if (!m_markers.empty())
        maxValue *= 1.04; // room for a dot on the highest point
    m_plottedHeight = static_cast<int>(m_chart->plotArea().height());
    const int rows = std::clamp(m_plottedHeight / 38, 3, 7);
    const auto yTicks = niceTicks(maxValue, rows, m_kind == format::Kind::Count);
    m_axisY->setStartValue(0);
    for (double t : yTicks)
        m_axisY->append(format::axis(t, m_kind), t);
    m_axisY->setRange(0, yTicks.back());

    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (const auto* group : {&m_band, &m_series})
        for (QAbstractSeries* s : *group) {
            s->attachAxis(m_axisX);
            s->attachAxis(m_axisY);
        }
    for (QScatterSeries* dot : m_dots) {
        dot->attachAxis(m_axisX);
        dot->attachAxis(m_axisY);
    }
}

void QtTimeSeriesChart::setSeriesVisible(int index, bool visible)
{
    const auto i = static_cast<std::size_t>(index);
    if (i >= m_series.size() || m_visible[i] == visible)
        return;
    m_visible[i] = visible;
    m_series[i]->setVisible(visible);
    for (std::size_t k = 0; k < m_markers.size(); ++k)
        if (m_markers[k].series == index)
            m_dots[k]->setVisible(visible);
    // A hidden series hides its legend marker too; keep it, dimmed, so it can be clicked back.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_series[i]))
        updateMarker(marker, visible);
    rebuildAxes();
    emit seriesVisibilityChanged(index, visible);
}

void QtTimeSeriesChart::updateMarker(QLegendMarker* marker, bool visible)
{
    marker->setVisible(true);
    const QColor color =
        colorFor(static_cast<int>(std::find(m_series.begin(), m_series.end(), marker->series()) - m_series.begin()));
    QColor label = kAxisText;
    QColor swatch = color;
    if (!visible) {
        label.setAlpha(90);
        swatch.setAlpha(60);
    }
    marker->setLabelBrush(label);
    marker->setBrush(swatch);
    marker->setPen(QPen(swatch));
}

std::vector<ChartPoint> QtTimeSeriesChart::plottedPoints(int index) const
{
    std::vector<ChartPoint> out;
    const auto& days = m_columns.days;
    for (const QPointF& p : m_lines.at(static_cast<std::size_t>(index))->points()) {
        const auto k = static_cast<std::size_t>(std::llround(p.x()));
        if (k < days.size())
            out.push_back({days[k], p.y()});
    }
    return out;
}

void QtTimeSeriesChart::showTooltip(double x, const QPoint& globalPos)
{
    const auto k = static_cast<long long>(x);
    if (k < 0 || static_cast<std::size_t>(k) >= m_columns.days.size()) {
        QToolTip::hideText();
        return;
    }
    const auto idx = static_cast<std::size_t>(k);
    QString text = QStringLiteral("<b>%1</b>").arg(QLocale().toString(m_columns.days[idx], QLocale::LongFormat));
    for (int i = 0; i < seriesCount(); ++i) {
        if (!isSeriesVisible(i))
            continue;
        const auto& s = m_columns.series[static_cast<std::size_t>(i)];
        text += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: <b>%3</b>")
                    .arg(colorFor(i).name(), s.name.toHtmlEscaped(), tooltipValue(s.values[idx], m_kind));
    }
    if (m_bandData && idx < m_bandData->lower.size() && idx < m_bandData->upper.size() &&
        std::isfinite(m_bandData->lower[idx]) && std::isfinite(m_bandData->upper[idx]))
        text += QStringLiteral("<br>%1: %2 – %3")
                    .arg(m_bandData->name.toHtmlEscaped(), tooltipValue(m_bandData->lower[idx], m_kind),
                         tooltipValue(m_bandData->upper[idx], m_kind));
    for (const ChartMarker& m : m_markers) {
        if (m.day != m_columns.days[idx] || !isSeriesVisible(m.series) || m.tooltip.isEmpty())
            continue;
        text += QStringLiteral("<br><span style=\"color:%1\">●</span> %2")
                    .arg(m.color.name(), m.tooltip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    QToolTip::showText(globalPos + QPoint(14, 10), text, m_view);
}

bool QtTimeSeriesChart::saveAsPng(const QString& path)
{
    return grab().save(path, "PNG");
}

void QtTimeSeriesChart::promptSavePng()
{
    QString suggested = title().isEmpty() ? QStringLiteral("chart") : title();
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggested + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveAsPng(path))
        QMessageBox::warning(this, tr("Save chart"), tr("Could not write %1.").arg(path));
}

void QtTimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    TimeSeriesChart::resizeEvent(event);
    m_replotTimer.start();
}

} // namespace kestrel::ui
