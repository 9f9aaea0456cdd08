#pragma once

#include <QtWidgets/QFrame>

class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kestrel::core {
struct LtvOptions;
}

namespace kestrel::ui {

class RunButtons;

/// The LTV page's run controls in one bar: the predicted CLV horizon (months), the monthly
/// discount rate (%), the holdout of the model check (days, 0 = chosen from the history), Run /
/// Cancel, and while a run goes its progress with the stage in words.
class LtvRunBar : public QFrame {
    Q_OBJECT
public:
    explicit LtvRunBar(QWidget* parent = nullptr);

    /// What Run starts with the current controls.
    core::LtvOptions options() const;
    /// Shows Cancel and the progress instead of Run while a run is going.
    void setRunning(bool running);
    bool isRunning() const;
    /// Run is offered only with a database.
    void setRunEnabled(bool enabled);
    /// A stage of the running job: fraction 0..1 and what it does.
    void setProgress(double fraction, const QString& text);

    QSpinBox* monthsSpin() const { return m_months; }
    QDoubleSpinBox* discountSpin() const { return m_discount; }
    QSpinBox* holdoutSpin() const { return m_holdout; }
    QProgressBar* progressBar() const { return m_progress; }
    QString progressText() const;
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;

signals:
    void runRequested();
    void cancelRequested();

private:
    QSpinBox* m_months = nullptr;
    QDoubleSpinBox* m_discount = nullptr;
    QSpinBox* m_holdout = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    RunButtons* m_buttons = nullptr;
};

} // namespace kestrel::ui
