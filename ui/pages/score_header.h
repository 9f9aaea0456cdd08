#pragma once

#include "models/scores_snapshot.h"

#include <QtWidgets/QFrame>

#include <array>

class QLabel;
class QPushButton;

namespace kestrel::ui {

/// The head of the Scores page for the run shown: the model, its mode and window (the churn
/// definition in words), the train / validate / score dates, and tiles for ROC-AUC, PR-AUC,
/// log-loss, users scored, run time and run id. Offers "Show newest" while an older run is shown.
class ScoreHeader : public QFrame {
    Q_OBJECT
public:
    enum class Stat { RocAuc, PrAuc, LogLoss, Users, Duration, RunId, Count };

    explicit ScoreHeader(QWidget* parent = nullptr);

    /// Shows a run; newestRunId is the newest succeeded run of its model.
    void setRun(const ScoreRunDetail& run, std::int64_t newestRunId);
    void clear();

    /// The text of a tile's value as shown ("0.881").
    QString statText(Stat stat) const;
    /// The model, mode and window line.
    QString modelText() const;
    /// The dates line.
    QString datesText() const;
    QPushButton* showNewestButton() const { return m_showNewest; }

signals:
    void showNewestRequested();

private:
    QLabel* m_model = nullptr;
    QLabel* m_dates = nullptr;
    QPushButton* m_showNewest = nullptr;
    std::array<QLabel*, static_cast<int>(Stat::Count)> m_values{};
    std::array<QWidget*, static_cast<int>(Stat::Count)> m_tiles{};
};

} // namespace kestrel::ui
