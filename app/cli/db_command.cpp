#include "cli/db_command.h"

#include "cli/cli_context.h"
#include "common/error.h"
#include "common/paths.h"
#include "db/database.h"
#include "db/local_cluster.h"
#include "db/migrator.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <iostream>

namespace kestrel::cli {
namespace {

using core::Error;

void refuseExternal(const ParsedArgs& args)
{
    if (!args.dsn.empty())
        throw Error(Error::Code::InvalidArgument,
                    "'" + args.command + "' manages the embedded cluster; it does not take --dsn");
}

core::LocalCluster embedded(const ParsedArgs& args)
{
    core::LocalCluster::Options opts;
    opts.port = args.port;
    return core::LocalCluster(core::paths::dataDir(), opts);
}

int status(const ParsedArgs& args)
{
    const std::string external = core::configuredDsn(args.dsn);
    QJsonObject out;
    if (!external.empty()) {
        auto params = core::ConnectionParams::fromDsn(external);
        out[QStringLiteral("mode")] = QStringLiteral("external");
        out[QStringLiteral("dsn")] = QString::fromStdString(params.redactedDsn());
        core::RetryPolicy once;
        once.attempts = 1;
        core::Database db(params, once);
        try {
            out[QStringLiteral("server_version")] = QString::fromStdString(db.serverVersion());
            out[QStringLiteral("state")] = QStringLiteral("running");
        } catch (const Error& e) {
            out[QStringLiteral("state")] = QStringLiteral("unreachable");
            out[QStringLiteral("error")] = QString::fromStdString(e.what());
        }
    } else {
        auto cluster = embedded(args);
        const auto pid = cluster.runningPid();
        out[QStringLiteral("mode")] = QStringLiteral("embedded");
        out[QStringLiteral("state")] = pid ? QStringLiteral("running")
                                           : (cluster.initialized() ? QStringLiteral("stopped")
                                                                    : QStringLiteral("not_initialized"));
        out[QStringLiteral("data_dir")] = QString::fromStdString(cluster.pgdata().string());
        out[QStringLiteral("socket_dir")] = QString::fromStdString(cluster.socketDir().string());
        out[QStringLiteral("port")] = cluster.port();
        out[QStringLiteral("dsn")] = QString::fromStdString(cluster.dsn());
        out[QStringLiteral("log_file")] = QString::fromStdString(cluster.logFile().string());
        if (pid)
            out[QStringLiteral("pid")] = static_cast<double>(*pid);
        std::string version;
        if (pid) {
            try {
                core::RetryPolicy once;
                once.attempts = 1;
                core::Database db(core::ConnectionParams::fromDsn(cluster.dsn(), true), once);
                version = db.serverVersion();
            } catch (const Error&) {
                // Still starting or shutting down: fall back to the binaries' version.
            }
        }
        if (version.empty())
            version = cluster.binaryVersion();
        out[QStringLiteral("server_version")] = QString::fromStdString(version);
    }
    if (args.json) {
        printJson(out);
    } else {
        for (auto it = out.begin(); it != out.end(); ++it)
            std::cout << it.key().toStdString() << ": " << it.value().toVariant().toString().toStdString() << "\n";
    }
    return out[QStringLiteral("state")].toString() == QStringLiteral("unreachable") ? 1 : 0;
}

int migrate(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    const auto applied = core::Migrator(db).migrate();
    const auto versions = core::Migrator(db).appliedVersions();
    if (args.json) {
        QJsonArray now;
        for (const auto& a : applied)
            now.append(QString::fromStdString(a.name));
        QJsonObject out;
        out[QStringLiteral("applied")] = now;
        out[QStringLiteral("schema_version")] = versions.empty() ? 0 : versions.back();
        printJson(out);
    } else if (applied.empty()) {
        std::cout << "schema is up to date (version " << (versions.empty() ? 0 : versions.back()) << ")\n";
    } else {
        for (const auto& a : applied)
            std::cout << "applied " << a.name << "\n";
    }
    return 0;
}

}  // namespace

int runDbCommand(const ParsedArgs& args)
{
    if (args.command == "db status")
        return status(args);
    if (args.command == "db migrate")
        return migrate(args);
    refuseExternal(args);
    auto cluster = embedded(args);
    if (args.command == "db start") {
        cluster.start();
        if (args.json)
            return status(args);
        std::cout << "embedded database running; socket " << cluster.socketDir().string() << ", dsn \""
                  << cluster.dsn() << "\"\n";
        return 0;
    }
    if (args.command == "db stop") {
        cluster.stop();
        if (!args.json)
            std::cout << "embedded database stopped\n";
        return 0;
    }
    throw Error(Error::Code::InvalidArgument, "unknown db command");
}

}  // namespace kestrel::cli
