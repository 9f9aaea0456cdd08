#pragma once

#include "models/scores_snapshot.h"

#include <QtWidgets/QWidget>

namespace kestrel::ui {

class CategoryBarChart;
class XyChart;

/// The Scores page's charts of one run: the score histogram with its bands, the ROC curve,
/// calibration, lift by decile and feature importance (a tall column on the right). A chart whose
/// data the run did not store says so instead of plotting nothing.
class ScoreOverview : public QWidget {
    Q_OBJECT
public:
    explicit ScoreOverview(QWidget* parent = nullptr);

    void setRun(const ScoreRunDetail& run);
    /// Shows a message on every chart (loading, no data).
    void showMessage(const QString& text);

    CategoryBarChart* histogramChart() const { return m_histogram; }
    XyChart* rocChart() const { return m_roc; }
    XyChart* calibrationChart() const { return m_calibration; }
    XyChart* liftChart() const { return m_lift; }
    CategoryBarChart* importanceChart() const { return m_importance; }

private:
    CategoryBarChart* m_histogram = nullptr;
    XyChart* m_roc = nullptr;
    XyChart* m_calibration = nullptr;
    XyChart* m_lift = nullptr;
    CategoryBarChart* m_importance = nullptr;
};

} // namespace kestrel::ui
