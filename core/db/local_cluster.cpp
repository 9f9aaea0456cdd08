#include "db/local_cluster.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/paths.h"

#include <QtCore/QProcess>
#include <QtCore/QStringList>
#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <spdlog/spdlog.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <grp.h>
#include <pwd.h>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace kestrel::core {
namespace {

constexpr const char* kServerUser = "postgres";

struct ServerAccount {
    uid_t uid;
    gid_t gid;
};

ServerAccount serverAccount()
{
    const passwd* pw = ::getpwnam(kServerUser);
    if (!pw)
        throw Error(Error::Code::ClusterState,
                    "running as root needs the 'postgres' system user to run the server; install postgresql-15");
    return {pw->pw_uid, pw->pw_gid};
}

void makeDir(const fs::path& dir, mode_t mode)
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(Error::Code::Io, "data folder " + dir.string() + " cannot be created: " + ec.message(), dir.string());
    ::chmod(dir.c_str(), mode);
}

void ensureWritable(const fs::path& dir)
{
    if (::access(dir.c_str(), W_OK | X_OK) != 0)
        throw Error(Error::Code::Io, "data folder " + dir.string() + " is not writable: " + std::strerror(errno),
                    dir.string());
}

}  // namespace

LocalCluster::LocalCluster(fs::path root) : LocalCluster(std::move(root), Options{}) {}

LocalCluster::LocalCluster(fs::path root, Options options) : m_root(std::move(root)), m_options(std::move(options))
{
    m_root = fs::absolute(m_root).lexically_normal();
    if (m_options.port <= 0) {
        m_options.port = 5432;
        if (std::ifstream in(m_root / "port"); in) {
            int p = 0;
            if (in >> p && p > 0 && p < 65536)
                m_options.port = p;
        }
    }
    if (m_options.port > 65535)
        throw Error(Error::Code::InvalidArgument, "port " + std::to_string(m_options.port) + " is out of range 1-65535");
}

fs::path LocalCluster::binDir()
{
    if (const char* env = std::getenv("KESTREL_PG_BINDIR"); env && *env)
        return env;
    return "/usr/lib/postgresql/15/bin";
}

bool LocalCluster::initialized() const
{
    std::error_code ec;
    return fs::exists(pgdata() / "PG_VERSION", ec);
}

std::optional<long> LocalCluster::runningPid() const
{
    std::ifstream in(pgdata() / "postmaster.pid");
    long pid = 0;
    if (!in || !(in >> pid) || pid <= 0)
        return std::nullopt;
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
        return std::nullopt;
    // A recycled pid of some other program would also answer kill(); check it is a postgres.
    std::ifstream comm("/proc/" + std::to_string(pid) + "/comm");
    std::string name;
    if (comm && (comm >> name) && name.find("postgres") == std::string::npos)
        return std::nullopt;
    return pid;
}

LocalCluster::RunResult LocalCluster::runServerTool(const std::string& tool, const std::vector<std::string>& args,
                                                    int timeoutMs) const
{
    QString program = QString::fromStdString((binDir() / tool).string());
    QStringList argv;
    for (const auto& a : args)
        argv << QString::fromStdString(a);
    if (paths::runningAsRoot()) {
        // PostgreSQL refuses to run as root; its tools run as the postgres system user instead.
        argv.prepend(program);
        argv.prepend(QStringLiteral("--"));
        argv.prepend(QString::fromLatin1(kServerUser));
        argv.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.setWorkingDirectory(QString::fromStdString(m_root.string()));
    proc.start(program, argv);
    if (!proc.waitForStarted(10000))
        throw Error(Error::Code::ClusterState,
                    "cannot run " + program.toStdString() + ": " + proc.errorString().toStdString() +
                        " (is postgresql-15 installed?)");
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished(2000);
        throw Error(Error::Code::ClusterState, tool + " did not finish within " + std::to_string(timeoutMs / 1000) + " s");
    }
    return {proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1, proc.readAll().toStdString()};
}

void LocalCluster::prepareFolders()
{
    makeDir(m_root, 0755);
    ensureWritable(m_root);
    for (const auto& sub : {pgdata(), socketDir(), logFile().parent_path()})
        makeDir(sub, 0700);
    if ((socketDir() / ".s.PGSQL.65535").string().size() > 107)
        throw Error(Error::Code::Io,
                    "data folder path is too long for a Unix socket (107 bytes): " + socketDir().string() +
                        "; set KESTREL_DATA_DIR to a shorter folder",
                    m_root.string());
    if (paths::runningAsRoot()) {
        const auto acct = serverAccount();
        for (const auto& sub : {pgdata(), socketDir(), logFile().parent_path()})
            if (::chown(sub.c_str(), acct.uid, acct.gid) != 0)
                throw Error(Error::Code::Io, "cannot hand " + sub.string() + " to the postgres user: " + std::strerror(errno));
        // Every parent must be traversable by the server user, or it cannot reach its own folder.
        for (fs::path p = m_root; !p.empty() && p != p.root_path(); p = p.parent_path()) {
            struct stat st {};
            if (::stat(p.c_str(), &st) == 0 && !(st.st_mode & S_IXOTH) && st.st_uid != acct.uid)
                throw Error(Error::Code::Io,
                            "the postgres system user cannot enter " + p.string() +
                                " (mode " + std::to_string(st.st_mode & 0777) +
                                "); set KESTREL_DATA_DIR to a folder outside it, e.g. /var/lib/kestrel",
                            p.string());
        }
    }
}

void LocalCluster::init()
{
    if (initialized())
        return;
    prepareFolders();
    auto log = logging::get("db");
    log->info("creating the embedded PostgreSQL cluster in {}", pgdata().string());
    std::vector<std::string> args{"-D", pgdata().string(), "-U", m_options.superuser, "-E", "UTF8", "--no-locale",
                                  "--auth=trust", "--no-instructions"};
    if (m_options.fastUnsafe)
        args.push_back("--no-sync");
    auto r = runServerTool("initdb", args, 120000);
    if (r.exitCode != 0)
        throw Error(Error::Code::ClusterState, "initdb failed: " + r.output, pgdata().string());

    // Socket only, in our own folder; TCP stays closed. Settings suit a desktop analytics workload.
    std::ofstream conf(pgdata() / "postgresql.conf", std::ios::app);
    conf << "\n# Kestrel embedded cluster\n"
         << "listen_addresses = ''\n"
         << "unix_socket_directories = '" << socketDir().string() << "'\n"
         << "unix_socket_permissions = 0700\n"
         << "shared_buffers = 256MB\n"
         << "work_mem = 32MB\n"
         << "maintenance_work_mem = 256MB\n"
         << "max_wal_size = 4GB\n"
         << "checkpoint_timeout = 15min\n"
         << "wal_level = minimal\n"
         << "max_wal_senders = 0\n"
         << "jit = off\n";
    if (m_options.fastUnsafe)
        conf << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 64MB\n";
    if (!conf)
        throw Error(Error::Code::Io, "cannot write " + (pgdata() / "postgresql.conf").string());
}

std::string LocalCluster::logTail(std::size_t lines) const
{
    std::ifstream in(logFile());
    std::vector<std::string> all;
    for (std::string line; std::getline(in, line);)
        all.push_back(line);
    std::string out;
    // The most telling line is the last FATAL or ERROR one.
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->find("FATAL") != std::string::npos || it->find("ERROR") != std::string::npos)
            return *it;
    for (std::size_t i = all.size() > lines ? all.size() - lines : 0; i < all.size(); ++i)
        out += all[i] + (i + 1 < all.size() ? " | " : "");
    return out;
}

void LocalCluster::start()
{
    if (auto pid = runningPid())
        throw Error(Error::Code::ClusterState,
                    "the embedded database is already running (pid " + std::to_string(*pid) + ", socket " +
                        socketDir().string() + ")",
                    m_root.string());
    init();
    prepareFolders();
    const auto lock = socketDir() / (".s.PGSQL." + std::to_string(m_options.port) + ".lock");
    if (std::ifstream in(lock); in) {
        long pid = 0;
        if (in >> pid && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0)
            throw Error(Error::Code::ClusterState,
                        "socket " + lock.string() + " is in use by process " + std::to_string(pid), lock.string());
    }
    auto log = logging::get("db");
    log->info("starting the embedded PostgreSQL server (socket {}, port {})", socketDir().string(), m_options.port);
    auto r = runServerTool("pg_ctl", {"-D", pgdata().string(), "-l", logFile().string(), "-w", "-t", "60", "-o",
                                      "-p " + std::to_string(m_options.port), "start"},
                           90000);
    if (r.exitCode != 0 || !runningPid()) {
        throw Error(Error::Code::ClusterState, "the embedded database did not start: " + logTail(3), logFile().string());
    }
    {
        std::ofstream portOut(m_root / "port");
        portOut << m_options.port << "\n";
    }
    createDatabaseIfMissing();
}

void LocalCluster::createDatabaseIfMissing()
{
    try {
        pqxx::connection conn(dsnFor("postgres"));
        pqxx::nontransaction tx(conn);
        auto r = tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", m_options.database);
        if (r.empty())
            tx.exec0("CREATE DATABASE " + tx.quote_name(m_options.database));
    } catch (const std::exception& e) {
        throw Error(Error::Code::ClusterState, std::string("cannot create the application database: ") + e.what());
    }
}

bool LocalCluster::ensureRunning()
{
    if (isRunning()) {
        createDatabaseIfMissing();
        return false;
    }
    start();
    return true;
}

void LocalCluster::stop()
{
    if (!isRunning())
        throw Error(Error::Code::ClusterState, "the embedded database is not running", m_root.string());
    auto r = runServerTool("pg_ctl", {"-D", pgdata().string(), "-m", "fast", "-w", "-t", "60", "stop"}, 90000);
    if (r.exitCode != 0)
        throw Error(Error::Code::ClusterState, "the embedded database did not stop: " + r.output, pgdata().string());
    logging::get("db")->info("stopped the embedded PostgreSQL server");
}

std::string LocalCluster::dsnFor(const std::string& database) const
{
    return "host=" + socketDir().string() + " port=" + std::to_string(m_options.port) + " dbname=" + database +
           " user=" + m_options.superuser;
}

std::string LocalCluster::dsn() const
{
    return dsnFor(m_options.database);
}

std::string LocalCluster::binaryVersion() const
{
    QProcess proc;
    proc.start(QString::fromStdString((binDir() / "postgres").string()), {QStringLiteral("--version")});
    if (!proc.waitForFinished(10000))
        return {};
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    std::istringstream in(proc.readAll().toStdString());
    std::string a, b, version;
    in >> a >> b >> version;
    return version;
}

}  // namespace kestrel::core
