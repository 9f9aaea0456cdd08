#pragma once

#include <QtSql/QSqlDatabase>

#include <map>
#include <memory>
#include <mutex>

struct pg_cancel;

namespace kestrel::ui {

/// Lets a read model stop the statements it no longer needs: a worker registers its QPSQL
/// connection while it runs a load's queries, and a newer load (or the model's destruction) asks
/// the server to cancel the older ones. Cancelling is best effort; a generation check still
/// drops whatever finishes anyway.
class QueryCanceller {
public:
    QueryCanceller() = default;
    QueryCanceller(const QueryCanceller&) = delete;
    QueryCanceller& operator=(const QueryCanceller&) = delete;

    /// Called on the worker thread that owns db; returns a token for leave().
    int enter(int generation, QSqlDatabase& db);
    void leave(int token);

    /// Cancels the statements of loads older than generation, without blocking the caller.
    void cancelBefore(int generation);
    /// Cancels everything and waits for the requests to be sent (for destruction).
    void cancelAllNow();

private:
    struct Entry {
        int generation;
        std::shared_ptr<pg_cancel> cancel;
    };
    std::mutex m_mutex;
    std::map<int, Entry> m_entries;
    int m_next = 1;
};

} // namespace kestrel::ui
