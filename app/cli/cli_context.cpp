#include "cli/cli_context.h"

#include "common/logging.h"
#include "common/paths.h"
#include "db/local_cluster.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <spdlog/spdlog.h>

#include <iostream>

namespace kestrel::cli {

core::ConnectionParams resolveDatabase(const ParsedArgs& args)
{
    const std::string dsn = core::configuredDsn(args.dsn);
    if (!dsn.empty())
        return core::ConnectionParams::fromDsn(dsn);
    core::LocalCluster cluster(core::paths::dataDir());
    if (cluster.ensureRunning())
        core::logging::get("cli")->info("started the embedded database in {}", cluster.root().string());
    return core::ConnectionParams::fromDsn(cluster.dsn(), true);
}

void printJson(const QJsonObject& obj)
{
    std::cout << QJsonDocument(obj).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

}  // namespace kestrel::cli
