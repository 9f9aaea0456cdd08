#include "models/query_canceller.h"

#include "common/logging.h"

#include <QtCore/QThreadPool>
#include <QtCore/QVariant>
#include <QtSql/QSqlDriver>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <vector>

namespace kestrel::ui {
namespace {

void sendCancel(const std::shared_ptr<pg_cancel>& cancel)
{
    char error[256] = {};
    if (!PQcancel(cancel.get(), error, sizeof error))
        core::logging::get("ui")->debug("cancel request failed: {}", error);
}

} // namespace

int QueryCanceller::enter(int generation, QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "PGconn*") != 0)
        return 0;
    PGconn* conn = *static_cast<PGconn* const*>(handle.constData());
    if (!conn)
        return 0;
    std::shared_ptr<pg_cancel> cancel(PQgetCancel(conn), [](PGcancel* c) {
        if (c)
            PQfreeCancel(c);
    });
    if (!cancel)
        return 0;
    std::lock_guard lock(m_mutex);
    const int token = m_next++;
    m_entries.emplace(token, Entry{generation, std::move(cancel)});
    return token;
}

void QueryCanceller::leave(int token)
{
    if (token == 0)
        return;
    std::lock_guard lock(m_mutex);
    m_entries.erase(token);
}

void QueryCanceller::cancelBefore(int generation)
{
    std::vector<std::shared_ptr<pg_cancel>> stale;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [token, entry] : m_entries) {
            if (entry.generation < generation && entry.cancel) {
                stale.push_back(entry.cancel);
                entry.cancel.reset(); // once is enough
            }
        }
    }
    // PQcancel opens a connection to the server: never on the GUI thread.
    for (auto& cancel : stale)
        QThreadPool::globalInstance()->start([cancel] { sendCancel(cancel); });
}

void QueryCanceller::cancelAllNow()
{
    std::vector<std::shared_ptr<pg_cancel>> all;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [token, entry] : m_entries) {
            if (entry.cancel)
                all.push_back(std::move(entry.cancel));
        }
    }
    for (auto& cancel : all)
        sendCancel(cancel);
}

} // namespace kestrel::ui
