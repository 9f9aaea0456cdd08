#pragma once

#include <QtCore/QCoreApplication>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QLabel;
class QStackedLayout;

namespace kestrel::ui {

class InteractiveChartView;

/// What the chart widgets of ui/charts share (not for pages): colours, axis and legend style, and
/// the card itself — a title over either the plot or a message, with "Save as PNG…".
namespace chart_style {

inline const QColor kAxisText(0x47, 0x55, 0x69);
inline const QColor kGrid(0xe2, 0xe8, 0xf0);

/// A QCategoryAxis whose labels sit on their values, in the house style.
QCategoryAxis* makeValueAxis();
void styleAxis(QAbstractAxis* axis);
/// Transparent background, small margins, legend font and colour, no animation.
void styleChart(QChart* chart);
/// A file name from a chart title.
QString fileNameFor(const QString& title);

} // namespace chart_style

/// The card every chart widget is: a title label over a stack of the chart view and a message
/// label. Owned by (and laid out in) the chart widget.
class ChartCard {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::ChartCard)
public:
    ChartCard(QWidget* host, QChart* chart);

    InteractiveChartView* view() const { return m_view; }
    QChart* chart() const { return m_chart; }
    void setTitle(const QString& title);
    QString title() const;
    void showMessage(const QString& text);
    QString message() const;
    void showPlot();
    bool isPlotShown() const;
    /// Asks for a file, then saves the host's picture there.
    void promptSavePng();
    bool saveAsPng(const QString& path) const;

private:
    QWidget* m_host;
    QChart* m_chart;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QStackedLayout* m_stack = nullptr;
    InteractiveChartView* m_view = nullptr;
};

} // namespace kestrel::ui
