#pragma once

#include <QtWidgets/QFrame>

#include <cstdint>
#include <optional>

class QLabel;

namespace kestrel::ui {

/// A small card with one row count and what it counts ("Rows read", "To insert" …). A tone
/// colours the number: a count of rejects is shown in red when it is not zero.
class CountTile : public QFrame {
    Q_OBJECT
public:
    enum class Tone { Plain, Good, Warning, Bad };

    CountTile(const QString& title, const QString& definition, QWidget* parent = nullptr);

    /// nullopt shows "—" (not known yet / not applicable).
    void setValue(std::optional<std::int64_t> value, Tone tone = Tone::Plain);
    std::optional<std::int64_t> value() const { return m_value; }
    QString valueText() const;
    QString title() const;

private:
    std::optional<std::int64_t> m_value;
    QLabel* m_title = nullptr;
    QLabel* m_number = nullptr;
};

} // namespace kestrel::ui
