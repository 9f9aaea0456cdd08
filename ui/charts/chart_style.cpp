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
