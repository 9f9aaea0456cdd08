#pragma once

#include <string>

namespace kestrel::core {

/// Where the database is. Built from a libpq DSN (key=value or postgresql:// URI); the parsed
/// parts feed Qt Sql, the DSN itself feeds libpqxx.
struct ConnectionParams {
    std::string dsn;
    std::string host;      ///< host name or the socket folder
    std::string port;
    std::string dbname;
    std::string user;
    std::string password;
    bool embedded = false;  ///< true when it points at the private cluster

    /// Parses a DSN; throws Error(InvalidArgument) naming the problem.
    static ConnectionParams fromDsn(const std::string& dsn, bool embedded = false);

    /// The DSN with the password masked, for logs and the status line.
    std::string redactedDsn() const;
};

/// Resolves the database to use: an explicit --dsn, else KESTREL_DSN, else the saved setting,
/// else the embedded cluster (empty optional-like: returns an empty dsn).
std::string configuredDsn(const std::string& cliDsn);

}  // namespace kestrel::core
