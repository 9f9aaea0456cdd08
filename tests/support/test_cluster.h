#pragma once

#include "db/connection_params.h"

#include <memory>
#include <string>

namespace kestrel::core { class LocalCluster; }

namespace kestrel::test {

/// One throwaway PostgreSQL 15 cluster per test program: created in a fresh temporary folder on
/// first use (initdb + start, fsync off), migrated, and stopped and removed when the program exits.
class TestCluster {
public:
    static TestCluster& instance();

    const core::ConnectionParams& params() const { return m_params; }
    const std::string& dsn() const { return m_params.dsn; }
    core::LocalCluster& cluster() { return *m_cluster; }

    /// Stops and starts the server (connections held by the test are broken by this).
    void restart();
    /// Drops every other backend's connection (pg_terminate_backend), like a server-side kill.
    void terminateOtherBackends();

    ~TestCluster();

private:
    TestCluster();
    std::string m_root;
    std::unique_ptr<core::LocalCluster> m_cluster;
    core::ConnectionParams m_params;
};

}  // namespace kestrel::test
