#include "test_cluster.h"

#include "db/database.h"
#include "db/local_cluster.h"
#include "db/migrator.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <sys/stat.h>

namespace kestrel::test {

TestCluster& TestCluster::instance()
{
    static TestCluster cluster;
    return cluster;
}

TestCluster::TestCluster()
{
    // /tmp is world-traversable, so the postgres system user can reach it when tests run as root.
    std::string tmpl = (std::filesystem::temp_directory_path() / "kestrel-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data()))
        throw std::runtime_error("cannot create a temporary folder for the test cluster");
    ::chmod(tmpl.c_str(), 0755);
    m_root = tmpl;
    core::LocalCluster::Options opts;
    opts.fastUnsafe = true;
    m_cluster = std::make_unique<core::LocalCluster>(m_root, opts);
    m_cluster->start();
    m_params = core::ConnectionParams::fromDsn(m_cluster->dsn());
    core::Database db(m_params);
    core::Migrator(db).migrate();
}

TestCluster::~TestCluster()
{
    try {
        if (m_cluster && m_cluster->isRunning())
            m_cluster->stop();
    } catch (const std::exception& e) {
        std::cerr << "test cluster did not stop: " << e.what() << "\n";
    }
    std::error_code ec;
    if (!std::getenv("KESTREL_KEEP_TEST_CLUSTER"))
        std::filesystem::remove_all(m_root, ec);
}

void TestCluster::restart()
{
    m_cluster->stop();
    m_cluster->start();
}

void TestCluster::terminateOtherBackends()
{
    pqxx::connection conn(m_params.dsn);
    pqxx::nontransaction tx(conn);
    tx.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
}

}  // namespace kestrel::test
