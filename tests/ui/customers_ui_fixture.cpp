#include "customers_ui_fixture.h"

#include "customers/ltv_service.h"
#include "customers/rfm_service.h"
#include "customers/scoring_service.h"
#include "customers/segmentation_service.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtTest/QTest>
#include <QtWidgets/QWidget>
#include <pqxx/transaction>

#include <cstdlib>

namespace kestrel::test {

void ensureCustomerData()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    core::Database db(TestCluster::instance().params());
    core::SynthOptions options;
    options.users = 1500;
    options.products = 60;
    options.days = 420;
    options.events = 90000;
    options.seed = 17;
    options.endDate = "2026-05-01";
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::RfmService::run(ctx, {}); }, nullptr);
    core::SegmentationOptions segments;
    segments.k = 4;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SegmentationService::run(ctx, segments); }, nullptr);
    core::ScoringOptions churn;
    churn.kind = core::ScoringOptions::Kind::Churn;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::ScoringService::run(ctx, churn); }, nullptr);
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::ScoringService::run(ctx, core::ScoringOptions{}); }, nullptr);
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::LtvService::run(ctx, core::LtvOptions{}); }, nullptr);
}

std::vector<std::vector<std::string>> customerRows(const std::string& sql)
{
    std::vector<std::vector<std::string>> out;
    core::Database db(TestCluster::instance().params());
    db.read([&](pqxx::work& tx) {
        for (const auto& row : tx.exec(sql)) {
            std::vector<std::string> cells;
            for (const auto& f : row)
                cells.push_back(f.is_null() ? std::string("<null>") : std::string(f.c_str()));
            out.push_back(std::move(cells));
        }
    });
    return out;
}

std::vector<std::string> customerColumn(const std::string& sql)
{
    std::vector<std::string> out;
    for (auto& row : customerRows(sql))
        out.push_back(row.empty() ? std::string() : row.front());
    return out;
}

std::string customerText(const std::string& sql)
{
    const auto r = customerRows(sql);
    return r.empty() || r.front().empty() ? std::string("<none>") : r.front().front();
}

long long customerScalar(const std::string& sql)
{
    return std::atoll(customerText(sql).c_str());
}

void customerExec(const std::string& sql)
{
    core::Database db(TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
}

void saveCustomerPicture(QWidget& w, const QString& name)
{
    QTest::qWait(400); // chart re-layout after a resize is coalesced on a timer
    const QString dir = qEnvironmentVariableIsSet("KESTREL_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("KESTREL_SCREENSHOT_DIR")
                            : QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (!w.grab().save(path, "PNG"))
        qWarning("could not save %s", qPrintable(path));
    else
        qInfo("screenshot: %s", qPrintable(path));
}

} // namespace kestrel::test
