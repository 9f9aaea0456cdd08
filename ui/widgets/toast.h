#pragma once

#include <QtCore/QTimer>
#include <QtWidgets/QFrame>

#include <chrono>
#include <functional>

class QLabel;
class QPushButton;

namespace kestrel::ui {

/// One notification card: an icon for its kind, a sentence, optional action buttons and a close
/// button. It hides itself after its timeout (paused while the pointer is over it). Shown and
/// stacked by ToastOverlay; use that, not this, from pages.
class Toast : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Error };
    struct Action {
        QString text;
        std::function<void()> run;
    };

    Toast(Kind kind, const QString& text, const QList<Action>& actions, QWidget* parent);

    Kind kind() const { return m_kind; }
    QString text() const;
    QList<QPushButton*> actionButtons() const { return m_buttons; }
    /// Runs action `index` and closes the toast.
    void trigger(int index);
    /// Technical details (server message, path) shown as the text's tooltip.
    void setDetails(const QString& details);
    /// Hides after this long; zero keeps it until closed.
    void setTimeout(std::chrono::milliseconds timeout);
    /// Height the toast needs at `width`.
    int heightAt(int width) const;

public slots:
    void dismiss();

signals:
    /// The toast is closing (by its button, its timeout or an action); it deletes itself next.
    void dismissed(kestrel::ui::Toast* toast);

protected:
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    Kind m_kind;
    QLabel* m_text = nullptr;
    QList<QPushButton*> m_buttons;
    QList<Action> m_actions;
    QTimer m_timer;
    bool m_dismissed = false;
};

} // namespace kestrel::ui
