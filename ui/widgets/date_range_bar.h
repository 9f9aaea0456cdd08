#pragma once

#include "models/dashboard_snapshot.h"

#include <QtCore/QTimer>
#include <QtWidgets/QFrame>

class QDateEdit;
class QLabel;
class QPushButton;
class QToolButton;

namespace kestrel::ui {

/// The filter bar of a page: a date range (two date edits with calendar pop-ups), presets of
/// 7/30/90 days, a status text and Refresh. Edits are debounced before rangeChanged is emitted.
class DateRangeBar : public QFrame {
    Q_OBJECT
public:
    explicit DateRangeBar(QWidget* parent = nullptr);

    DayRange range() const;
    /// Sets the dates without emitting rangeChanged.
    void setRange(const DayRange& range);
    /// Presets end at this day (the latest day with data, or today).
    void setAnchor(QDate lastDay);
    void setStatus(const QString& text);
    QString status() const;
    /// The word before the dates ("Period" by default; "Registered" on the Customers page).
    void setLabel(const QString& text);
    void setRefreshToolTip(const QString& text);
    /// Offers an "All time" button: no limit on the dates. Picking dates or a preset leaves it.
    void setAllTimeOffered(bool offered);
    bool isAllTime() const;
    /// Turns "All time" on or off without emitting anything.
    void setAllTime(bool on);

    static const int kPresets[3];

signals:
    void rangeChanged(const kestrel::ui::DayRange& range);
    void presetChosen(int days);
    /// "All time" was picked (only when offered).
    void allTimeChosen();
    void refreshRequested();

private:
    void onDateEdited();
    void applyPreset(int days);
    void updatePresetChecks();

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QToolButton* m_presets[3] = {};
    QToolButton* m_allTime = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    QDate m_anchor;
    QTimer m_debounce;
};

} // namespace kestrel::ui
