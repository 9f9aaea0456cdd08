#include "jobs/job_runner.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/database.h"

#include <QtConcurrent/QtConcurrent>
#include <QtCore/QFutureWatcher>
#include <QtCore/QPromise>
#include <spdlog/spdlog.h>

#include <csignal>
#include <mutex>

namespace kestrel::core {

struct JobRunner::Running {
    QString title;
    std::atomic<bool> stop{false};
    std::mutex dbMutex;
    Database* db = nullptr;  // set while the job's connection exists
    QFutureWatcher<void> watcher;
    QString error;
    bool cancelled = false;

    void requestStop()
    {
        stop.store(true);
        std::lock_guard lock(dbMutex);
        if (db)
            db->cancelQuery();
    }
};

JobRunner::JobRunner(ConnectionParams params, QObject* parent) : QObject(parent), m_params(std::move(params))
{
    m_pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    cancelAll();
    waitForAll();
}

int JobRunner::start(const QString& title, JobFn fn)
{
    const int id = m_nextId++;
    auto job = std::make_shared<Running>();
    job->title = title;
    m_jobs[id] = job;
    auto log = logging::get("jobs");
    log->info("job {} started: {}", id, title.toStdString());

    const ConnectionParams params = m_params;
    std::weak_ptr<Running> weak = job;
    QFuture<void> future = QtConcurrent::run(&m_pool, [params, fn = std::move(fn), job](QPromise<void>& promise) {
        promise.setProgressRange(0, 1000);
        try {
            Database db(params);
            {
                std::lock_guard lock(job->dbMutex);
                job->db = &db;
            }
            struct Detach {
                Running& r;
                ~Detach()
                {
                    std::lock_guard lock(r.dbMutex);
                    r.db = nullptr;
                }
            } detach{*job};
            JobContext ctx(db,
                           [&promise](double f, const std::string& text) {
                               promise.setProgressValueAndText(static_cast<int>(std::clamp(f, 0.0, 1.0) * 1000),
                                                               QString::fromStdString(text));
                           },
                           job->stop);
            // A job that returned has committed its work, even if Cancel came too late to stop it.
            fn(ctx);
        } catch (const Error& e) {
            job->cancelled = e.code() == Error::Code::Cancelled || job->stop.load();
            job->error = QString::fromStdString(e.what());
        } catch (const std::exception& e) {
            const Error err = Database::translate(e);
            job->cancelled = err.code() == Error::Code::Cancelled || job->stop.load();
            job->error = QString::fromStdString(err.what());
        }
    });

    connect(&job->watcher, &QFutureWatcher<void>::progressValueChanged, this, [this, id, weak](int value) {
        if (auto j = weak.lock())
            emit jobProgress(id, value / 1000.0, j->watcher.progressText());
    });
    connect(&job->watcher, &QFutureWatcher<void>::finished, this, [this, id, log]() {
        auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        auto j = it->second;
        m_jobs.erase(it);
        if (j->cancelled) {
            log->info("job {} cancelled: {}", id, j->title.toStdString());
            emit jobFinished(id, false, true, tr("Cancelled; nothing was written."));
        } else if (!j->error.isEmpty()) {
            log->error("job {} failed: {}", id, j->error.toStdString());
            emit jobFinished(id, false, false, j->error);
        } else {
            log->info("job {} finished: {}", id, j->title.toStdString());
            emit jobFinished(id, true, false, QString());
        }
    });
    job->watcher.setFuture(future);
    emit jobStarted(id, title);
    return id;
}

void JobRunner::cancel(int id)
{
    if (auto it = m_jobs.find(id); it != m_jobs.end())
        it->second->requestStop();
}

void JobRunner::cancelAll()
{
    for (auto& [id, job] : m_jobs)
        job->requestStop();
}

void JobRunner::waitForAll()
{
    m_pool.waitForDone();
}

namespace {
std::atomic<bool>* g_cliStop = nullptr;
extern "C" void onSigint(int)
{
    // Only the flag: the job checks it between batches and its transaction rolls back.
    if (g_cliStop)
        g_cliStop->store(true);
}
}  // namespace

void runInterruptibly(const std::function<void(const std::atomic<bool>& stop)>& fn)
{
    std::atomic<bool> stop{false};
    g_cliStop = &stop;
    auto previous = std::signal(SIGINT, onSigint);
    struct Restore {
        decltype(previous) prev;
        ~Restore()
        {
            std::signal(SIGINT, prev);
            g_cliStop = nullptr;
        }
    } restore{previous};
    try {
        fn(stop);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Database::translate(e);
    }
    if (stop.load())
        throw Error(Error::Code::Cancelled, "cancelled by the user; nothing was written");
}

void runJobHere(Database& db, const JobFn& fn, const JobContext::ProgressFn& progress)
{
    runInterruptibly([&](const std::atomic<bool>& stop) {
        JobContext ctx(db, progress, stop);
        fn(ctx);
    });
}

}  // namespace kestrel::core
