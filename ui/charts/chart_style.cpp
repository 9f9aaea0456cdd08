#include "charts/chart_style.h"

#include "charts/chart_palette.h"
#include "charts/interactive_chart_view.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStackedLayout>
#include <QtWidgets/QVBoxLayout>

#include <cmath>
#include <iterator>

namespace kestrel::ui {
namespace {

const QColor kPalette[] = {
    QColor(0x25, 0x63, 0xeb), QColor(0xf5, 0x9e, 0x0b), QColor(0x10, 0xb9, 0x81),
    QColor(0xef, 0x44, 0x44), QColor(0x8b, 0x5c, 0xf6), QColor(0x06, 0xb6, 0xd4),
    QColor(0xec, 0x48, 0x99), QColor(0x84, 0xcc, 0x16), QColor(0x64, 0x74, 0x8b),
};

} // namespace

QColor chartColor(int index)
{
    const auto n = static_cast<int>(std::size(kPalette));
    return kPalette[((index % n) + n) % n];
}

QColor chartMutedColor()
{
    return QColor(0x94, 0xa3, 0xb8);
}

QColor chartSequentialColor(double t)
{
    // Tailwind's blue 50 … 900: even steps of lightness, the same hue as chartColor(0).
    static const QColor stops[] = {
        QColor(0xef, 0xf6, 0xff), QColor(0xdb, 0xea, 0xfe), QColor(0xbf, 0xdb, 0xfe), QColor(0x93, 0xc5, 0xfd),
        QColor(0x60, 0xa5, 0xfa), QColor(0x3b, 0x82, 0xf6), QColor(0x25, 0x63, 0xeb), QColor(0x1d, 0x4e, 0xd8),
        QColor(0x1e, 0x40, 0xaf), QColor(0x1e, 0x3a, 0x8a),
    };
    constexpr int last = static_cast<int>(std::size(stops)) - 1;
    if (!(t > 0))
        return stops[0];
    if (t >= 1)
        return stops[last];
    const double at = t * last;
    const int i = static_cast<int>(at);
    const double f = at - i;
    const QColor& a = stops[i];
    const QColor& b = stops[i + 1];
    const auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor chartTextColorOn(const QColor& background)
{
    // Relative luminance (sRGB, linearised): dark slate text on light cells, white on dark ones.
    const auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double luminance =
        0.2126 * channel(background.red()) + 0.7152 * channel(background.green()) + 0.0722 * channel(background.blue());
    return luminance > 0.2 ? QColor(0x0f, 0x17, 0x2a) : QColor(0xff, 0xff, 0xff);
}

namespace chart_style {

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsColor(kAxisText);
    QFont f = axis->labelsFont();
    f.setPointSizeF(8.5);
    axis->setLabelsFont(f);
    axis->setGridLineColor(kGrid);
    axis->setLinePenColor(kGrid);
    axis->setShadesVisible(false);
    axis->setTitleBrush(kAxisText);
    QFont title = axis->titleFont();
    title.setPointSizeF(8.5);
    title.setBold(false);
    axis->setTitleFont(title);
}

QCategoryAxis* makeValueAxis()
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(axis);
    return axis;
}

void styleChart(QChart* chart)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(6, 4, 10, 0));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(kAxisText);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(8.5);
    chart->legend()->setFont(legendFont);
    chart->setAnimationOptions(QChart::NoAnimation);
}

QString fileNameFor(const QString& title)
{
    QString name = title.isEmpty() ? QStringLiteral("chart") : title;
    name.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("_"));
    return name;
}

} // namespace chart_style

ChartCard::ChartCard(QWidget* host, QChart* chart) : m_host(host), m_chart(chart)
{
    host->setAttribute(Qt::WA_StyledBackground);
    m_title = new QLabel(host);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    // A long title wraps instead of making the card (and the page) wider than the window.
    m_title->setWordWrap(true);
    chart_style::styleChart(chart);

    m_view = new InteractiveChartView(chart, host);
    m_view->setMinimumHeight(160);
    // The card is white; the view would otherwise paint the palette's grey behind the plot.
    m_view->setBackgroundBrush(Qt::white);
    m_message = new QLabel(host);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(160);

    auto* body = new QWidget(host);
    m_stack = new QStackedLayout(body);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(body, 1);
    QObject::connect(m_view, &InteractiveChartView::savePngRequested, host, [this] { promptSavePng(); });
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::showMessage(const QString& text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ChartCard::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ChartCard::showPlot()
{
    m_stack->setCurrentWidget(m_view);
}

bool ChartCard::isPlotShown() const
{
    return m_stack->currentWidget() == m_view;
}

bool ChartCard::saveAsPng(const QString& path) const
{
    return m_host->grab().save(path, "PNG");
}

void ChartCard::promptSavePng()
{
    const QString path = QFileDialog::getSaveFileName(m_host, tr("Save chart as PNG"),
                                                      chart_style::fileNameFor(title()) + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!saveAsPng(path))
        QMessageBox::warning(m_host, tr("Save chart"), tr("Could not write %1.").arg(path));
}

} // namespace kestrel::ui
