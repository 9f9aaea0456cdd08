#pragma once

#include "widgets/value_format.h"

#include <QtWidgets/QFrame>

#include <optional>

class QLabel;

namespace kestrel::ui {

/// A KPI card: title, the value for the period and its change against the previous period
/// (green up / red down arrow, "n/a" when the previous value is 0). The tooltip holds the
/// definition and the exact values.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    KpiTile(const QString& title, format::Kind kind, const QString& definition, QWidget* parent = nullptr);

    void setValues(std::optional<double> current, std::optional<double> previous, std::optional<double> change);
    void setPending();

    QString title() const;
    QString valueText() const;
    QString changeText() const;
    std::optional<double> value() const { return m_current; }
    std::optional<double> previousValue() const { return m_previous; }

private:
    format::Kind m_kind;
    QString m_definition;
    std::optional<double> m_current;
    std::optional<double> m_previous;
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_caption = nullptr;
};

} // namespace kestrel::ui
