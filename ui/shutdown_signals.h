#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace kestrel::ui {

/// Turns SIGINT, SIGTERM and SIGHUP into QCoreApplication::quit() through a self-pipe, so a
/// terminal Ctrl+C or a session logout still runs the normal shutdown (jobs cancelled, the
/// embedded server stopped). Restores the previous handlers when destroyed.
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace kestrel::ui
