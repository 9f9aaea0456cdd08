#include "models/load_jobs.h"

#include "etl/record_reader.h"
#include "import/load_texts.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "models/job_failure.h"

#include <QtCore/QFileInfo>

namespace kestrel::ui {

struct LoadJobs::Running {
    enum class Kind { Import, DryRun, Rollback } kind = Kind::Import;
    std::shared_ptr<ImportOutcome> import;
    std::shared_ptr<RollbackOutcome> rollback;
    std::shared_ptr<JobFailure> failure = std::make_shared<JobFailure>();
};

LoadJobs::LoadJobs(core::JobRunner& jobs, QObject* parent) : QObject(parent), m_jobs(jobs)
{
    connect(&m_jobs, &core::JobRunner::jobProgress, this, [this](int id, double fraction, const QString& text) {
        if (m_running.contains(id))
            emit progress(id, fraction, text);
    });
    connect(&m_jobs, &core::JobRunner::jobFinished, this, &LoadJobs::onFinished);
}

LoadJobs::~LoadJobs() = default;

int LoadJobs::startImport(const core::LoadRequest& request)
{
    auto running = std::make_shared<Running>();
    running->kind = request.dryRun ? Running::Kind::DryRun : Running::Kind::Import;
    running->import = std::make_shared<ImportOutcome>();
    running->import->request = request;
    auto outcome = running->import;
    auto failure = running->failure;

    const QString file = QFileInfo(QString::fromStdString(request.path)).fileName();
    const QString entity = LoadTexts::entity(request.entity);
    const QString title =
        request.dryRun ? tr("Checking %1 for %2").arg(file, entity) : tr("Importing %1 into %2").arg(file, entity);
    const int id = m_jobs.start(title, [outcome, failure](core::JobContext& ctx) {
        failure->record([&] {
            core::LoadReport report = core::Loader::run(ctx, outcome->request);
            if (outcome->request.dryRun)
                outcome->previousLoad =
                    core::LoadHistory::findLoadedFile(ctx.db(), outcome->request.entity, report.sha256);
            outcome->report = std::move(report);
        });
    });
    m_running.insert(id, running);
    if (!request.dryRun)
        emit writeStarted(id);
    return id;
}

int LoadJobs::startRollback(std::int64_t loadId, const QString& label)
{
    auto running = std::make_shared<Running>();
    running->kind = Running::Kind::Rollback;
    running->rollback = std::make_shared<RollbackOutcome>();
    running->rollback->loadId = loadId;
    running->rollback->label = label;
    auto outcome = running->rollback;
    auto failure = running->failure;
    const int id = m_jobs.start(tr("Rolling back load %1").arg(loadId), [outcome, failure](core::JobContext& ctx) {
        failure->record([&] { outcome->report = core::LoadHistory::rollback(ctx, outcome->loadId); });
    });
    m_running.insert(id, running);
    emit writeStarted(id);
    return id;
}

void LoadJobs::cancel(int job)
{
    if (m_running.contains(job))
        m_jobs.cancel(job);
}

int LoadJobs::runningWrites() const
{
    int n = 0;
    for (const auto& r : m_running)
        n += r->kind != Running::Kind::DryRun ? 1 : 0;
    return n;
}

void LoadJobs::onFinished(int job, bool ok, bool cancelled, const QString& message)
{
    const auto running = m_running.take(job);
    if (!running)
        return;
    const JobFailure& failure = *running->failure;
    // JobRunner calls a failed job cancelled whenever Cancel was pressed; when the work failed for
    // another reason first (a refused file), that reason is what ops.loads records and what we say.
    if (failure.set && !failure.cancelled)
        cancelled = false;
    auto fill = [&](auto& outcome) {
        if (outcome.ok())
            return;
        outcome.cancelled = cancelled;
        if (cancelled)
            outcome.error = tr("Cancelled; nothing was stored.");
        else
            outcome.error = failure.set ? failure.what : message;
        outcome.details = failure.set ? failure.details : message;
        if (!ok && !cancelled && outcome.error.isEmpty())
            outcome.error = tr("The job failed without a message; see the log.");
    };
    if (running->rollback) {
        fill(*running->rollback);
        emit rollbackFinished(job, running->rollback);
    } else {
        fill(*running->import);
        emit importFinished(job, running->import);
    }
}

} // namespace kestrel::ui
