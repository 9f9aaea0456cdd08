#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kestrel::core {
struct PriceElasticityOptions;
}

namespace kestrel::ui {

class RunButtons;

/// The Pricing page's run controls in one bar: how many weeks of sales a product needs for its own
/// estimate, Run / Cancel, and while a run goes its progress with the stage in words.
class PricingRunBar : public QFrame {
    Q_OBJECT
public:
    explicit PricingRunBar(QWidget* parent = nullptr);

    /// What Run starts with the current controls (the whole sales history).
    core::PriceElasticityOptions options() const;
    /// Shows Cancel and the progress instead of Run while a run is going.
    void setRunning(bool running);
    bool isRunning() const;
    /// Run is offered only with a database.
    void setRunEnabled(bool enabled);
    /// A stage of the running job: fraction 0..1 and what it does.
    void setProgress(double fraction, const QString& text);

    QSpinBox* minWeeksSpin() const { return m_minWeeks; }
    QProgressBar* progressBar() const { return m_progress; }
    QString progressText() const;
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;

signals:
    void runRequested();
    void cancelRequested();

private:
    QSpinBox* m_minWeeks = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    RunButtons* m_buttons = nullptr;
};

} // namespace kestrel::ui
