#pragma once

#include <QtSql/QSqlDatabase>

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

/// Qt Sql (QPSQL) connections for read models: one per worker thread, opened on first use and
/// closed when the thread ends (QThreadPool threads expire after 30 s idle). A QSqlDatabase may
/// only be used by the thread that made it, so callers never hand one to another thread.
class SqlConnection {
public:
    static bool driverAvailable();

    /// This thread's open connection for params (re-made when params change).
    /// Throws core::Error(ConnectionFailed) with the driver's message.
    static QSqlDatabase forThisThread(const core::ConnectionParams& params);

    /// Drops this thread's connection, e.g. after the server restarted under it.
    static void resetThisThread();

    /// True when the connection still answers a trivial query.
    static bool isAlive(QSqlDatabase& db);
};

} // namespace kestrel::ui
