#include "db/migrator.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <pqxx/except>
#include <spdlog/spdlog.h>

#include <algorithm>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace kestrel::core {
namespace {

constexpr long long kMigrationLock = 0x6b657374726c;  // "kestrl"

const char* kBootstrap = R"sql(
CREATE SCHEMA IF NOT EXISTS ops;
CREATE TABLE IF NOT EXISTS ops.schema_migrations (
    version     integer PRIMARY KEY CHECK (version > 0),
    name        text NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL DEFAULT 0 CHECK (duration_ms >= 0)
);
)sql";

}  // namespace

Migrator::Migrator(Database& db) : m_db(db) {}

std::vector<Migrator::Migration> Migrator::available()
{
    initMigrationResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    std::vector<Migration> out;
    QDir dir(QStringLiteral(":/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Code::Internal, "cannot read migration " + file.toStdString());
        out.push_back({m.captured(1).toInt(), file.toStdString(), f.readAll().toStdString()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return out;
}

std::vector<int> Migrator::appliedVersions()
{
    std::vector<int> versions;
    m_db.transact([&](pqxx::work& tx) {
        tx.exec0(kBootstrap);
        for (const auto& row : tx.exec("SELECT version FROM ops.schema_migrations ORDER BY version"))
            versions.push_back(row[0].as<int>());
    });
    return versions;
}

std::vector<Migrator::Applied> Migrator::migrate()
{
    auto log = logging::get("db");
    std::vector<Applied> applied;
    for (const auto& mig : available()) {
        bool done = false;
        try {
            m_db.transact([&](pqxx::work& tx) {
                tx.exec0(kBootstrap);
                tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
                if (!tx.exec_params("SELECT 1 FROM ops.schema_migrations WHERE version = $1", mig.version).empty())
                    return;
                const auto t0 = std::chrono::steady_clock::now();
                tx.exec(mig.sql);  // a migration may end in a SELECT (e.g. a back-fill)
                const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0);
                tx.exec_params("INSERT INTO ops.schema_migrations(version, name, duration_ms) VALUES ($1, $2, $3)",
                               mig.version, mig.name, static_cast<int>(ms.count()));
                done = true;
            });
        } catch (const Error& e) {
            if (e.code() == Error::Code::ConnectionLost || e.code() == Error::Code::ConnectionFailed)
                throw;
            throw Error(Error::Code::Migration, "migration " + mig.name + " failed and was rolled back: " + e.what(),
                        mig.name, e.sqlstate());
        }
        if (done) {
            log->info("applied migration {}", mig.name);
            applied.push_back({mig.version, mig.name});
        }
    }
    return applied;
}

}  // namespace kestrel::core
