#pragma once

#include "db/connection_params.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace kestrel::ui {

/// Tests a connection off the GUI thread (the connection dialog's Test button): connects once,
/// asks for the server version and reports either the version or the error.
class ConnectionProbe : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        QString serverVersion;
        QString error;
    };

    explicit ConnectionProbe(QObject* parent = nullptr);
    ~ConnectionProbe() override;

    void test(const core::ConnectionParams& params);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void finished(bool ok, const QString& serverVersionOrError);

private:
    QFutureWatcher<Result> m_watcher;
};

} // namespace kestrel::ui
