#pragma once

#include <QtWidgets/QWidget>

class QPushButton;

namespace kestrel::ui {

/// The Run / Cancel pair of a page that starts jobs: Run shows while idle, Cancel while a run is
/// going; Run can also be disabled (no connection) independently of running.
class RunButtons : public QWidget {
    Q_OBJECT
public:
    RunButtons(const QString& runTip, const QString& cancelTip, QWidget* parent = nullptr);

    void setRunning(bool running);
    void setRunEnabled(bool enabled);
    bool isRunning() const { return m_running; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void runRequested();
    void cancelRequested();

private:
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_running = false;
    bool m_runEnabled = true;
};

} // namespace kestrel::ui
