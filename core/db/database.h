#pragma once

#include "common/error.h"
#include "db/connection_params.h"

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include <pqxx/pqxx>

namespace kestrel::core {

/// How hard to try before giving up on a dropped connection.
struct RetryPolicy {
    int attempts = 5;                                        ///< connection attempts per operation
    std::chrono::milliseconds firstDelay{200};               ///< doubled after each failure
    std::chrono::milliseconds maxDelay{3000};
    int connectTimeoutSeconds = 5;
};

/// One libpqxx connection, owned by one thread. Reconnects with exponential backoff when the server
/// restarts or the backend is killed; an operation interrupted by a drop is retried as a whole,
/// which is safe because each operation is one transaction that never committed.
class Database {
public:
    explicit Database(ConnectionParams params, RetryPolicy policy = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The live connection; connects (with retries) if needed. Sets search_path and statement_timeout.
    pqxx::connection& connection();

    /// Runs fn in one transaction and commits; on a lost connection reconnects and runs it again.
    /// Server errors become Error(Sql) with the SQLSTATE; exhausted retries become Error(ConnectionLost).
    void transact(const std::function<void(pqxx::work&)>& fn);

    /// Same as transact but for read-only work whose result is returned through the lambda.
    void read(const std::function<void(pqxx::work&)>& fn) { transact(fn); }

    /// Asks the server to cancel the statement now running on this connection (any thread may call).
    void cancelQuery();

    /// Checks the server answers; reconnects if needed. Throws like transact().
    void ping();

    /// "15.18" — the server_version setting.
    std::string serverVersion();

    const ConnectionParams& params() const { return m_params; }
    const RetryPolicy& retryPolicy() const { return m_policy; }

    /// Invoked before each reconnect attempt with (attempt, delay); used for logging and banners.
    std::function<void(int, std::chrono::milliseconds)> onRetry;

    /// Builds an Error from a libpqxx exception (keeps SQLSTATE and the failing statement).
    static Error translate(const std::exception& e);

private:
    void connectWithRetry();
    void dropConnection();

    ConnectionParams m_params;
    RetryPolicy m_policy;
    std::unique_ptr<pqxx::connection> m_conn;
    std::mutex m_connMutex;  // guards m_conn against cancelQuery() from another thread
};

}  // namespace kestrel::core
