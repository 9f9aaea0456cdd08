#pragma once

#include <QtCore/QMap>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kestrel::core {
class JobRunner;
}

namespace kestrel::ui {

/// The job part of the status bar: the newest running job's title and progress text, a progress
/// bar and Cancel (wired to JobRunner::cancel); the outcome of a finished job stays for a while.
class StatusArea : public QWidget {
    Q_OBJECT
public:
    explicit StatusArea(core::JobRunner& jobs, QWidget* parent = nullptr);

    QString text() const;
    int currentJob() const { return m_current; }
    bool isProgressVisible() const;

private:
    struct Job {
        QString title;
        QString text;
        double fraction = 0;
    };
    void onStarted(int id, const QString& title);
    void onProgress(int id, double fraction, const QString& text);
    void onFinished(int id, bool ok, bool cancelled, const QString& message);
    void showCurrent();
    void showIdle(const QString& message);

    core::JobRunner& m_jobs;
    QMap<int, Job> m_running;
    int m_current = 0;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer m_clear;
};

} // namespace kestrel::ui
