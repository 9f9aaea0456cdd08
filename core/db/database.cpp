#include "db/database.h"

#include "common/error.h"
#include "common/logging.h"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <spdlog/spdlog.h>

#include <thread>

namespace kestrel::core {
namespace {

std::string withTimeout(const std::string& dsn, int seconds)
{
    if (dsn.find("connect_timeout") != std::string::npos)
        return dsn;
    const bool uri = dsn.rfind("postgresql://", 0) == 0 || dsn.rfind("postgres://", 0) == 0;
    if (uri)
        return dsn + (dsn.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=" + std::to_string(seconds);
    return dsn + " connect_timeout=" + std::to_string(seconds);
}

std::string firstLine(std::string s)
{
    if (auto nl = s.find('\n'); nl != std::string::npos)
        s.resize(nl);
    return s;
}

}  // namespace

Database::Database(ConnectionParams params, RetryPolicy policy)
    : m_params(std::move(params)), m_policy(policy)
{
}

Database::~Database()
{
    dropConnection();
}

void Database::dropConnection()
{
    std::lock_guard lock(m_connMutex);
    if (m_conn) {
        try {
            m_conn->disconnect();
        } catch (...) {
        }
        m_conn.reset();
    }
}

void Database::connectWithRetry()
{
    auto log = logging::get("db");
    std::chrono::milliseconds delay = m_policy.firstDelay;
    std::string lastError;
    for (int attempt = 1; attempt <= m_policy.attempts; ++attempt) {
        try {
            auto conn = std::make_unique<pqxx::connection>(withTimeout(m_params.dsn, m_policy.connectTimeoutSeconds));
            pqxx::nontransaction setup(*conn);
            setup.exec0("SET search_path = crm, ml, aff, fin, conv, ops, public");
            setup.exec0("SET application_name = 'kestrel'");
            setup.commit();
            {
                std::lock_guard lock(m_connMutex);
                m_conn = std::move(conn);
            }
            if (attempt > 1)
                log->info("reconnected to {} after {} attempts", m_params.redactedDsn(), attempt);
            return;
        } catch (const pqxx::broken_connection& e) {
            lastError = firstLine(e.what());
        } catch (const pqxx::sql_error& e) {
            // e.g. the database does not exist: retrying does not help.
            throw Error(Error::Code::ConnectionFailed, "cannot use database: " + firstLine(e.what()), m_params.redactedDsn(),
                        e.sqlstate());
        }
        if (attempt == m_policy.attempts)
            break;
        log->warn("connection to {} failed ({}); retry {} of {} in {} ms", m_params.redactedDsn(), lastError, attempt,
                  m_policy.attempts - 1, delay.count());
        if (onRetry)
            onRetry(attempt, delay);
        std::this_thread::sleep_for(delay);
        delay = std::min(delay * 2, m_policy.maxDelay);
    }
    throw Error(Error::Code::ConnectionFailed,
                "cannot connect to " + m_params.redactedDsn() + " after " + std::to_string(m_policy.attempts) +
                    " attempts: " + lastError,
                m_params.redactedDsn());
}

pqxx::connection& Database::connection()
{
    if (!m_conn || !m_conn->is_open()) {
        dropConnection();
        connectWithRetry();
    }
    return *m_conn;
}

Error Database::translate(const std::exception& e)
{
    if (auto* err = dynamic_cast<const Error*>(&e))
        return *err;
    if (auto* sql = dynamic_cast<const pqxx::sql_error*>(&e)) {
        if (sql->sqlstate() == "57014")
            return Error(Error::Code::Cancelled, "cancelled", sql->query(), sql->sqlstate());
        return Error(Error::Code::Sql, firstLine(sql->what()), sql->query(), sql->sqlstate());
    }
    if (dynamic_cast<const pqxx::broken_connection*>(&e))
        return Error(Error::Code::ConnectionLost, "database connection lost: " + firstLine(e.what()));
    return Error(Error::Code::Internal, e.what());
}

void Database::transact(const std::function<void(pqxx::work&)>& fn)
{
    const int rounds = m_policy.attempts;
    for (int round = 1;; ++round) {
        try {
            pqxx::work tx(connection());
            fn(tx);
            tx.commit();
            return;
        } catch (const pqxx::broken_connection& e) {
            // The work never committed, so it is safe to run again on a fresh connection.
            logging::get("db")->warn("connection lost during work: {}", firstLine(e.what()));
            dropConnection();
            if (round >= rounds)
                throw Error(Error::Code::ConnectionLost,
                            "database connection lost and not regained after " + std::to_string(rounds) + " attempts",
                            m_params.redactedDsn());
        } catch (const pqxx::in_doubt_error& e) {
            dropConnection();
            throw Error(Error::Code::ConnectionLost, std::string("connection lost while committing: ") + e.what());
        } catch (const Error&) {
            throw;
        } catch (const pqxx::failure& e) {
            // A terminated backend (57P01) shows up as sql_error on some paths; treat as a drop.
            if (auto* sql = dynamic_cast<const pqxx::sql_error*>(&e);
                sql && (sql->sqlstate().rfind("57P", 0) == 0 || sql->sqlstate().rfind("08", 0) == 0)) {
                dropConnection();
                if (round < rounds)
                    continue;
            }
            throw translate(e);
        } catch (const std::exception& e) {
            // Anything else from inside the work (e.g. pqxx::unexpected_rows) rolls back and becomes an Error.
            throw translate(e);
        }
    }
}

void Database::cancelQuery()
{
    std::lock_guard lock(m_connMutex);
    if (m_conn) {
        try {
            m_conn->cancel_query();
        } catch (const std::exception& e) {
            logging::get("db")->debug("cancel_query failed: {}", e.what());
        }
    }
}

void Database::ping()
{
    transact([](pqxx::work& tx) { tx.exec1("SELECT 1"); });
}

std::string Database::serverVersion()
{
    std::string v;
    transact([&](pqxx::work& tx) { v = tx.exec1("SHOW server_version")[0].c_str(); });
    return v;
}

}  // namespace kestrel::core
