#pragma once

#include <QtWidgets/QFrame>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace kestrel::ui {
class RunButtons;
}
class QSpinBox;

namespace kestrel::core {
struct SegmentationOptions;
}

namespace kestrel::ui {

/// The Segments page's run controls in one bar: method (k-means or DBSCAN), k ("Auto" scans the k
/// range and keeps the best silhouette), the k range, eps ("Auto" takes the suggested one) and
/// minimum samples for DBSCAN, seed, an optional as-of date, and Run / Cancel. Controls that do
/// not apply to the method are hidden.
class SegmentRunBar : public QFrame {
    Q_OBJECT
public:
    explicit SegmentRunBar(QWidget* parent = nullptr);

    /// What Run starts with the current controls.
    core::SegmentationOptions options() const;
    /// Shows Cancel instead of Run while a run is going.
    void setRunning(bool running);
    bool isRunning() const;
    /// Run is offered only with a database.
    void setRunEnabled(bool enabled);

    QComboBox* methodCombo() const { return m_method; }
    QSpinBox* kSpin() const { return m_k; }
    QSpinBox* kMinSpin() const { return m_kMin; }
    QSpinBox* kMaxSpin() const { return m_kMax; }
    QDoubleSpinBox* epsSpin() const { return m_eps; }
    QSpinBox* minSamplesSpin() const { return m_minSamples; }
    QSpinBox* seedSpin() const { return m_seed; }
    QCheckBox* asOfCheck() const { return m_asOfCheck; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QPushButton* runButton() const;
    QPushButton* cancelButton() const;
    bool isDbscan() const;

signals:
    void runRequested();
    void cancelRequested();

private:
    void updateVisibility();

    QComboBox* m_method = nullptr;
    QLabel* m_kLabel = nullptr;
    QSpinBox* m_k = nullptr;
    QLabel* m_rangeLabel = nullptr;
    QSpinBox* m_kMin = nullptr;
    QLabel* m_rangeDash = nullptr;
    QSpinBox* m_kMax = nullptr;
    QLabel* m_epsLabel = nullptr;
    QDoubleSpinBox* m_eps = nullptr;
    QLabel* m_minSamplesLabel = nullptr;
    QSpinBox* m_minSamples = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_asOfCheck = nullptr;
    QDateEdit* m_asOf = nullptr;
    RunButtons* m_buttons = nullptr;
};

} // namespace kestrel::ui
