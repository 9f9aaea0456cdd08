#pragma once

#include <string>
#include <vector>

namespace kestrel::core {

class Database;

/// Applies the numbered SQL files of resources/migrations (compiled in as :/migrations/NNNN_name.sql)
/// in order, each in its own transaction, and records them in ops.schema_migrations. Concurrent
/// migrators are serialised with an advisory lock.
class Migrator {
public:
    struct Migration {
        int version;
        std::string name;
        std::string sql;
    };
    struct Applied {
        int version;
        std::string name;
    };

    explicit Migrator(Database& db);

    /// The migrations compiled into the program, ordered by version.
    static std::vector<Migration> available();

    /// Applies what is pending; returns what was applied now. A failing migration is rolled back
    /// whole and reported as Error(Migration) with its file name and the server's message.
    std::vector<Applied> migrate();

    /// Versions already recorded.
    std::vector<int> appliedVersions();

private:
    Database& m_db;
};

}  // namespace kestrel::core
