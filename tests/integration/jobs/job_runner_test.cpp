#include "common/error.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "test_cluster.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using kestrel::core::Database;
using kestrel::core::JobContext;
using kestrel::core::JobRunner;
using kestrel::test::TestCluster;

namespace {

struct Outcome {
    bool ok = false, cancelled = false;
    QString message;
    std::vector<double> progress;
    std::vector<QString> texts;
};

/// Runs the event loop until the job ends (or 60 s pass).
Outcome waitFor(JobRunner& runner, int id, const std::function<void()>& whileRunning = {})
{
    Outcome out;
    QEventLoop loop;
    QObject::connect(&runner, &JobRunner::jobProgress, &loop, [&](int jid, double f, const QString& text) {
        if (jid != id)
            return;
        out.progress.push_back(f);
        out.texts.push_back(text);
        if (whileRunning && out.progress.size() == 1)
            whileRunning();
    });
    QObject::connect(&runner, &JobRunner::jobFinished, &loop, [&](int jid, bool ok, bool cancelled, const QString& msg) {
        if (jid != id)
            return;
        out.ok = ok;
        out.cancelled = cancelled;
        out.message = msg;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

long count(const std::string& table)
{
    Database db(TestCluster::instance().params());
    long n = 0;
    db.read([&](pqxx::work& tx) { n = tx.exec1("SELECT count(*) FROM " + table)[0].as<long>(); });
    return n;
}

}  // namespace

TEST(JobRunner, RunsOnAWorkerWithItsOwnConnectionAndReportsProgress)
{
    JobRunner runner(TestCluster::instance().params());
    std::atomic<std::thread::id> worker;
    int backend = 0;
    const int id = runner.start(QStringLiteral("count"), [&](JobContext& ctx) {
        worker = std::this_thread::get_id();
        ctx.progress(0.5, "half way");
        ctx.db().read([&](pqxx::work& tx) { backend = tx.exec1("SELECT pg_backend_pid()")[0].as<int>(); });
        ctx.progress(1.0, "done");
    });
    const auto out = waitFor(runner, id);
    EXPECT_TRUE(out.ok) << out.message.toStdString();
    EXPECT_NE(worker.load(), std::this_thread::get_id());
    EXPECT_GT(backend, 0);
    ASSERT_FALSE(out.progress.empty());
    EXPECT_DOUBLE_EQ(out.progress.back(), 1.0);
    EXPECT_EQ(out.texts.back(), QStringLiteral("done"));
}

TEST(JobRunner, ErrorsReachTheSignalAsOneReadableLine)
{
    JobRunner runner(TestCluster::instance().params());
    const int id = runner.start(QStringLiteral("bad sql"), [](JobContext& ctx) {
        ctx.db().transact([](pqxx::work& tx) { tx.exec0("SELECT * FROM crm.nope"); });
    });
    const auto out = waitFor(runner, id);
    EXPECT_FALSE(out.ok);
    EXPECT_FALSE(out.cancelled);
    EXPECT_TRUE(out.message.contains(QStringLiteral("crm.nope"))) << out.message.toStdString();
}

// Guards "a cancelled job leaves no partial writes", both between steps and inside a long statement.
TEST(JobRunner, CancelRollsBackEverythingTheJobWrote)
{
    Database setup(TestCluster::instance().params());
    setup.transact([](pqxx::work& tx) { tx.exec0("CREATE TABLE IF NOT EXISTS public.job_rows(x int)"); });
    JobRunner runner(TestCluster::instance().params());
    const int id = runner.start(QStringLiteral("slow writer"), [](JobContext& ctx) {
        ctx.db().transact([&](pqxx::work& tx) {
            tx.exec0("INSERT INTO public.job_rows SELECT generate_series(1, 1000)");
            ctx.progress(0.1, "inserted");
            // A long statement: the cancel must reach the server, not wait for it to end.
            tx.exec0("SELECT pg_sleep(30)");
            ctx.throwIfStopped();
            tx.exec0("INSERT INTO public.job_rows VALUES (-1)");
        });
    });
    QElapsedTimer timer;
    timer.start();
    const auto out = waitFor(runner, id, [&] { QTimer::singleShot(300, [&] { runner.cancel(id); }); });
    EXPECT_LT(timer.elapsed(), 20000) << "cancel did not interrupt the running statement";
    EXPECT_FALSE(out.ok);
    EXPECT_TRUE(out.cancelled) << out.message.toStdString();
    EXPECT_EQ(count("public.job_rows"), 0);
}

// Guards against reporting "cancelled, nothing was written" for a job that committed anyway
// because Cancel came after its last check.
TEST(JobRunner, AJobThatFinishesAfterALateCancelIsReportedAsDone)
{
    JobRunner runner(TestCluster::instance().params());
    std::atomic<bool> cancelled{false};
    const int id = runner.start(QStringLiteral("late cancel"), [&](JobContext& ctx) {
        ctx.progress(0.5, "working");
        while (!cancelled.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        // Past its last stop check: the work is committed regardless.
    });
    const auto out = waitFor(runner, id, [&] {
        runner.cancel(id);
        cancelled = true;
    });
    EXPECT_TRUE(out.ok) << out.message.toStdString();
    EXPECT_FALSE(out.cancelled);
}
