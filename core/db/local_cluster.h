#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

/// The embedded default: a private PostgreSQL 15 cluster in a folder of the user's, listening on
/// a Unix socket in that folder only (no TCP). Layout under root(): pgdata/ (the cluster), run/
/// (the socket), log/ (server log). As root the server runs as the postgres system user.
class LocalCluster {
public:
    struct Options {
        int port = 0;               ///< names the socket file (.s.PGSQL.<port>); 0 = last used, else 5432
        bool fastUnsafe = false;    ///< fsync off etc., for throwaway test clusters
        std::string database = "kestrel";
        std::string superuser = "kestrel";
    };

    explicit LocalCluster(std::filesystem::path root);
    LocalCluster(std::filesystem::path root, Options options);

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path pgdata() const { return m_root / "pgdata"; }
    std::filesystem::path socketDir() const { return m_root / "run"; }
    std::filesystem::path logFile() const { return m_root / "log" / "postgresql.log"; }
    int port() const { return m_options.port; }

    bool initialized() const;
    /// The postmaster's pid when it is alive, read from postmaster.pid.
    std::optional<long> runningPid() const;
    bool isRunning() const { return runningPid().has_value(); }

    /// initdb if the folder holds no cluster yet. Throws Error(Io) for an unusable folder.
    void init();
    /// Starts the server and creates the application database on first start.
    /// Throws Error(ClusterState) when it already runs, or with the server's own reason when it fails.
    void start();
    /// init() and start() as needed; returns true when this call started the server.
    bool ensureRunning();
    /// Stops the server (fast shutdown). Throws Error(ClusterState) when it is not running.
    void stop();

    /// libpq DSN for the application database over the socket.
    std::string dsn() const;
    std::string dsnFor(const std::string& database) const;
    /// "15.18" from the installed binaries (works while stopped).
    std::string binaryVersion() const;
    /// Folder with initdb, pg_ctl and postgres: $KESTREL_PG_BINDIR, else PostgreSQL 15's.
    static std::filesystem::path binDir();

private:
    struct RunResult {
        int exitCode;
        std::string output;
    };
    RunResult runServerTool(const std::string& tool, const std::vector<std::string>& args, int timeoutMs) const;
    void prepareFolders();
    std::string logTail(std::size_t lines) const;
    void createDatabaseIfMissing();

    std::filesystem::path m_root;
    Options m_options;
};

}  // namespace kestrel::core
