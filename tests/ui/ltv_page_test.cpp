// The LTV page against a real database. An empty database shows the "press Run" state (and a run
// there fails clearly; a stored failed run is shown with its error). On generated data with one
// LtvService run made by the fixture, what the page shows equals what independent SQL reads from
// ml.user_metrics and what the run stored in ml.model_runs: the summary tiles, the value histogram
// and horizon comparison, every cell of the cohort heat maps (an empty cell paints nothing), the
// channel and cohort curves with CAC, the holdout calibration, the channel economics, the insights,
// the model parameters and the top 50 customers by predicted CLV (Enter and double-click ask for
// the user card). A run started from the page and cancelled leaves the previous run shown and the
// stored values untouched; a run from the page with other settings stores them and is shown.
// Screenshots in English and Russian at 1280×800 and 1600×1000 go to the build folder.
#include "pages/user_card_window.h"
#include <QtWidgets/QApplication>
#include <algorithm>
#include "charts/category_bar_chart.h"
#include "charts/heat_map_chart.h"
#include "charts/xy_chart.h"
#include "common/logging.h"
#include "customers/ltv_service.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/ltv_channels_model.h"
#include "models/ltv_customers_model.h"
#include "models/ltv_texts.h"
#include "models/model_jobs.h"
#include "pages/ltv_chart_data.h"
#include "pages/ltv_economics_view.h"
#include "pages/ltv_header.h"
#include "pages/ltv_overview.h"
#include "pages/ltv_page.h"
#include "pages/ltv_run_bar.h"
#include "pages/ltv_summary_tiles.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/segmented_switch.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>
#include <pqxx/connection>
#include <pqxx/transaction>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sys/stat.h>

using namespace kestrel;
using ui::LtvPage;
using Tile = ui::LtvSummaryTiles::Tile;

namespace {

constexpr int kWaitMs = 240000;

std::vector<std::vector<std::string>> rows(const std::string& sql)
{
    std::vector<std::vector<std::string>> out;
    core::Database db(test::TestCluster::instance().params());
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

std::string text(const std::string& sql)
{
    const auto r = rows(sql);
    return r.empty() || r.front().empty() ? std::string("<none>") : r.front().front();
}

long long scalar(const std::string& sql)
{
    return std::atoll(text(sql).c_str());
}

double real(const std::string& sql)
{
    return std::atof(text(sql).c_str());
}

void exec(const std::string& sql)
{
    core::Database db(test::TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("KESTREL_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("KESTREL_SCREENSHOT_DIR")
                            : QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void savePicture(QWidget& w, const QString& name)
{
    QTest::qWait(400); // chart re-layout after a resize is coalesced on a timer
    const QString path = QDir(screenshotDir()).filePath(name);
    QVERIFY2(w.grab().save(path, "PNG"), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// Whether main_window opened the user card of this user (a top-level UserCardWindow).
bool userCardOpen(qint64 userId)
{
    const auto widgets = QApplication::topLevelWidgets();
    return std::any_of(widgets.begin(), widgets.end(), [userId](QWidget* w) {
        const auto* card = dynamic_cast<const ui::UserCardWindow*>(w);
        return card && card->userId() == userId;
    });
}

ui::Toast* lastToast(QWidget* w)
{
    const auto list = ui::ToastOverlay::of(w)->toasts();
    return list.isEmpty() ? nullptr : list.last();
}

/// The stored metrics of a run.
QJsonObject metricsOf(std::int64_t runId)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(text("SELECT metrics::text FROM ml.model_runs WHERE "
                                                                  "run_id = " +
                                                                  std::to_string(runId))))
        .object();
}

/// Everything an LTV run writes per user, as one fingerprint.
std::string ltvDigest()
{
    return text("SELECT coalesce(md5(string_agg(concat_ws(',', user_id, ltv_run_id, first_purchase_at, ltv_3m, ltv_6m, "
                "ltv_12m, ltv_predicted, p_alive, expected_purchases_30d, expected_purchases_90d, "
                "expected_purchases_365d, expected_aov), '|' ORDER BY user_id)), 'empty') FROM ml.user_metrics");
}

double jsonNumber(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::nan("");
}

} // namespace

class LtvPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseAsksToRun();
    void storedFailureWithoutResults();
    void fixtureRunIsShown();
    void tilesEqualSql();
    void distributionAndHorizons();
    void heatMapsEqualTheStoredMatrices();
    void curvesAndCalibration();
    void economicsInsightsAndParameters();
    void topCustomersEqualSql();
    void laterFailedRunIsShownAboveResults();
    void cancelKeepsThePreviousRun();
    void englishScreenshots();
    void russianScreenshots();
    void runFromThePageWithOtherSettings();

private:
    /// Opens the window on the LTV page at 1400×900 and waits for its first snapshot.
    void openWindow(QSize size = {1400, 900});
    void waitUntilLoaded();
    /// Presses Run; returns the outcome once the page has reloaded after it.
    ui::ModelOutcomePtr runFromPage(QPushButton* run);
    const ui::LtvRunDetail& shown() const { return *m_page->snapshot()->run; }
    void screenshots(const QString& language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    LtvPage* m_page = nullptr;
    std::int64_t m_fixtureRun = 0;
};

void LtvPageTest::initTestCase()
{
    // As the application does: English plurals ("1 month") come from kestrel_en.qm.
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
}

void LtvPageTest::init()
{
    QSettings().clear();
}

void LtvPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void LtvPageTest::openWindow(QSize size)
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->ltvPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &LtvPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Ltv);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    QVERIFY(m_page->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("LTV")));
}

void LtvPageTest::waitUntilLoaded()
{
    QElapsedTimer timer;
    timer.start();
    while (m_page->isLoading() && timer.elapsed() < kWaitMs)
        QTest::qWait(20);
    QVERIFY(!m_page->isLoading());
}

ui::ModelOutcomePtr LtvPageTest::runFromPage(QPushButton* run)
{
    const auto fail = [](const char* why) {
        qWarning("runFromPage: %s", why);
        return ui::ModelOutcomePtr();
    };
    QSignalSpy finished(m_page, &LtvPage::runFinished);
    if (!run->isEnabled() || !run->isVisible())
        return fail("Run is not offered");
    QTest::mouseClick(run, Qt::LeftButton);
    if (m_page->runningJob() == 0)
        return fail("no job started");
    // The job shows in the status area with a Cancel button, and in the run bar.
    if (!m_window->statusArea()->isProgressVisible())
        return fail("no progress in the status area");
    if (!m_page->runBar()->cancelButton()->isVisible())
        return fail("no Cancel in the run bar");
    if (!finished.wait(kWaitMs))
        return fail("the run did not finish");
    auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QElapsedTimer timer;
    timer.start();
    while ((outcome->succeeded && m_page->shownRunId() != outcome->runId) || m_page->isLoading()) {
        if (timer.elapsed() > kWaitMs)
            return fail("the page did not reload");
        QTest::qWait(20);
    }
    return outcome;
}

void LtvPageTest::emptyDatabaseAsksToRun()
{
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 0LL);
    openWindow({1280, 800});
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("No customer lifetime value yet"));
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Press Run")));
    QVERIFY(m_page->emptyStateRunButton()->isVisible());
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
    QVERIFY(!m_page->overview()->isVisible()); // no empty charts
    QVERIFY(!m_page->tiles()->isVisible());
    QVERIFY(!m_page->isRunFailureVisible());
    QCOMPARE(m_page->runBar()->monthsSpin()->value(), 12);
    QCOMPARE(m_page->runBar()->discountSpin()->value(), 1.0);
    QCOMPARE(m_page->runBar()->holdoutSpin()->value(), 0);
    QCOMPARE(m_page->runBar()->holdoutSpin()->text(), QStringLiteral("auto"));
    savePicture(*m_window, QStringLiteral("ltv-empty-en-1280x800.png"));

    // Run (the empty state's own button) on a database without orders fails before writing
    // anything, says why, and the empty state stays.
    const auto outcome = runFromPage(m_page->emptyStateRunButton());
    QVERIFY(outcome);
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(outcome->error.contains(QStringLiteral("there are no orders")), qPrintable(outcome->error));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY(toast->text().startsWith(QStringLiteral("LTV calculation failed: ")));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run failed"));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'ltv' AND status = 'succeeded'"), 0LL);
    QVERIFY(m_page->runBar()->runButton()->isEnabled());
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
}

void LtvPageTest::storedFailureWithoutResults()
{
    // A run that failed after it was recorded (as ModelRunLog::fail stores it) and no good run:
    // the page says so with the stored error instead of the first-run text.
    exec("INSERT INTO ml.model_runs (model, status, params, started_at, finished_at, duration_ms, error) VALUES "
         "('ltv', 'failed', '{\"clv_months\": 12}', now() - interval '5 minutes', now() - interval '4 minutes', "
         "60000, 'could not write ml.user_metrics: disk full')");
    openWindow({1280, 800});
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("The last LTV run failed"));
    QVERIFY2(m_page->emptyStateText().contains(QStringLiteral("could not write ml.user_metrics: disk full")),
             qPrintable(m_page->emptyStateText()));
    const long long failedRun = scalar("SELECT max(run_id) FROM ml.model_runs WHERE status = 'failed'");
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Run %1").arg(failedRun)));
    QCOMPARE(m_page->emptyStateRunButton()->text(), QStringLiteral("Run again"));
    savePicture(*m_window, QStringLiteral("ltv-failed-en-1280x800.png"));
    exec("DELETE FROM ml.model_runs WHERE model = 'ltv'");
}

void LtvPageTest::fixtureRunIsShown()
{
    // 1,500 generated users over a year (with acquisition spend per channel and month), and one
    // LTV run with the default settings, made directly through the service.
    core::SynthOptions options;
    options.users = 1500;
    options.products = 60;
    // A year and a half, so the first cohorts have completed their 12 months.
    options.days = 540;
    options.events = 150000;
    options.seed = 11;
    options.endDate = "2026-05-01";
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 1500LL);
    QVERIFY(scalar("SELECT count(*) FROM crm.channel_spend") > 0);
    core::LtvReport report;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { report = core::LtvService::run(ctx, core::LtvOptions{}); }, nullptr);
    m_fixtureRun = report.runId;
    QVERIFY(m_fixtureRun > 0);
    QVERIFY(report.prediction.bgNbd.has_value());
    QVERIFY(report.prediction.gammaGamma.has_value());
    QVERIFY(report.prediction.calibration.has_value());
    std::printf("fixture: run %lld, %lld customers, %lld repeat buyers, %zu warnings\n",
                static_cast<long long>(report.runId), static_cast<long long>(report.history.customers),
                static_cast<long long>(report.prediction.repeatBuyers), report.warnings.size());

    openWindow();
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(!m_page->isRunFailureVisible());
    QCOMPARE(m_page->shownRunId(), m_fixtureRun);
    QCOMPARE(shown().asOf, QStringLiteral("2026-05-02 00:00:00+00"));
    // The header line: as-of, the run, the customers, the holdout, the CLV settings.
    const QString header = m_page->header()->summaryText();
    QVERIFY2(header.contains(QStringLiteral("As of 2 May 2026")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("run %1, finished").arg(m_fixtureRun)));
    const long long customers = scalar("SELECT count(*) FROM ml.user_metrics WHERE first_purchase_at IS NOT NULL");
    QVERIFY2(header.contains(QStringLiteral("%1 customers").arg(QLocale().toString(customers))), qPrintable(header));
    const long long holdout = scalar("SELECT (params->>'holdout_days')::int FROM ml.model_runs WHERE run_id = " +
                                     std::to_string(m_fixtureRun));
    QVERIFY(holdout >= 7);
    QVERIFY2(header.contains(QStringLiteral("holdout %1 days").arg(holdout)), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("CLV over 12 months at 1.0% discount per month")));
    // The warnings the run stored, each shown.
    const QJsonArray warnings = metricsOf(m_fixtureRun).value(QStringLiteral("warnings")).toArray();
    QCOMPARE(m_page->header()->warnings().size(), warnings.size());
    QCOMPARE(m_page->header()->areWarningsVisible(), !warnings.isEmpty());
}

void LtvPageTest::tilesEqualSql()
{
    openWindow();
    QCOMPARE(m_page->shownRunId(), m_fixtureRun);
    const ui::LtvRunDetail& run = shown();
    ui::LtvSummaryTiles* tiles = m_page->tiles();
    const QLocale locale;

    // Customers: users with a first purchase (written by the run for exactly its customers).
    const long long customers = scalar("SELECT count(*) FROM ml.user_metrics WHERE first_purchase_at IS NOT NULL");
    QVERIFY(customers > 500);
    QCOMPARE(run.customers, customers);
    QCOMPARE(tiles->valueText(Tile::Customers), locale.toString(customers));
    const long long repeat = scalar("SELECT count(*) FROM (SELECT user_id FROM crm.orders WHERE status IN ('paid', "
                                    "'shipped', 'delivered') AND created_at < '2026-05-02' GROUP BY user_id HAVING "
                                    "count(DISTINCT (created_at AT TIME ZONE 'UTC')::date) > 1) r");
    QCOMPARE(run.repeatBuyers, repeat);
    QVERIFY(tiles->captionText(Tile::Customers).startsWith(locale.toString(repeat) + QStringLiteral(" repeat buyers")));

    // Mean and median 12-month LTV over the customers whose 12 months have passed, and how many
    // are left out.
    const double mean12 = real("SELECT avg(ltv_12m) FROM ml.user_metrics WHERE ltv_12m IS NOT NULL");
    QVERIFY(mean12 > 0);
    QVERIFY2(near(*run.horizons[2].mean, mean12, 1e-9),
             qPrintable(QStringLiteral("%1 vs %2").arg(*run.horizons[2].mean).arg(mean12)));
    QCOMPARE(tiles->valueText(Tile::MeanLtv12), ui::format::moneyCompact(mean12));
    const double median12 = real(
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ltv_12m) FROM ml.user_metrics WHERE ltv_12m IS NOT NULL");
    QVERIFY(near(*run.horizons[2].median, median12, 1e-9));
    QCOMPARE(tiles->valueText(Tile::MedianLtv12), ui::format::moneyCompact(median12));
    const long long with12 = scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_12m IS NOT NULL");
    const long long without12 =
        scalar("SELECT count(*) FROM ml.user_metrics WHERE first_purchase_at IS NOT NULL AND ltv_12m IS NULL");
    QVERIFY(without12 > 0); // a year of data: most customers have not had 12 months yet
    QCOMPARE(run.horizons[2].customers, with12);
    QCOMPARE(run.horizons[2].excluded, without12);
    QVERIFY2(tiles->captionText(Tile::MeanLtv12)
                 .contains(locale.toString(without12) + QStringLiteral(" without 12 months yet")),
             qPrintable(tiles->captionText(Tile::MeanLtv12)));
    QVERIFY(
        tiles->captionText(Tile::MeanLtv12).contains(QStringLiteral("over %1 customers").arg(locale.toString(with12))));

    // Predicted CLV: the mean and total of the stored values (rounded to cents when stored).
    const double clvMean = real("SELECT avg(ltv_predicted) FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL");
    const double clvTotal = real("SELECT sum(ltv_predicted) FROM ml.user_metrics");
    QVERIFY(std::abs(*run.totals.clvMean - clvMean) < 0.005 + 1e-9);
    QVERIFY(std::abs(*run.totals.clvTotal - clvTotal) < 0.005 * static_cast<double>(customers));
    QCOMPARE(tiles->valueText(Tile::MeanClv), ui::format::moneyCompact(*run.totals.clvMean));
    QVERIFY(tiles->captionText(Tile::MeanClv).contains(ui::format::moneyCompact(*run.totals.clvTotal)));
    QVERIFY(tiles->captionText(Tile::MeanClv).contains(QStringLiteral("12 months")));

    // P(alive) and expected purchases: the mean and the sum of the stored per-user values.
    const double pAlive = real("SELECT avg(p_alive) FROM ml.user_metrics WHERE p_alive IS NOT NULL");
    QVERIFY(near(run.totals.pAliveMean, pAlive, 1e-6));
    QCOMPARE(tiles->valueText(Tile::PAlive), ui::format::percent(pAlive, 1));
    const double expected90 = real("SELECT sum(expected_purchases_90d) FROM ml.user_metrics");
    QVERIFY(near(run.totals.expected90, expected90, 1e-6));
    QCOMPARE(tiles->valueText(Tile::Expected90), locale.toString(expected90, 'f', 0));

    // The top 10 % by 12-month LTV: the ceil(n / 10) largest values over the sum of all.
    const double top10 =
        real("WITH v AS (SELECT ltv_12m FROM ml.user_metrics WHERE ltv_12m IS NOT NULL) SELECT (SELECT sum(ltv_12m) "
             "FROM (SELECT ltv_12m FROM v ORDER BY ltv_12m DESC LIMIT (SELECT (count(*) + 9) / 10 FROM v)) t) / "
             "(SELECT sum(ltv_12m) FROM v)");
    QVERIFY(near(*run.horizons[2].top10Share, top10, 1e-9));
    QCOMPARE(tiles->valueText(Tile::Top10Share), ui::format::percent(top10, 1));
}

void LtvPageTest::distributionAndHorizons()
{
    openWindow();
    const ui::LtvRunDetail& run = shown();
    ui::LtvOverview* overview = m_page->overview();
    ui::SegmentedSwitch* control = overview->histogramSwitch();
    ui::CategoryBarChart* histogram = overview->histogramChart();
    QCOMPARE(control->current(), QStringLiteral("12"));
    const QJsonArray horizons =
        metricsOf(m_fixtureRun).value(QStringLiteral("history")).toObject().value(QStringLiteral("horizons")).toArray();
    const char* columns[] = {"ltv_3m", "ltv_6m", "ltv_12m"};
    int bucketCount = -1;
    for (int h : {2, 0, 1}) {
        const QString key = QString::number(ui::LtvChartData::kHorizons[h]);
        if (control->current() != key)
            QTest::mouseClick(control->button(key), Qt::LeftButton);
        QCOMPARE(control->current(), key);
        QVERIFY2(histogram->message().isEmpty(), qPrintable(histogram->message()));
        QVERIFY(histogram->title().contains(QStringLiteral("%1-month LTV").arg(key)));
        // The bars are the stored buckets, which are the SQL counts of the stored per-user values.
        const QJsonArray buckets = horizons.at(h).toObject().value(QStringLiteral("buckets")).toArray();
        const auto plotted = histogram->plottedValues(0);
        QCOMPARE(plotted.size(), static_cast<std::size_t>(buckets.size()));
        QVERIFY(buckets.size() >= 5);
        if (bucketCount >= 0)
            QCOMPARE(static_cast<int>(buckets.size()), bucketCount); // the same edges for all three
        bucketCount = static_cast<int>(buckets.size());
        double sum = 0;
        for (qsizetype b = 0; b < buckets.size(); ++b) {
            const QJsonObject o = buckets.at(b).toObject();
            QCOMPARE(plotted[static_cast<std::size_t>(b)], o.value(QStringLiteral("customers")).toDouble());
            const std::string lower =
                QString::number(o.value(QStringLiteral("lower")).toDouble(), 'f', 2).toStdString();
            const QJsonValue upper = o.value(QStringLiteral("upper"));
            const std::string where = std::string(columns[h]) + " >= " + lower +
                                      (upper.isDouble() ? " AND " + std::string(columns[h]) + " < " +
                                                              QString::number(upper.toDouble(), 'f', 2).toStdString()
                                                        : std::string());
            QCOMPARE(static_cast<double>(scalar("SELECT count(*) FROM ml.user_metrics WHERE " + where)),
                     plotted[static_cast<std::size_t>(b)]);
            sum += plotted[static_cast<std::size_t>(b)];
        }
        QCOMPARE(static_cast<long long>(sum),
                 scalar(std::string("SELECT count(*) FROM ml.user_metrics WHERE ") + columns[h] + " IS NOT NULL"));
        QVERIFY(histogram->tooltipText(0, 0).contains(QStringLiteral("customers")));
    }

    // The predicted CLV as another switch value: the stored CLV histogram.
    QVERIFY(control->button(QStringLiteral("clv"))->isEnabled());
    QTest::mouseClick(control->button(QStringLiteral("clv")), Qt::LeftButton);
    QVERIFY(histogram->title().startsWith(QStringLiteral("Predicted CLV over 12 months")));
    const QJsonArray counts = metricsOf(m_fixtureRun)
                                  .value(QStringLiteral("prediction"))
                                  .toObject()
                                  .value(QStringLiteral("clv_histogram"))
                                  .toObject()
                                  .value(QStringLiteral("counts"))
                                  .toArray();
    const auto clvBars = histogram->plottedValues(0);
    QCOMPARE(clvBars.size(), static_cast<std::size_t>(counts.size()));
    double clvCustomers = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        QCOMPARE(clvBars[static_cast<std::size_t>(i)], counts.at(i).toDouble());
        clvCustomers += clvBars[static_cast<std::size_t>(i)];
    }
    QCOMPARE(static_cast<long long>(clvCustomers),
             scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL"));

    // Horizon comparison: mean, median, p75, p90 (sets) over 3, 6, 12 months (categories), as
    // stored, and the means equal SQL's.
    ui::CategoryBarChart* horizonChart = overview->horizonChart();
    QVERIFY2(horizonChart->message().isEmpty(), qPrintable(horizonChart->message()));
    QCOMPARE(horizonChart->seriesCount(), 4);
    QCOMPARE(horizonChart->categories(), (QStringList{QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("12")}));
    QVERIFY(horizonChart->tooltipText(0, 2).contains(QStringLiteral("12 months have passed")));
    const char* stats[] = {"mean", "median", "p75", "p90"};
    for (int s = 0; s < 4; ++s) {
        const auto values = horizonChart->plottedValues(s);
        for (int h = 0; h < 3; ++h)
            QVERIFY(near(values[static_cast<std::size_t>(h)],
                         horizons.at(h).toObject().value(QLatin1String(stats[s])).toDouble()));
    }
    for (int h = 0; h < 3; ++h)
        QVERIFY(near(horizonChart->plottedValues(0)[static_cast<std::size_t>(h)],
                     real(std::string("SELECT avg(") + columns[h] + ") FROM ml.user_metrics")));
    // Legend toggles hide a set and bring it back.
    horizonChart->setSeriesVisible(3, false);
    QVERIFY(!horizonChart->isSeriesVisible(3));
    horizonChart->setSeriesVisible(3, true);
    QVERIFY(run.horizons[0].mean < run.horizons[2].mean); // value grows with the horizon
}

void LtvPageTest::heatMapsEqualTheStoredMatrices()
{
    openWindow();
    ui::LtvOverview* overview = m_page->overview();
    ui::HeatMapChart* heat = overview->heatMap();
    QCOMPARE(overview->heatMapSwitch()->current(), QStringLiteral("revenue"));
    QVERIFY2(heat->message().isEmpty(), qPrintable(heat->message()));
    const QJsonObject cohorts =
        metricsOf(m_fixtureRun).value(QStringLiteral("history")).toObject().value(QStringLiteral("cohorts")).toObject();
    const QJsonArray months = cohorts.value(QStringLiteral("months")).toArray();
    QVERIFY(months.size() >= 12);
    QCOMPARE(heat->rowCount(), static_cast<int>(months.size()));
    QVERIFY(heat->data().rowLabels.front().startsWith(ui::LtvTexts::cohortMonth(months.at(0).toString())));
    QVERIFY(heat->columnCount() >= cohorts.value(QStringLiteral("max_offset")).toInt() + 1);

    // Every cell is the stored matrix: a number where it has one, empty (nothing painted) where
    // it has null.
    QTest::qWait(200);
    const QImage picture = heat->grab().toImage();
    const QColor background = picture.pixelColor(heat->width() - 3, heat->height() / 2);
    QCOMPARE(background, QColor(Qt::white));
    for (const char* matrixKey : {"revenue_per_customer", "retention"}) {
        const bool retention = std::string(matrixKey) == "retention";
        if (retention)
            QTest::mouseClick(overview->heatMapSwitch()->button(QStringLiteral("retention")), Qt::LeftButton);
        QTest::qWait(100);
        const QImage image = heat->grab().toImage();
        const QJsonArray matrix = cohorts.value(QLatin1String(matrixKey)).toArray();
        int empty = 0, filled = 0;
        for (int r = 0; r < heat->rowCount(); ++r) {
            const QJsonArray row = matrix.at(r).toArray();
            for (int c = 0; c < heat->columnCount(); ++c) {
                const double stored = c < row.size() ? jsonNumber(row.at(c)) : std::nan("");
                const auto value = heat->value(r, c);
                const QRect cell = heat->cellRect(r, c);
                QVERIFY(!cell.isEmpty());
                if (std::isnan(stored)) {
                    QVERIFY2(!value, qPrintable(QStringLiteral("cell %1,%2").arg(r).arg(c)));
                    QVERIFY(!heat->cellColor(r, c).isValid());
                    QCOMPARE(image.pixelColor(cell.center()), background);
                    QCOMPARE(image.pixelColor(cell.topLeft() + QPoint(2, 2)), background);
                    ++empty;
                } else {
                    QVERIFY2(value && near(*value, stored), qPrintable(QStringLiteral("cell %1,%2").arg(r).arg(c)));
                    QVERIFY2(image.pixelColor(cell.topLeft() + QPoint(2, 2)) == heat->cellColor(r, c),
                             qPrintable(QStringLiteral("%1 cell %2,%3").arg(QLatin1String(matrixKey)).arg(r).arg(c)));
                    QVERIFY(heat->cellColor(r, c) != background);
                    ++filled;
                }
            }
        }
        QVERIFY(empty > 0); // the latest cohorts have months still to come
        QVERIFY(filled > heat->rowCount());
        // Hover text: the cohort and the value in words.
        const QString tip = heat->tooltipText(0, 1);
        QVERIFY2(tip.contains(ui::LtvTexts::cohortMonth(months.at(0).toString())), qPrintable(tip));
        QVERIFY(tip.contains(retention ? QStringLiteral("of the cohort bought") : QStringLiteral("per customer")));
        if (retention) {
            // Month 0 is everyone; the colour scale ends at the largest later share (marked "≥").
            QVERIFY(near(*heat->value(0, 0), 1.0));
            QVERIFY(heat->legendLabels().second.startsWith(QStringLiteral("≥ ")));
            QVERIFY(heat->title().startsWith(QStringLiteral("Retention")));
        } else {
            QVERIFY(heat->title().startsWith(QStringLiteral("Cumulative revenue per customer")));
            // Readable: the earliest cohort's first cells carry their value as text.
            QVERIFY(!heat->cellText(0, 0).isEmpty());
            QCOMPARE(heat->cellText(0, 0), ui::format::axis(*heat->value(0, 0), ui::format::Kind::Money));
        }
    }
    QVERIFY(heat->saveAsPng(QDir(screenshotDir()).filePath(QStringLiteral("ltv-heat-map-retention-en.png"))));
}

void LtvPageTest::curvesAndCalibration()
{
    openWindow();
    const QJsonObject metrics = metricsOf(m_fixtureRun);
    const QJsonObject history = metrics.value(QStringLiteral("history")).toObject();
    ui::LtvOverview* overview = m_page->overview();
    ui::XyChart* curves = overview->curvesChart();
    QCOMPARE(overview->curvesSwitch()->current(), QStringLiteral("channels"));
    QVERIFY2(curves->message().isEmpty(), qPrintable(curves->message()));

    // One line per channel with its stored curve, then a dashed line at each known CAC.
    const QJsonArray channels = history.value(QStringLiteral("channels")).toArray();
    QVERIFY(channels.size() >= 5);
    int cacLines = 0;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject c = channels.at(i).toObject();
        const QString name = ui::LtvTexts::channelName(c.value(QStringLiteral("channel")).toString());
        QCOMPARE(curves->seriesName(static_cast<int>(i)), name);
        const QJsonArray curve = c.value(QStringLiteral("curve")).toArray();
        const auto points = curves->plottedPoints(static_cast<int>(i));
        std::size_t k = 0;
        for (qsizetype m = 0; m < curve.size(); ++m) {
            if (!curve.at(m).isDouble())
                continue;
            QVERIFY(k < points.size());
            QCOMPARE(points[k].x(), static_cast<double>(m));
            QVERIFY(near(points[k].y(), curve.at(m).toDouble()));
            ++k;
        }
        QCOMPARE(k, points.size());
        if (c.value(QStringLiteral("cac")).isDouble()) {
            const int index = static_cast<int>(channels.size()) + cacLines;
            QCOMPARE(curves->seriesName(index), name + QStringLiteral(" CAC"));
            QCOMPARE(curves->seriesStyle(index), ui::XySeries::Style::Reference);
            QVERIFY(near(curves->plottedPoints(index).front().y(), c.value(QStringLiteral("cac")).toDouble()));
            ++cacLines;
        }
    }
    QVERIFY(cacLines >= 4); // every paid channel has spend
    QCOMPARE(curves->seriesCount(), static_cast<int>(channels.size()) + cacLines);
    // A channel's legend entry hides and shows its CAC line with it.
    int withCac = -1;
    for (qsizetype i = 0; i < channels.size() && withCac < 0; ++i)
        if (channels.at(i).toObject().value(QStringLiteral("cac")).isDouble())
            withCac = static_cast<int>(i);
    const int firstCacLine = static_cast<int>(channels.size());
    curves->setSeriesVisible(withCac, false);
    QVERIFY(!curves->isSeriesVisible(withCac));
    QVERIFY(!curves->isSeriesVisible(firstCacLine));
    curves->setSeriesVisible(withCac, true);
    QVERIFY(curves->isSeriesVisible(firstCacLine));
    QVERIFY(curves->tooltipText(firstCacLine, 0).contains(QStringLiteral("CAC")));

    // The cohort view: the latest six rows of the revenue matrix that have a month to show (the
    // current month's cohort has none yet).
    QTest::mouseClick(overview->curvesSwitch()->button(QStringLiteral("cohorts")), Qt::LeftButton);
    const QJsonObject cohorts = history.value(QStringLiteral("cohorts")).toObject();
    const QJsonArray revenue = cohorts.value(QStringLiteral("revenue_per_customer")).toArray();
    const QJsonArray months = cohorts.value(QStringLiteral("months")).toArray();
    QVERIFY(revenue.last().toArray().first().isNull());
    QCOMPARE(curves->seriesCount(), 6);
    for (int s = 0; s < 6; ++s) {
        const qsizetype r = revenue.size() - 7 + s;
        QVERIFY(curves->seriesName(s).startsWith(ui::LtvTexts::cohortMonth(months.at(r).toString())));
        const QJsonArray row = revenue.at(r).toArray();
        const auto points = curves->plottedPoints(s);
        qsizetype stored = 0;
        for (const QJsonValue& v : row)
            stored += v.isDouble() ? 1 : 0;
        QCOMPARE(static_cast<qsizetype>(points.size()), stored);
        for (const QPointF& p : points)
            QVERIFY(near(p.y(), row.at(static_cast<qsizetype>(p.x())).toDouble()));
    }

    // Holdout calibration: predicted against actual per frequency bucket, as stored; the totals and
    // the calibration end in the title.
    ui::CategoryBarChart* calibration = overview->calibrationChart();
    QVERIFY2(calibration->message().isEmpty(), qPrintable(calibration->message()));
    const QJsonObject cal =
        metrics.value(QStringLiteral("prediction")).toObject().value(QStringLiteral("calibration")).toObject();
    const QJsonArray buckets = cal.value(QStringLiteral("buckets")).toArray();
    QCOMPARE(buckets.size(), qsizetype(8));
    QCOMPARE(calibration->categories(),
             (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7+")}));
    QCOMPARE(calibration->seriesCount(), 2);
    QCOMPARE(calibration->seriesName(0), QStringLiteral("Predicted"));
    QCOMPARE(calibration->seriesName(1), QStringLiteral("Actual"));
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const QJsonObject o = buckets.at(b).toObject();
        QVERIFY(near(calibration->plottedValues(0)[static_cast<std::size_t>(b)],
                     o.value(QStringLiteral("predicted")).toDouble()));
        QVERIFY(near(calibration->plottedValues(1)[static_cast<std::size_t>(b)],
                     o.value(QStringLiteral("actual")).toDouble()));
    }
    const QString title = calibration->title();
    QVERIFY2(title.contains(ui::LtvTexts::date(cal.value(QStringLiteral("calibration_end")).toString())),
             qPrintable(title));
    QVERIFY(title.contains(QLocale().toString(cal.value(QStringLiteral("predicted_total")).toDouble(), 'f', 0)));
    QVERIFY(title.contains(ui::format::count(cal.value(QStringLiteral("actual_total")).toDouble())));
    QVERIFY(title.contains(QStringLiteral("%1 days").arg(cal.value(QStringLiteral("holdout_days")).toInt())));
    QVERIFY(calibration->tooltipText(1, 7).contains(QStringLiteral("per customer")));
}

void LtvPageTest::economicsInsightsAndParameters()
{
    openWindow();
    const QJsonObject metrics = metricsOf(m_fixtureRun);
    ui::LtvEconomicsView* economics = m_page->economics();

    // The insights: one sentence per stored item, in its order, from core::ltvInsightText with the
    // channel in words.
    const QJsonArray insights = metrics.value(QStringLiteral("insights")).toArray();
    QVERIFY(insights.size() >= 3);
    QCOMPARE(economics->insightTexts().size(), insights.size());
    bool sawPayback = false;
    for (qsizetype i = 0; i < insights.size(); ++i) {
        const QString sentence = economics->insightTexts()[i];
        QCOMPARE(sentence, ui::LtvTexts::insight(insights.at(i).toObject()));
        QVERIFY(!sentence.at(0).isLower());
        if (insights.at(i).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("ltv_cac")) {
            const QString channel = insights.at(i).toObject().value(QStringLiteral("channel")).toString();
            QVERIFY2(sentence.contains(ui::LtvTexts::channelName(channel)), qPrintable(sentence));
            QVERIFY(!sentence.contains(QStringLiteral("_"))); // "Paid search", never "paid_search"
            sawPayback = sawPayback || sentence.contains(QStringLiteral("pays back in month"));
        }
    }
    QVERIFY(sawPayback);

    // Channel economics: a row per stored channel with its customers, CAC, LTVs, ratio, payback.
    const QJsonArray channels =
        metrics.value(QStringLiteral("history")).toObject().value(QStringLiteral("channels")).toArray();
    ui::LtvChannelsModel* model = economics->channelsModel();
    QCOMPARE(model->rowCount(), static_cast<int>(channels.size()));
    using C = ui::LtvChannelsModel;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QJsonObject c = channels.at(r).toObject();
        const QString key = c.value(QStringLiteral("channel")).toString();
        QCOMPARE(model->index(r, C::Channel).data(C::ChannelKeyRole).toString(), key);
        QCOMPARE(model->index(r, C::Channel).data().toString(), ui::LtvTexts::channelName(key));
        QCOMPARE(model->index(r, C::Customers).data(Qt::EditRole).toLongLong(),
                 scalar("SELECT count(*) FROM ml.user_metrics m JOIN crm.users u USING (user_id) WHERE "
                        "m.first_purchase_at IS NOT NULL AND u.acquisition_channel = '" +
                        key.toStdString() + "'"));
        const auto same = [&](int column, const char* jsonKey) {
            const QJsonValue stored = c.value(QLatin1String(jsonKey));
            const QVariant shown = model->index(r, column).data(Qt::EditRole);
            if (!stored.isDouble())
                return shown.isNull();
            return near(shown.toDouble(), stored.toDouble());
        };
        QVERIFY(same(C::Cac, "cac"));
        QVERIFY(same(C::Spend, "spend"));
        QVERIFY(same(C::Ltv3, "ltv_3m"));
        QVERIFY(same(C::Ltv6, "ltv_6m"));
        QVERIFY(same(C::Ltv12, "ltv_12m"));
        QVERIFY(same(C::LtvCac, "ltv_cac_12m"));
        const int payback = c.value(QStringLiteral("payback_month")).toInt();
        const QVariant shownPayback = model->index(r, C::Payback).data(Qt::EditRole);
        if (payback >= 0)
            QCOMPARE(shownPayback.toInt(), payback + 1);
        else
            QVERIFY(shownPayback.isNull());
        // The 12-month LTV of a channel is the mean over its customers with 12 months.
        if (c.value(QStringLiteral("ltv_12m")).isDouble())
            QVERIFY(near(model->index(r, C::Ltv12).data(Qt::EditRole).toDouble(),
                         real("SELECT avg(m.ltv_12m) FROM ml.user_metrics m JOIN crm.users u USING (user_id) WHERE "
                              "u.acquisition_channel = '" +
                              key.toStdString() + "'")));
    }
    QCOMPARE(economics->channelsTable()->proxyModel()->rowCount(), model->rowCount());

    // Model parameters as stored.
    const QJsonObject prediction = metrics.value(QStringLiteral("prediction")).toObject();
    const QJsonObject bg = prediction.value(QStringLiteral("bg_nbd")).toObject();
    const QJsonObject gg = prediction.value(QStringLiteral("gamma_gamma")).toObject();
    const QLocale locale;
    QCOMPARE(economics->parameterText(QStringLiteral("bg_r")),
             locale.toString(bg.value(QStringLiteral("r")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("bg_alpha")),
             locale.toString(bg.value(QStringLiteral("alpha")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("bg_a")),
             locale.toString(bg.value(QStringLiteral("a")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("bg_b")),
             locale.toString(bg.value(QStringLiteral("b")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("bg_ll")),
             locale.toString(bg.value(QStringLiteral("log_likelihood")).toDouble(), 'f', 2));
    QCOMPARE(economics->parameterText(QStringLiteral("bg_converged")),
             bg.value(QStringLiteral("converged")).toBool() ? QStringLiteral("Yes") : QStringLiteral("No"));
    QCOMPARE(economics->parameterText(QStringLiteral("gg_p")),
             locale.toString(gg.value(QStringLiteral("p")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("gg_q")),
             locale.toString(gg.value(QStringLiteral("q")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("gg_gamma")),
             locale.toString(gg.value(QStringLiteral("gamma")).toDouble(), 'g', 5));
    QCOMPARE(economics->parameterText(QStringLiteral("gg_ll")),
             locale.toString(gg.value(QStringLiteral("log_likelihood")).toDouble(), 'f', 2));
    QVERIFY(!economics->parameterText(QStringLiteral("gg_seconds")).isEmpty());
    QVERIFY(economics->bgNbdNote().isEmpty());
    QVERIFY(economics->gammaGammaNote().isEmpty());
}

void LtvPageTest::topCustomersEqualSql()
{
    openWindow();
    const auto top = rows("SELECT m.user_id, u.full_name, u.email, u.acquisition_channel, m.ltv_predicted::float8, "
                          "m.p_alive, m.expected_purchases_90d, m.expected_purchases_365d, m.expected_aov::float8, "
                          "coalesce(m.ltv_12m::text, 'null') FROM ml.user_metrics m JOIN crm.users u USING (user_id) "
                          "ORDER BY m.ltv_predicted DESC NULLS LAST, m.user_id LIMIT 50");
    QCOMPARE(top.size(), std::size_t(50));
    ui::LtvCustomersModel* model = m_page->customersModel();
    using C = ui::LtvCustomersModel;
    QCOMPARE(model->rowCount(), 50);
    QCOMPARE(m_page->customersTable()->proxyModel()->rowCount(), 50);
    for (int r = 0; r < 50; ++r) {
        const auto& row = top[static_cast<std::size_t>(r)];
        const auto cell = [&](int column) { return model->index(r, column).data(Qt::EditRole); };
        QCOMPARE(cell(C::UserId).toLongLong(), std::atoll(row[0].c_str()));
        QCOMPARE(cell(C::Name).toString(), QString::fromStdString(row[1]));
        QCOMPARE(cell(C::Email).toString(), QString::fromStdString(row[2]));
        QCOMPARE(cell(C::Channel).toString(), ui::LtvTexts::channelName(QString::fromStdString(row[3])));
        QVERIFY(near(cell(C::Clv).toDouble(), std::atof(row[4].c_str())));
        QVERIFY(near(cell(C::PAlive).toDouble(), std::atof(row[5].c_str())));
        QVERIFY(near(cell(C::Expected90).toDouble(), std::atof(row[6].c_str())));
        QVERIFY(near(cell(C::Expected365).toDouble(), std::atof(row[7].c_str())));
        QVERIFY(near(cell(C::ExpectedAov).toDouble(), std::atof(row[8].c_str())));
        if (row[9] == "null")
            QVERIFY(cell(C::Ltv12).isNull());
        else
            QVERIFY(near(cell(C::Ltv12).toDouble(), std::atof(row[9].c_str())));
        QCOMPARE(model->index(r, C::Clv).data().toString(), ui::format::money(std::atof(row[4].c_str())));
    }
    // The run's own top 10 (in its metrics) are the first ten rows.
    const QJsonArray stored =
        metricsOf(m_fixtureRun).value(QStringLiteral("prediction")).toObject().value(QStringLiteral("top")).toArray();
    QCOMPARE(stored.size(), qsizetype(10));
    for (int r = 0; r < 10; ++r)
        QCOMPARE(model->index(r, C::UserId).data(Qt::EditRole).toLongLong(),
                 static_cast<qlonglong>(stored.at(r).toObject().value(QStringLiteral("user_id")).toDouble()));
    QCOMPARE(model->headerData(C::Clv, Qt::Horizontal).toString(), QStringLiteral("CLV, 12 months"));
    QVERIFY(m_page->customersNote().contains(QStringLiteral("next 12 months")));

    // A double-click or Enter on a customer asks for their card; the window answers with a toast
    // until the Customers page exists.
    QTableView* view = m_page->customersTable()->tableView();
    m_page->scrollArea()->ensureWidgetVisible(view);
    QTest::qWait(100);
    QSignalSpy activated(m_page, &LtvPage::customerActivated);
    const QModelIndex first = view->model()->index(0, C::Name);
    // As a mouse does it: a click, then the second press that makes it a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toLongLong(), std::atoll(top[0][0].c_str()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, C::Email));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toLongLong(), std::atoll(top[2][0].c_str()));
    // main_window opens the user card of each.
    QVERIFY(userCardOpen(std::atoll(top[0][0].c_str())));
    QVERIFY(userCardOpen(std::atoll(top[2][0].c_str())));

    // Sorting by a column keeps every customer (the table's own tools).
    view->sortByColumn(C::PAlive, Qt::DescendingOrder);
    QCOMPARE(m_page->customersTable()->proxyModel()->rowCount(), 50);
    const double firstPAlive = view->model()->index(0, C::PAlive).data(Qt::EditRole).toDouble();
    const double lastPAlive = view->model()->index(49, C::PAlive).data(Qt::EditRole).toDouble();
    QVERIFY(firstPAlive >= lastPAlive);
}

void LtvPageTest::laterFailedRunIsShownAboveResults()
{
    exec("INSERT INTO ml.model_runs (model, status, params, started_at, finished_at, duration_ms, error) VALUES "
         "('ltv', 'failed', '{}', now(), now(), 10, 'the server closed the connection unexpectedly')");
    const long long failed = scalar("SELECT max(run_id) FROM ml.model_runs WHERE status = 'failed'");
    openWindow();
    QVERIFY(!m_page->isEmptyStateVisible());
    QCOMPARE(m_page->shownRunId(), m_fixtureRun); // the results stay
    QVERIFY(m_page->isRunFailureVisible());
    const QString banner = m_page->runFailureText();
    QVERIFY2(banner.contains(QStringLiteral("the server closed the connection unexpectedly")), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("run %1").arg(failed)));
    QVERIFY(banner.contains(QStringLiteral("from run %1").arg(m_fixtureRun)));
    exec("DELETE FROM ml.model_runs WHERE run_id = " + std::to_string(failed));
    QSignalSpy loaded(m_page, &LtvPage::loaded);
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(!m_page->isRunFailureVisible());
}

void LtvPageTest::cancelKeepsThePreviousRun()
{
    openWindow();
    const std::int64_t before = m_page->shownRunId();
    QCOMPARE(before, m_fixtureRun);
    const long long succeededBefore = scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'ltv' AND status = "
                                             "'succeeded'");
    const std::string digestBefore = ltvDigest();

    // Hold the run at its writing stage: another session locks ml.user_metrics, so the run's
    // transaction waits there; Cancel must stop it (the server cancels the waiting statement)
    // and roll back.
    pqxx::connection blocker(test::TestCluster::instance().dsn());
    pqxx::work lock(blocker);
    lock.exec0("LOCK TABLE ml.user_metrics IN ACCESS EXCLUSIVE MODE");

    QSignalSpy finished(m_page, &LtvPage::runFinished);
    ui::LtvRunBar* bar = m_page->runBar();
    QTest::mouseClick(bar->runButton(), Qt::LeftButton);
    QVERIFY(m_page->runningJob() != 0);
    QVERIFY(bar->cancelButton()->isVisible());
    QVERIFY(bar->progressBar()->isVisible());
    QElapsedTimer timer;
    timer.start();
    while (scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") == 0) {
        QVERIFY2(timer.elapsed() < kWaitMs, "the run never reached its writing stage");
        QTest::qWait(50);
    }
    QTest::qWait(100);
    // The run bar says what the run is doing (the stage it waits in).
    QVERIFY(!bar->progressText().isEmpty());
    QVERIFY2(bar->progressText() != QStringLiteral("Starting…"), qPrintable(bar->progressText()));
    QVERIFY(bar->progressBar()->value() > 0);
    // Cancel where imports are cancelled: the status area's button.
    auto* cancel = m_window->statusArea()->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    lock.abort();
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(!outcome->succeeded);
    QVERIFY2(outcome->cancelled, qPrintable(outcome->error));
    waitUntilLoaded();

    // Still shown, still stored, and nothing of the cancelled run remains but its 'cancelled' row.
    QCOMPARE(m_page->shownRunId(), before);
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(!m_page->isRunFailureVisible()); // a cancel is not a failure
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'ltv' AND status = 'succeeded'"),
             succeededBefore);
    QCOMPARE(text("SELECT status FROM ml.model_runs WHERE model = 'ltv' ORDER BY run_id DESC LIMIT 1"),
             std::string("cancelled"));
    QCOMPARE(ltvDigest(), digestBefore);
    QCOMPARE(scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_run_id IS DISTINCT FROM " + std::to_string(before) +
                    " AND ltv_run_id IS NOT NULL"),
             0LL);
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Info);
    QVERIFY(toast->text().contains(QStringLiteral("cancelled")));
    QVERIFY(toast->text().contains(QStringLiteral("still the stored ones")));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run cancelled"));
    QVERIFY(bar->runButton()->isVisible());
    QVERIFY(bar->runButton()->isEnabled());
    QVERIFY(!bar->progressBar()->isVisible());
    QCOMPARE(m_page->customersModel()->rowCount(), 50);
}

void LtvPageTest::runFromThePageWithOtherSettings()
{
    openWindow();
    ui::LtvRunBar* bar = m_page->runBar();
    bar->monthsSpin()->setValue(6);
    bar->discountSpin()->setValue(2.0);
    bar->holdoutSpin()->setValue(30);
    // 1 to 6 days are not a holdout the service takes: stepping from auto goes to 7.
    bar->holdoutSpin()->setValue(0);
    bar->holdoutSpin()->stepUp();
    QCOMPARE(bar->holdoutSpin()->value(), 7);
    bar->holdoutSpin()->setValue(30);
    const auto outcome = runFromPage(bar->runButton());
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    QCOMPARE(outcome->model, QStringLiteral("ltv"));
    QVERIFY(outcome->runId > m_fixtureRun);
    QCOMPARE(m_page->shownRunId(), outcome->runId);
    const std::string run = " FROM ml.model_runs WHERE run_id = " + std::to_string(outcome->runId);
    QCOMPARE(scalar("SELECT (params->>'clv_months')::int" + run), 6LL);
    QVERIFY(near(real("SELECT (params->>'monthly_discount')::float8" + run), 0.02));
    QCOMPARE(scalar("SELECT (params->>'holdout_days')::int" + run), 30LL);
    QCOMPARE(scalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_run_id = " + std::to_string(outcome->runId)),
             scalar("SELECT count(*) FROM ml.user_metrics WHERE first_purchase_at IS NOT NULL"));
    QVERIFY(m_page->header()->summaryText().contains(QStringLiteral("holdout 30 days")));
    QVERIFY(m_page->header()->summaryText().contains(QStringLiteral("CLV over 6 months at 2.0% discount per month")));
    QCOMPARE(m_page->customersModel()->headerData(ui::LtvCustomersModel::Clv, Qt::Horizontal).toString(),
             QStringLiteral("CLV, 6 months"));
    QVERIFY(m_page->tiles()->captionText(Tile::MeanClv).contains(QStringLiteral("6 months")));
    QVERIFY(m_page->overview()->calibrationChart()->title().contains(QStringLiteral("30 days")));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    QVERIFY(toast->text().startsWith(QStringLiteral("LTV updated: ")));
    QVERIFY(toast->text().contains(QStringLiteral("over 6 months")));
    QVERIFY(m_window->statusArea()->text().contains(QStringLiteral("done")));
    // The top customers are the new run's.
    QCOMPARE(m_page->customersModel()->index(0, ui::LtvCustomersModel::UserId).data(Qt::EditRole).toLongLong(),
             std::atoll(text("SELECT user_id FROM ml.user_metrics ORDER BY ltv_predicted DESC NULLS LAST, user_id "
                             "LIMIT 1")
                            .c_str()));
}

void LtvPageTest::screenshots(const QString& language)
{
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        openWindow(size);
        QVERIFY(!m_page->isEmptyStateVisible());
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        QScrollBar* scroll = m_page->scrollArea()->verticalScrollBar();
        ui::ToastOverlay::of(m_window.get())->clear();
        scroll->setValue(0);
        savePicture(*m_window, QStringLiteral("ltv-top-") + suffix);
        const auto top = [this](QWidget* w) { return w->mapTo(m_page->scrollArea()->widget(), QPoint(0, 0)).y(); };
        scroll->setValue(top(m_page->overview()->heatMap()->parentWidget()) - 8);
        savePicture(*m_window, QStringLiteral("ltv-cohorts-") + suffix);
        scroll->setValue(top(m_page->overview()->curvesChart()->parentWidget()) - 8);
        savePicture(*m_window, QStringLiteral("ltv-curves-") + suffix);
        scroll->setValue(top(m_page->economics()) - 8);
        savePicture(*m_window, QStringLiteral("ltv-economics-") + suffix);
        scroll->setValue(scroll->maximum());
        savePicture(*m_window, QStringLiteral("ltv-bottom-") + suffix);
        scroll->setValue(0);
        savePicture(*m_page->scrollArea()->widget(), QStringLiteral("ltv-full-page-") + suffix);
        m_window.reset();
        m_page = nullptr;
    }
}

void LtvPageTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void LtvPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(ui::LtvTexts::channelName(QStringLiteral("paid_search")), QStringLiteral("Платный поиск"));
    QCOMPARE(ui::LtvTexts::cohortMonth(QStringLiteral("2025-05")), QStringLiteral("май 2025")); // not "мая"
    QCOMPARE(ui::LtvTexts::months(5), QStringLiteral("5 месяцев"));
    openWindow({1280, 800});
    // The insights come from core in Russian too, with the channel in words.
    for (const QString& sentence : m_page->economics()->insightTexts())
        QVERIFY2(!sentence.contains(QStringLiteral("month")) && !sentence.contains(QStringLiteral("_")),
                 qPrintable(sentence));
    QVERIFY(!m_page->header()->summaryText().contains(QStringLiteral("customers")));
    m_window.reset();
    screenshots(QStringLiteral("ru"));
    QCoreApplication::removeTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(m_english.get());
}

int main(int argc, char** argv)
{
    // Qt warns when the runtime folder is missing or not private.
    QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (runtime.isEmpty()) {
        runtime = QFile::encodeName(QDir::tempPath() + QStringLiteral("/kestrel-ui-test-runtime"));
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::filesystem::create_directories(runtime.toStdString());
    ::chmod(runtime.constData(), 0700);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway place
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_ltv_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-ltv-tests.log";
    core::logging::init(log);

    LtvPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ltv_page_test.moc"
