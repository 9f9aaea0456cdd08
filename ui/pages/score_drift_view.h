#pragma once

#include "customers/scoring_service.h"

#include <QtWidgets/QFrame>

#include <optional>

class QGridLayout;
class QLabel;

namespace kestrel::ui {

class CategoryBarChart;

/// How the scores moved between two runs of a model (ScoringService::compare): mean score A → B,
/// the population stability index with a plain-word verdict, the share of users whose band
/// changed, the 3 × 3 band-move matrix, and both score distributions in one bar chart. Before a
/// comparison it says how to make one.
class ScoreDriftView : public QFrame {
    Q_OBJECT
public:
    explicit ScoreDriftView(QWidget* parent = nullptr);

    void setDrift(const core::ScoreDrift& drift);
    /// Shows a sentence instead of a comparison (how to make one, "Comparing…", an error).
    void showMessage(const QString& text);
    const std::optional<core::ScoreDrift>& drift() const { return m_drift; }

    QString headlineText() const;
    QString meanText() const;
    QString psiText() const;
    QString bandChangeText() const;
    /// The matrix cell: users in band `from` in run A and band `to` in run B, as shown.
    QString bandMoveText(int from, int to) const;
    CategoryBarChart* histogramChart() const { return m_chart; }

private:
    std::optional<core::ScoreDrift> m_drift;
    QLabel* m_headline = nullptr;
    QLabel* m_mean = nullptr;
    QLabel* m_psi = nullptr;
    QLabel* m_bandChange = nullptr;
    QLabel* m_matrixTitle = nullptr;
    QWidget* m_matrix = nullptr;
    QLabel* m_cells[3][3] = {};
    QLabel* m_rowHeads[3] = {};
    QLabel* m_colHeads[3] = {};
    QWidget* m_figures = nullptr;
    CategoryBarChart* m_chart = nullptr;
};

} // namespace kestrel::ui
