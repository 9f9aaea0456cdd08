#pragma once

#include <QtWidgets/QFrame>

class QLabel;
class QPushButton;

namespace kestrel::ui {

/// A coloured bar across the top of an area with one readable sentence, optional details (as a
/// tooltip, one hover away) and an optional action button. Used for states: database away, a
/// failed load.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit Banner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& details = {});
    /// Shows the action button with this text; empty hides it.
    void setAction(const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    Kind m_kind = Kind::Info;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_action = nullptr;
};

} // namespace kestrel::ui
