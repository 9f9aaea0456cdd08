#pragma once

#include <QtWidgets/QWidget>

class QLabel;

namespace kestrel::ui {

/// The status bar's connection light: a green, amber or red dot and a short text
/// ("Embedded database", the server's name, "Connection lost — retrying…").
class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    enum class State { Connecting, Connected, Lost, Failed };

    explicit ConnectionIndicator(QWidget* parent = nullptr);

    void setState(State state, const QString& text, const QString& tooltip = {});
    State state() const { return m_state; }
    QString text() const;

private:
    State m_state = State::Connecting;
    QLabel* m_dot = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace kestrel::ui
