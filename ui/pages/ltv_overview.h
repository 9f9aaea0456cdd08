#pragma once

#include "models/ltv_snapshot.h"

#include <QtWidgets/QWidget>

namespace kestrel::ui {

class CategoryBarChart;
class HeatMapChart;
class SegmentedSwitch;
class XyChart;

/// The LTV page's charts of one run, in three rows: the value distribution (historical LTV over
/// 3 / 6 / 12 months on the same buckets, or the predicted CLV) beside the horizon comparison
/// (mean, median, p75, p90); the cohort heat map (revenue per customer or retention); the LTV
/// curves (per acquisition channel with its CAC, or the latest cohorts) beside the holdout
/// calibration. A chart whose data the run does not have says why instead of plotting nothing.
class LtvOverview : public QWidget {
    Q_OBJECT
public:
    explicit LtvOverview(QWidget* parent = nullptr);

    /// Shows the snapshot's run (it must have one); the switches keep their choice where the run
    /// offers it.
    void setSnapshot(LtvSnapshotPtr snapshot);
    /// Shows a message on every chart (loading, no data).
    void showMessage(const QString& text);

    /// Switch keys: "3", "6", "12", "clv".
    SegmentedSwitch* histogramSwitch() const { return m_histogramSwitch; }
    CategoryBarChart* histogramChart() const { return m_histogram; }
    CategoryBarChart* horizonChart() const { return m_horizons; }
    /// Switch keys: "revenue", "retention".
    SegmentedSwitch* heatMapSwitch() const { return m_heatSwitch; }
    HeatMapChart* heatMap() const { return m_heatMap; }
    /// Switch keys: "channels", "cohorts".
    SegmentedSwitch* curvesSwitch() const { return m_curvesSwitch; }
    XyChart* curvesChart() const { return m_curves; }
    CategoryBarChart* calibrationChart() const { return m_calibration; }

private:
    void showHistogram();
    void showHeatMap();
    void showCurves();
    void showCalibration();
    QWidget* switched(SegmentedSwitch* control, const QString& label, QWidget* chart);

    LtvSnapshotPtr m_snapshot;
    SegmentedSwitch* m_histogramSwitch = nullptr;
    CategoryBarChart* m_histogram = nullptr;
    CategoryBarChart* m_horizons = nullptr;
    SegmentedSwitch* m_heatSwitch = nullptr;
    HeatMapChart* m_heatMap = nullptr;
    SegmentedSwitch* m_curvesSwitch = nullptr;
    XyChart* m_curves = nullptr;
    CategoryBarChart* m_calibration = nullptr;
};

} // namespace kestrel::ui
