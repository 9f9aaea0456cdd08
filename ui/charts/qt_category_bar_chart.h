#pragma once

#include "charts/category_bar_chart.h"

#include <QtCore/QTimer>

#include <memory>
#include <vector>

class QAbstractBarSeries;
class QAbstractAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QLegendMarker;

namespace kestrel::ui {

class ChartCard;

/// CategoryBarChart on Qt Charts: a QBarSeries (horizontal, stacked) over a QBarCategoryAxis (or a
/// QCategoryAxis in category units for positioned labels), with a QCategoryAxis for values so the
/// labels are ours (format::axis), not printf formats.
class QtCategoryBarChart : public CategoryBarChart {
    Q_OBJECT
public:
    QtCategoryBarChart(Orientation orientation, format::Kind valueKind, QWidget* parent = nullptr);
    ~QtCategoryBarChart() override;

    void setTitle(const QString& title) override;
    QString title() const override;
    void setValueAxisTitle(const QString& title) override;
    QString valueAxisTitle() const override { return m_valueTitle; }
    void setCategoryAxisTitle(const QString& title) override;
    QString categoryAxisTitle() const override { return m_categoryTitle; }
    void setData(CategoryData chartData) override;
    void showMessage(const QString& text) override;
    QString message() const override;

    int seriesCount() const override { return static_cast<int>(m_data.series.size()); }
    QString seriesName(int index) const override;
    QStringList categories() const override { return m_data.categories; }
    bool isSeriesVisible(int index) const override;
    void setSeriesVisible(int index, bool visible) override;
    std::vector<double> plottedValues(int index) const override;
    QString tooltipText(int series, int category) const override;
    bool saveAsPng(const QString& path) override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void rebuildValueAxis();
    void placeLegend();
    void applyColors(int index);
    void showTooltip(bool status, int barIndex, QBarSet* set);
    QColor colorFor(int index) const;
    /// Bar position of a category: horizontal charts list the first category at the top.
    int positionOf(int category) const;
    int valueExtent() const;

    Orientation m_orientation;
    format::Kind m_kind;
    CategoryData m_data;
    std::vector<bool> m_visible;
    std::unique_ptr<ChartCard> m_card;
    QChart* m_chart = nullptr;
    QAbstractBarSeries* m_series = nullptr;
    std::vector<QBarSet*> m_sets;
    QAbstractAxis* m_categoryAxis = nullptr; // a QBarCategoryAxis, or a QCategoryAxis for axisLabels
    QCategoryAxis* m_valueAxis = nullptr;
    QString m_valueTitle;
    QString m_categoryTitle;
    QTimer m_relayout;
    int m_plottedExtent = -1;
};

} // namespace kestrel::ui
