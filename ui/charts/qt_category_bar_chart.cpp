#include "charts/qt_category_bar_chart.h"

#include "charts/chart_palette.h"
#include "charts/chart_style.h"
#include "charts/chart_ticks.h"
#include "charts/interactive_chart_view.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarLegendMarker>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QStackedBarSeries>
#include <QtGui/QCursor>
#include <QtGui/QFontMetrics>
#include <QtWidgets/QToolTip>

#include <algorithm>

namespace kestrel::ui {

CategoryBarChart* CategoryBarChart::create(Orientation orientation, format::Kind valueKind, QWidget* parent)
{
    return new QtCategoryBarChart(orientation, valueKind, parent);
}

QtCategoryBarChart::QtCategoryBarChart(Orientation orientation, format::Kind valueKind, QWidget* parent)
    : CategoryBarChart(parent), m_orientation(orientation), m_kind(valueKind)
{
    setObjectName(QStringLiteral("categoryBarChart"));
    m_chart = new QChart;
    m_card = std::make_unique<ChartCard>(this, m_chart);
    m_card->view()->setGuideLineEnabled(false);
    connect(m_card->view(), &InteractiveChartView::hoverLeft, this, [] { QToolTip::hideText(); });

    m_relayout.setSingleShot(true);
    m_relayout.setInterval(60);
    connect(&m_relayout, &QTimer::timeout, this, [this] {
        if (!m_series)
            return;
        placeLegend();
        if (valueExtent() != m_plottedExtent)
            rebuildValueAxis();
    });
}

QtCategoryBarChart::~QtCategoryBarChart() = default;

void QtCategoryBarChart::setTitle(const QString& title)
{
    m_card->setTitle(title);
}

QString QtCategoryBarChart::title() const
{
    return m_card->title();
}

void QtCategoryBarChart::setValueAxisTitle(const QString& title)
{
    m_valueTitle = title;
    if (m_valueAxis) {
        m_valueAxis->setTitleText(title.toHtmlEscaped()); // drawn as rich text
        m_valueAxis->setTitleVisible(!title.isEmpty());
    }
}

void QtCategoryBarChart::setCategoryAxisTitle(const QString& title)
{
    m_categoryTitle = title;
    if (m_categoryAxis) {
        m_categoryAxis->setTitleText(title.toHtmlEscaped());
        m_categoryAxis->setTitleVisible(!title.isEmpty());
    }
}

void QtCategoryBarChart::showMessage(const QString& text)
{
    m_card->showMessage(text);
}

QString QtCategoryBarChart::message() const
{
    return m_card->message();
}

QString QtCategoryBarChart::seriesName(int index) const
{
    return m_data.series.at(static_cast<std::size_t>(index)).name;
}

bool QtCategoryBarChart::isSeriesVisible(int index) const
{
    return m_visible.at(static_cast<std::size_t>(index));
}

QColor QtCategoryBarChart::colorFor(int index) const
{
    const QColor& c = m_data.series[static_cast<std::size_t>(index)].color;
    return c.isValid() ? c : chartColor(index);
}

int QtCategoryBarChart::positionOf(int category) const
{
    return m_orientation == Orientation::Horizontal ? static_cast<int>(m_data.categories.size()) - 1 - category
                                                    : category;
}

int QtCategoryBarChart::valueExtent() const
{
    const QRectF plot = m_chart->plotArea();
    return static_cast<int>(m_orientation == Orientation::Vertical ? plot.height() : plot.width());
}

void QtCategoryBarChart::setData(CategoryData chartData)
{
    m_data = std::move(chartData);
    m_visible.assign(m_data.series.size(), true);
    rebuild();
    m_card->showPlot();
}

void QtCategoryBarChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_sets.clear();
    m_valueAxis = nullptr;
    const bool horizontal = m_orientation == Orientation::Horizontal;
    if (m_data.stacked)
        m_series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
    else
        m_series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
    // Stacked bars are one bar per category: nearly touching, as a histogram's are.
    m_series->setBarWidth(m_data.stacked ? 0.9 : m_data.series.size() > 1 ? 0.8 : 0.6);
    const int count = static_cast<int>(m_data.categories.size());
    for (int i = 0; i < seriesCount(); ++i) {
        const BarSeries& s = m_data.series[static_cast<std::size_t>(i)];
        // The legend draws rich text: escape the name, and make "\n" a line break.
        auto* set = new QBarSet(s.name.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        QList<qreal> values(count, 0.0);
        for (int c = 0; c < count && c < static_cast<int>(s.values.size()); ++c)
            values[positionOf(c)] = s.values[static_cast<std::size_t>(c)];
        set->append(values);
        m_sets.push_back(set);
    }
    // Horizontal bars stack a group's sets upwards from the first: add them last to first, so a
    // group reads top-down in set order, and reverse the legend to match.
    for (int i = 0; i < seriesCount(); ++i)
        m_series->append(
            m_sets[static_cast<std::size_t>(m_orientation == Orientation::Horizontal ? seriesCount() - 1 - i : i)]);
    for (int i = 0; i < seriesCount(); ++i)
        applyColors(i);
    m_chart->addSeries(m_series);
    connect(m_series, &QAbstractBarSeries::hovered, this, &QtCategoryBarChart::showTooltip);

    if (m_data.axisLabels.empty()) {
        auto* axis = new QBarCategoryAxis;
        // Qt Charts lays axis labels out as rich text: escape them, and make "\n" a line break.
        QStringList labels;
        for (const QString& c : m_data.categories)
            labels << c.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (horizontal)
            std::reverse(labels.begin(), labels.end());
        axis->append(labels);
        m_categoryAxis = axis;
    } else {
        // Bars sit on whole numbers of a value axis; labels go where the page put them.
        QCategoryAxis* axis = chart_style::makeValueAxis();
        axis->setStartValue(-0.5);
        for (const auto& [at, label] : m_data.axisLabels)
            axis->append(label.toHtmlEscaped(), horizontal ? (count - 1) - at : at);
        axis->setRange(-0.5, count - 0.5);
        m_categoryAxis = axis;
    }
    chart_style::styleAxis(m_categoryAxis);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setTitleText(m_categoryTitle.toHtmlEscaped());
    m_categoryAxis->setTitleVisible(!m_categoryTitle.isEmpty());
    m_chart->addAxis(m_categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);

    const bool legend = seriesCount() > 1;
    m_chart->legend()->setVisible(legend);
    m_chart->legend()->setReverseMarkers(m_orientation == Orientation::Horizontal);
    placeLegend();
    if (legend) {
        for (QLegendMarker* marker : m_chart->legend()->markers(m_series)) {
            auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
            const auto it = barMarker ? std::find(m_sets.begin(), m_sets.end(), barMarker->barset()) : m_sets.end();
            if (it == m_sets.end())
                continue;
            const int index = static_cast<int>(it - m_sets.begin());
            connect(marker, &QLegendMarker::clicked, this,
                    [this, index] { setSeriesVisible(index, !isSeriesVisible(index)); });
        }
    }
    rebuildValueAxis();
}

void QtCategoryBarChart::placeLegend()
{
    // Under the plot while the entries fit in one row there, else beside it, where they stack:
    // Qt Charts cuts entries that do not fit ("Medium: …") instead of wrapping them.
    const QFontMetrics metrics(m_chart->legend()->font());
    int needed = 0;
    for (const BarSeries& s : m_data.series) {
        int widest = 0;
        for (const QString& line : s.name.split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        needed += widest + 30; // marker, padding, spacing
    }
    const int room = m_card->view()->width() - 60; // the plot's width, less the value axis
    const Qt::Alignment where = seriesCount() > 3 || needed > room ? Qt::AlignRight : Qt::AlignBottom;
    if (m_chart->legend()->alignment() != where)
        m_chart->legend()->setAlignment(where);
}

void QtCategoryBarChart::rebuildValueAxis()
{
    if (m_valueAxis) {
        m_chart->removeAxis(m_valueAxis);
        delete m_valueAxis;
    }
    m_valueAxis = chart_style::makeValueAxis();
    m_valueAxis->setTitleText(m_valueTitle.toHtmlEscaped());
    m_valueAxis->setTitleVisible(!m_valueTitle.isEmpty());
    double lo = 0, hi = 0;
    if (m_data.stacked) { // the bars' ends: the sums of their visible positive and negative parts
        for (qsizetype c = 0; c < m_data.categories.size(); ++c) {
            double up = 0, down = 0;
            for (int i = 0; i < seriesCount(); ++i) {
                const auto& values = m_data.series[static_cast<std::size_t>(i)].values;
                const auto k = static_cast<std::size_t>(c);
                if (!isSeriesVisible(i) || k >= values.size())
                    continue;
                (values[k] > 0 ? up : down) += values[k];
            }
            lo = std::min(lo, down);
            hi = std::max(hi, up);
        }
    } else {
        for (int i = 0; i < seriesCount(); ++i) {
            if (!isSeriesVisible(i))
                continue;
            for (double v : m_data.series[static_cast<std::size_t>(i)].values) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    }
    if (hi - lo < 1e-12)
        hi = lo + 1;
    m_plottedExtent = valueExtent();
    const int maxTicks = m_orientation == Orientation::Vertical ? std::clamp(m_plottedExtent / 38, 3, 7)
                                                                : std::clamp(m_plottedExtent / 50, 3, 8);
    const auto ticks = niceTicksBetween(lo, hi, maxTicks, m_kind == format::Kind::Count);
    m_valueAxis->setStartValue(ticks.front());
    for (double t : ticks)
        m_valueAxis->append(format::axis(t, m_kind), t);
    m_valueAxis->setRange(ticks.front(), ticks.back());
    m_chart->addAxis(m_valueAxis, m_orientation == Orientation::Horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    m_series->attachAxis(m_valueAxis);
}

void QtCategoryBarChart::applyColors(int index)
{
    QBarSet* set = m_sets[static_cast<std::size_t>(index)];
    const bool visible = isSeriesVisible(index);
    QColor fill = colorFor(index);
    if (!visible)
        fill.setAlpha(0);
    set->setBrush(fill);
    set->setPen(Qt::NoPen);
    // A hidden set keeps its legend entry, dimmed, so it can be clicked back.
    for (QLegendMarker* marker : m_chart->legend()->markers(m_series)) {
        auto* barMarker = qobject_cast<QBarLegendMarker*>(marker);
        if (!barMarker || barMarker->barset() != set)
            continue;
        QColor swatch = colorFor(index);
        QColor label = chart_style::kAxisText;
        if (!visible) {
            swatch.setAlpha(60);
            label.setAlpha(90);
        }
        marker->setBrush(swatch);
        marker->setPen(QPen(swatch));
        marker->setLabelBrush(label);
    }
}

void QtCategoryBarChart::setSeriesVisible(int index, bool visible)
{
    const auto i = static_cast<std::size_t>(index);
    if (i >= m_sets.size() || m_visible[i] == visible)
        return;
    m_visible[i] = visible;
    applyColors(index);
    rebuildValueAxis();
    emit seriesVisibilityChanged(index, visible);
}

std::vector<double> QtCategoryBarChart::plottedValues(int index) const
{
    std::vector<double> out;
    const QBarSet* set = m_sets.at(static_cast<std::size_t>(index));
    const int n = static_cast<int>(m_data.categories.size());
    for (int c = 0; c < n; ++c)
        out.push_back(set->at(positionOf(c)));
    return out;
}

QString QtCategoryBarChart::tooltipText(int series, int category) const
{
    if (series < 0 || series >= seriesCount() || category < 0 || category >= m_data.categories.size())
        return {};
    const BarSeries& s = m_data.series[static_cast<std::size_t>(series)];
    const auto c = static_cast<std::size_t>(category);
    QString heading =
        category < m_data.categoryTooltips.size() ? m_data.categoryTooltips[category] : m_data.categories[category];
    heading.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString value = c < s.tooltips.size() && !s.tooltips[c].isEmpty()
                              ? s.tooltips[c]
                              : format::exact(c < s.values.size() ? s.values[c] : 0.0, m_kind);
    return QStringLiteral("<b>%1</b><br><span style=\"color:%2\">■</span> %3: <b>%4</b>")
        .arg(heading.toHtmlEscaped(), colorFor(series).name(), s.name.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped(),
             value);
}

void QtCategoryBarChart::showTooltip(bool status, int barIndex, QBarSet* set)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const auto it = std::find(m_sets.begin(), m_sets.end(), set);
    if (it == m_sets.end() || !isSeriesVisible(static_cast<int>(it - m_sets.begin())))
        return;
    const int category = positionOf(barIndex); // the mapping is its own inverse
    QToolTip::showText(QCursor::pos() + QPoint(14, 10), tooltipText(static_cast<int>(it - m_sets.begin()), category),
                       m_card->view());
}

bool QtCategoryBarChart::saveAsPng(const QString& path)
{
    return m_card->saveAsPng(path);
}

void QtCategoryBarChart::resizeEvent(QResizeEvent* event)
{
    CategoryBarChart::resizeEvent(event);
    m_relayout.start();
}

} // namespace kestrel::ui
