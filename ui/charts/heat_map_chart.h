#pragma once

#include "widgets/value_format.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QColor>
#include <QtWidgets/QWidget>

#include <optional>
#include <vector>

class QLabel;
class QStackedLayout;

namespace kestrel::ui {

class HeatMapPlot;

/// What a page hands to a heat map: a matrix of values under row and column labels.
struct HeatMapData {
    QStringList rowLabels;    ///< left of each row ("Mar 2025 · 120")
    QStringList rowHeadings;  ///< optional: the tooltip's heading per row (else the row label)
    QStringList columnLabels; ///< above each column ("0", "1" …)
    /// [row][column]; NaN (or a missing entry) is an empty cell: nothing is painted there.
    std::vector<std::vector<double>> values;
    format::Kind kind = format::Kind::Number;
    QString rowTitle;    ///< heads the row labels ("Cohort")
    QString columnTitle; ///< above the column labels ("Months since the first purchase")
    QString valueTitle;  ///< names the values in tooltips and the colour legend
    /// The colour scale's range; empty = the smallest and largest value. Values beyond it get the
    /// end colours (the legend marks that end "≥").
    std::optional<double> scaleMin, scaleMax;
    /// Optional: the tooltip's line per cell (else "valueTitle: exact value").
    std::vector<std::vector<QString>> tooltips;
};

/// A heat map card behind the chart seam (Qt Charts has none, so it is painted with QPainter): a
/// title over a grid of coloured cells on a sequential scale (chartSequentialColor), row and column
/// labels, the value in each cell where it fits (dark or light text for the cell's colour), a
/// colour legend under the grid, a tooltip and an outline on the hovered cell, and "Save as PNG…"
/// in the context menu. Empty cells stay unpainted. Its height follows the rows (sizeHint), so a
/// scrolling page gives every row room to read.
class HeatMapChart : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapChart(QWidget* parent = nullptr);
    ~HeatMapChart() override;

    void setTitle(const QString& title);
    QString title() const;
    void setData(HeatMapData data);
    const HeatMapData& data() const { return m_data; }
    /// Shows a message instead of the grid (loading, no data).
    void showMessage(const QString& text);
    QString message() const;

    int rowCount() const;
    int columnCount() const;
    /// The value of a cell; empty for an empty cell (or one outside the grid).
    std::optional<double> value(int row, int column) const;
    /// A cell's rectangle in this widget's coordinates (empty while the grid is not shown).
    QRect cellRect(int row, int column) const;
    /// The colour a cell is painted with; invalid for an empty cell.
    QColor cellColor(int row, int column) const;
    /// The text drawn in a cell (empty when it does not fit or the cell is empty).
    QString cellText(int row, int column) const;
    /// What hovering a cell shows.
    QString tooltipText(int row, int column) const;
    /// The legend's two ends as shown ("$0", "≥ $120").
    std::pair<QString, QString> legendLabels() const;
    bool saveAsPng(const QString& path);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The pointer is over a cell (−1, −1 when it left the grid).
    void cellHovered(int row, int column);

private:
    friend class HeatMapPlot;
    void promptSavePng();
    void fitHeight();
    double scaleMin() const;
    double scaleMax() const;

    HeatMapData m_data;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QStackedLayout* m_stack = nullptr;
    HeatMapPlot* m_plot = nullptr;
};

} // namespace kestrel::ui
