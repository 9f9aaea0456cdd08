#include "models/connection_probe.h"

#include "common/error.h"
#include "db/database.h"

#include <QtConcurrent/QtConcurrent>

namespace kestrel::ui {

ConnectionProbe::ConnectionProbe(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        const Result r = m_watcher.result();
        emit finished(r.ok, r.ok ? r.serverVersion : r.error);
    });
}

ConnectionProbe::~ConnectionProbe()
{
    // The probe only connects and disconnects; let it finish on its own without reporting.
    m_watcher.disconnect(this);
}

void ConnectionProbe::test(const core::ConnectionParams& params)
{
    m_watcher.setFuture(QtConcurrent::run([params]() -> Result {
        core::RetryPolicy policy;
        policy.attempts = 1;
        policy.connectTimeoutSeconds = 5;
        Result r;
        try {
            core::Database db(params, policy);
            r.serverVersion = QString::fromStdString(db.serverVersion());
            r.ok = true;
        } catch (const std::exception& e) {
            r.error = QString::fromStdString(e.what()).trimmed();
        }
        return r;
    }));
}

} // namespace kestrel::ui
