#pragma once

#include <QtWidgets/QFrame>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace kestrel::ui {
class RunButtons;
}
class QSpinBox;

namespace kestrel::core {
struct ScoringOptions;
}

namespace kestrel::ui {

/// The Scores page's run controls in one bar, for the model the page shows: the purchase horizon
/// (propensity) or the churn window with "Save as default" (churn), the mode (gradient boosting
/// or random forest), seed, an optional as-of date, and Run / Cancel.
class ScoreRunBar : public QFrame {
    Q_OBJECT
public:
    explicit ScoreRunBar(QWidget* parent = nullptr);

    /// "propensity" or "churn": which window control is shown and what Run scores.
    void setModel(const QString& model);
    QString model() const { return m_model; }
    /// What Run starts with the current controls.
    core::ScoringOptions options() const;
    /// The stored churn window (ScoringService::churnDays): the spin box takes it unless the user
    /// has changed it since the last one; "Save as default" is offered when they differ.
    void setChurnDefault(int days);
    int churnDefault() const { return m_churnDefault; }
    /// Shows Cancel instead of Run while a run is going.
    void setRunning(bool running);
    bool isRunning() const;
    /// Run is offered only with a database.
    void setRunEnabled(bool enabled);

    QSpinBox* horizonSpin() const { return m_horizon; }
    QSpinBox* churnSpin() const { return m_churn; }
    QPushButton* saveChurnButton() const { return m_saveChurn; }
    QComboBox* modeCombo() const { return m_mode; }
    QSpinBox* seedSpin() const { return m_seed; }
    QCheckBox* asOfCheck() const { return m_asOfCheck; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;

signals:
    void runRequested();
    void cancelRequested();
    /// "Save as default" with the churn window in the spin box.
    void saveChurnDaysRequested(int days);

private:
    void updateVisibility();
    void updateSaveButton();

    QString m_model = QStringLiteral("propensity");
    QLabel* m_horizonLabel = nullptr;
    QSpinBox* m_horizon = nullptr;
    QLabel* m_churnLabel = nullptr;
    QSpinBox* m_churn = nullptr;
    QPushButton* m_saveChurn = nullptr;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_asOfCheck = nullptr;
    QDateEdit* m_asOf = nullptr;
    RunButtons* m_buttons = nullptr;
    int m_churnDefault = 0; // 0 = not read yet
    bool m_churnEdited = false;
};

} // namespace kestrel::ui
