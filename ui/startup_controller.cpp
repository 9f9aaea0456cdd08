#include "startup_controller.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/paths.h"
#include "db/local_cluster.h"
#include "db/migrator.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "models/sql_connection.h"
#include "synth/synth_generator.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

namespace kestrel::ui {
namespace {

std::string text(const char* source)
{
    return QCoreApplication::translate("kestrel::ui::StartupController", source).toStdString();
}

// Asked through Qt Sql (the UI's read path) so no SQL goes through libpqxx outside core.
bool hasUsers(const core::ConnectionParams& params)
{
    if (!SqlConnection::driverAvailable())
        return true; // the dashboard reports the missing driver; do not guess and generate
    bool result = true;
    {
        QSqlDatabase db = SqlConnection::forThisThread(params);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM crm.users)")) && q.next())
            result = q.value(0).toBool();
    }
    SqlConnection::resetThisThread();
    return result;
}

} // namespace

StartupController::StartupController(core::JobRunner& jobs, QObject* parent) : QObject(parent), m_jobs(jobs)
{
    connect(&m_jobs, &core::JobRunner::jobFinished, this, &StartupController::onJobFinished);
}

StartupController::~StartupController() = default;

void StartupController::start(const Target& target)
{
    if (m_job)
        m_jobs.cancel(m_job);
    try {
        m_params = target.embedded
                       ? core::ConnectionParams::fromDsn(core::LocalCluster(core::paths::dataDir()).dsn(), true)
                       : core::ConnectionParams::fromDsn(target.dsn);
    } catch (const core::Error& e) {
        m_job = 0;
        emit failed(tr("The connection settings are not valid: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    m_jobs.setConnectionParams(m_params);
    const bool embedded = target.embedded;
    const core::ConnectionParams params = m_params;
    auto started = m_startedCluster;
    m_job = m_jobs.start(tr("Opening the database"), [embedded, params, started](core::JobContext& ctx) {
        if (embedded) {
            ctx.progress(0.02, text(QT_TRANSLATE_NOOP("kestrel::ui::StartupController",
                                                      "starting the embedded PostgreSQL server…")));
            core::LocalCluster cluster(core::paths::dataDir());
            if (cluster.ensureRunning())
                started->store(true);
        }
        ctx.throwIfStopped();
        ctx.progress(0.08, text(QT_TRANSLATE_NOOP("kestrel::ui::StartupController", "updating the database schema…")));
        core::Migrator(ctx.db()).migrate();
        ctx.throwIfStopped();
        if (embedded && !hasUsers(params)) {
            ctx.progress(0.1, text(QT_TRANSLATE_NOOP("kestrel::ui::StartupController", "generating demo data…")));
            core::SynthGenerator(core::SynthOptions{}).run(ctx);
        }
        ctx.progress(1.0, text(QT_TRANSLATE_NOOP("kestrel::ui::StartupController", "ready")));
    });
}

void StartupController::onJobFinished(int id, bool ok, bool cancelled, const QString& message)
{
    if (id != m_job)
        return;
    m_job = 0;
    if (ok)
        emit ready(m_params);
    else if (cancelled)
        emit failed(tr("Opening the database was cancelled."));
    else
        emit failed(tr("The database could not be opened: %1").arg(message));
}

void StartupController::stopEmbeddedCluster()
{
    try {
        core::LocalCluster cluster(core::paths::dataDir());
        if (cluster.isRunning())
            cluster.stop();
        core::logging::get("ui")->info("stopped the embedded PostgreSQL server");
    } catch (const std::exception& e) {
        core::logging::get("ui")->warn("could not stop the embedded server: {}", e.what());
    }
}

} // namespace kestrel::ui
