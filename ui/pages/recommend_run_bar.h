#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kestrel::core {
struct RecommendServiceOptions;
}

namespace kestrel::ui {

class RunButtons;

/// What a recommender run (and a file evaluation) is asked for: list length and the half-life of
/// the time decay of views, carts and purchases.
struct RecommendRunSettings {
    int top = 10;
    int halfLifeDays = 60;
};

/// The Recommendations page's run controls in one bar: top N (products per user), the half-life of
/// the time decay (days), Run / Cancel, and while a run goes its progress with the stage in words.
class RecommendRunBar : public QFrame {
    Q_OBJECT
public:
    explicit RecommendRunBar(QWidget* parent = nullptr);

    /// The controls' values (a file evaluation uses them too).
    RecommendRunSettings settings() const;
    /// What Run starts with the current controls.
    core::RecommendServiceOptions options() const;
    /// Shows Cancel and the progress instead of Run while a run is going.
    void setRunning(bool running);
    bool isRunning() const;
    /// Run is offered only with a database.
    void setRunEnabled(bool enabled);
    /// A stage of the running job: fraction 0..1 and what it does.
    void setProgress(double fraction, const QString& text);

    QSpinBox* topSpin() const { return m_top; }
    QSpinBox* halfLifeSpin() const { return m_halfLife; }
    QProgressBar* progressBar() const { return m_progress; }
    QString progressText() const;
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;

signals:
    void runRequested();
    void cancelRequested();

private:
    QSpinBox* m_top = nullptr;
    QSpinBox* m_halfLife = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    RunButtons* m_buttons = nullptr;
};

} // namespace kestrel::ui
