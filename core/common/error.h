#pragma once

#include <stdexcept>
#include <string>

namespace kestrel::core {

/// A typed failure raised by core. The UI turns it into words; the CLI prints what() on one line.
class Error : public std::runtime_error {
public:
    enum class Code {
        InvalidArgument,   ///< bad option or value supplied by the user
        Io,                ///< file or folder problem
        ClusterState,      ///< embedded server already running, not running, or failed to start
        ConnectionLost,    ///< the server went away and retries were exhausted
        ConnectionFailed,  ///< could not connect at all
        Sql,               ///< the server rejected a statement
        Migration,         ///< a migration failed and was rolled back
        Cancelled,         ///< the user asked to stop; nothing was written
        Internal,
    };

    Error(Code code, const std::string& what, std::string where = {}, std::string sqlstate = {})
        : std::runtime_error(what), m_code(code), m_where(std::move(where)), m_sqlstate(std::move(sqlstate))
    {
    }

    Code code() const noexcept { return m_code; }
    /// Where it happened: a file and line, a table, a migration name; may be empty.
    const std::string& where() const noexcept { return m_where; }
    /// The server's SQLSTATE when the error came from PostgreSQL.
    const std::string& sqlstate() const noexcept { return m_sqlstate; }

private:
    Code m_code;
    std::string m_where;
    std::string m_sqlstate;
};

}  // namespace kestrel::core
