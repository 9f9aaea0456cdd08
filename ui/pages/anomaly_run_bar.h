#pragma once

#include <QtWidgets/QFrame>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kestrel::core {
struct AnomalyRunOptions;
}

namespace kestrel::ui {

class RunButtons;

/// The Anomalies page's run controls in one bar: the threshold (a robust z-score), the weeks of the
/// same weekday in a baseline, Run / Cancel, and while a run goes its progress with the stage in words.
class AnomalyRunBar : public QFrame {
    Q_OBJECT
public:
    explicit AnomalyRunBar(QWidget* parent = nullptr);

    /// What Run starts with the current controls (all days with data).
    core::AnomalyRunOptions options() const;
    void setRunning(bool running);
    bool isRunning() const;
    void setRunEnabled(bool enabled);
    void setProgress(double fraction, const QString& text);

    QDoubleSpinBox* thresholdSpin() const { return m_threshold; }
    QSpinBox* weeksSpin() const { return m_weeks; }
    QProgressBar* progressBar() const { return m_progress; }
    QString progressText() const;
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;

signals:
    void runRequested();
    void cancelRequested();

private:
    QDoubleSpinBox* m_threshold = nullptr;
    QSpinBox* m_weeks = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    RunButtons* m_buttons = nullptr;
};

} // namespace kestrel::ui
