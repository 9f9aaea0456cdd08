#pragma once

#include "models/ltv_snapshot.h"

#include <QtWidgets/QFrame>

class QLabel;
class QVBoxLayout;

namespace kestrel::ui {

/// The head of the LTV page for the run shown: one line with the as-of date, the run (id, when it
/// finished, how long it took), the customers, the holdout and the CLV settings; and the run's
/// warnings, each on its own line in a notice box, when it has any.
class LtvHeader : public QFrame {
    Q_OBJECT
public:
    explicit LtvHeader(QWidget* parent = nullptr);

    void setRun(const LtvRunDetail& run);
    void clear();

    /// The line as plain text.
    QString summaryText() const;
    /// The warnings as shown, one per entry.
    QStringList warnings() const { return m_warningTexts; }
    bool areWarningsVisible() const;

private:
    QLabel* m_summary = nullptr;
    QFrame* m_notice = nullptr;
    QLabel* m_warnings = nullptr;
    QStringList m_warningTexts;
};

} // namespace kestrel::ui
