#pragma once

#include "models/anomaly_snapshot.h"

#include <QtWidgets/QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kestrel::ui {

class TimeSeriesChart;

/// The lower half of the Anomalies page: a chart of the selected anomaly's metric around its day
/// (the daily values, the expected range of every judged day and the stored anomalies marked: to
/// review in amber, accepted in grey, dismissed pale), and beside it what the day had, the review
/// so far, a note and Accept / Dismiss / Back to review for the selected rows.
class AnomalyDetailView : public QFrame {
    Q_OBJECT
public:
    explicit AnomalyDetailView(QWidget* parent = nullptr);

    /// The anomaly whose facts are shown (nullptr: none) and how many rows are selected.
    void setSelection(const AnomalyRow* current, int selected);
    /// The chart of the current anomaly.
    void setProfile(const AnomalyProfile& profile);
    void showChartMessage(const QString& text);
    /// Review buttons are offered only when nothing is being stored.
    void setBusy(bool busy);

    QString noteText() const;
    void clearNote();
    TimeSeriesChart* chart() const { return m_chart; }
    QLabel* factsLabel() const { return m_facts; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* dismissButton() const { return m_dismiss; }
    QPushButton* resetButton() const { return m_reset; }

signals:
    void acceptRequested();
    void dismissRequested();
    void resetRequested();

private:
    void updateButtons();

    TimeSeriesChart* m_chart = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_review = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_reset = nullptr;
    int m_selected = 0;
    bool m_busy = false;
    QString m_currentStatus;
};

} // namespace kestrel::ui
