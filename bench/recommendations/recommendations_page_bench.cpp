// Macro benchmark: the Recommendations page against a real database with a recommend run — how long
// from opening until the run is shown and painted, until the most recommended products follow (when
// the run's metrics lack them they are counted over its rows after the rest is shown; later reloads
// take them from the model's per-run cache), how long a user look-up takes, and the longest time the GUI thread
// did not answer meanwhile (a 5 ms timer's largest gap): the reads run on a worker, so that stays
// small however many rows the run has.
//   kestrel_recommendations_bench [--dsn DSN] [--runs N] [--reloads N] [--lookups N]
// Without --dsn it uses KESTREL_DSN, else the embedded cluster (which must be running).
#include "common/logging.h"
#include "common/paths.h"
#include "db/connection_params.h"
#include "db/local_cluster.h"
#include "jobs/job_runner.h"
#include "models/model_jobs.h"
#include "pages/recommendations_page.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace {

/// The largest gap between the ticks of a 5 ms timer while it runs: how long the GUI thread was busy.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    double m_worst = 0;
};

/// Runs until signal-like done() is called or 10 minutes pass; false on timeout or failure.
bool waitFor(const std::function<void(QEventLoop&, bool&)>& arm)
{
    QEventLoop loop;
    bool ok = false;
    arm(loop, ok);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

void report(const char* what, std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-34s median %8.1f ms   min %8.1f ms   max %8.1f ms   (%zu)\n", what, ms[ms.size() / 2], ms.front(),
                ms.back(), ms.size());
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::string dsn;
    int runs = 3, reloads = 3, lookups = 20;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--dsn") && i + 1 < argc)
            dsn = argv[++i];
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--reloads") && i + 1 < argc)
            reloads = std::max(0, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--lookups") && i + 1 < argc)
            lookups = std::max(0, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: %s [--dsn DSN] [--runs N] [--reloads N] [--lookups N]\n", argv[0]);
            return 2;
        }
    }
    QApplication app(argc, argv);
    kestrel::core::logging::Options log;
    log.level = "warn";
    kestrel::core::logging::init(log);

    if (dsn.empty())
        dsn = kestrel::core::configuredDsn({});
    if (dsn.empty()) {
        kestrel::core::LocalCluster cluster(kestrel::core::paths::dataDir());
        if (!cluster.isRunning()) {
            std::fprintf(stderr, "the embedded database is not running; start it with 'kestrel db start'\n");
            return 1;
        }
        dsn = cluster.dsn();
    }
    const auto params = kestrel::core::ConnectionParams::fromDsn(dsn);
    kestrel::core::JobRunner jobs(params);
    kestrel::ui::ModelJobs modelJobs(jobs);
    using kestrel::ui::RecommendationsPage;

    std::vector<double> firstMs, topMs, reloadMs, paintMs, lookupMs, stalls;
    std::int64_t users = 0, runId = 0;
    for (int run = 0; run < runs; ++run) {
        RecommendationsPage page(modelJobs);
        page.resize(1400, 900);
        page.show();
        StallMeter stall;
        QElapsedTimer timer;
        const auto load = [&](const std::function<void()>& start) {
            return waitFor([&](QEventLoop& loop, bool& ok) {
                QObject::connect(&page, &RecommendationsPage::loaded, &loop, [&] {
                    ok = true;
                    loop.quit();
                });
                QObject::connect(&page, &RecommendationsPage::loadFailed, &loop, [&](const QString& m) {
                    std::fprintf(stderr, "load failed: %s\n", m.toStdString().c_str());
                    loop.quit();
                });
                timer.start();
                stall.start();
                start();
            });
        };
        if (!load([&] { page.setConnection(params); }))
            return 1;
        firstMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (page.isTopProductsPending()) {
            // The most recommended products, counted over the run's rows, follow the rest.
            const bool ok = waitFor([&](QEventLoop& loop, bool& done) {
                QObject::connect(&page, &RecommendationsPage::topProductsShown, &loop, [&] {
                    done = true;
                    loop.quit();
                });
            });
            if (!ok)
                return 1;
            topMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        stalls.push_back(stall.stop());
        if (!page.snapshot() || !page.snapshot()->run) {
            std::fprintf(stderr, "no recommend run in this database: run kestrel analyze recommend first\n");
            return 1;
        }
        users = page.snapshot()->run->users;
        runId = page.snapshot()->run->info.runId;
        timer.start();
        if (page.grab().isNull())
            return 1;
        paintMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        for (int r = 0; r < reloads; ++r) {
            if (!load([&] { page.reload(); }))
                return 1;
            reloadMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            stalls.push_back(stall.stop());
        }
        for (int k = 0; k < lookups; ++k) {
            // Users spread over the id range (the generator numbers them from 1).
            const std::int64_t id =
                1 + (static_cast<std::int64_t>(k + run * lookups) * 7919) % std::max<std::int64_t>(users, 1);
            const bool ok = waitFor([&](QEventLoop& loop, bool& done) {
                QObject::connect(&page, &RecommendationsPage::lookUpFinished, &loop, [&] {
                    done = true;
                    loop.quit();
                });
                timer.start();
                stall.start();
                page.lookUpUser(id);
            });
            if (!ok)
                return 1;
            lookupMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            stalls.push_back(stall.stop());
        }
    }
    std::printf("run %lld, %lld users with a list\n", static_cast<long long>(runId), static_cast<long long>(users));
    report("first load (shown)", firstMs);
    if (!topMs.empty())
        report("most recommended products shown", topMs);
    report("paint after the first load", paintMs);
    if (!reloadMs.empty())
        report("reload (per-run cache warm)", reloadMs);
    if (!lookupMs.empty())
        report("user look-up", lookupMs);
    std::printf("%-34s %8.1f ms\n", "longest GUI-thread stall", *std::max_element(stalls.begin(), stalls.end()));
    return 0;
}
