// The Segments page against a real database: an empty database shows the "press Run" state, a run
// started from the page's run bar (a job with progress and Cancel in the status area) stores
// segments, and what the page shows — table, bars, scatter, k chart, history — equals what
// independent SQL reads from ml.model_runs and ml.segments. A cancelled run leaves the previous
// run shown and stored. Screenshots in English and Russian at 1400×900 go to the build folder.
#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "common/logging.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/model_jobs.h"
#include "models/segments_table_model.h"
#include "pages/segment_run_bar.h"
#include "pages/segments_page.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <pqxx/transaction>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <set>
#include <sys/stat.h>

using namespace kestrel;
using ui::SegmentsPage;

namespace {

constexpr int kWaitMs = 120000;

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

QString screenshotDir()
{
    const QString dir = qEnvironmentVariableIsSet("KESTREL_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("KESTREL_SCREENSHOT_DIR")
                            : QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

void saveScreenshot(QWidget& w, const QString& name)
{
    ui::ToastOverlay::of(&w)->clear(); // the picture is of the page, not of the last outcome
    QTest::qWait(400);                 // chart re-layout after a resize is coalesced on a timer
    const QString path = QDir(screenshotDir()).filePath(name);
    QVERIFY2(w.grab().save(path, "PNG"), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

ui::Toast* lastToast(QWidget* w)
{
    const auto list = ui::ToastOverlay::of(w)->toasts();
    return list.isEmpty() ? nullptr : list.last();
}

/// The data ends on 2026-05-01: segment customers as they were the next morning, not months later.
void setAsOf(ui::SegmentRunBar* bar)
{
    bar->asOfCheck()->setChecked(true);
    QVERIFY(bar->asOfEdit()->isEnabled());
    bar->asOfEdit()->setDate(QDate(2026, 5, 2));
}

std::string runCondition(std::int64_t runId)
{
    return "run_id = " + std::to_string(runId);
}

} // namespace

class SegmentsPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseAsksToRun();
    void runWithFixedKShowsStoredSegments();
    void autoKScanFillsTheKChartAndHistory();
    void dbscanShowsKDistanceAndNoise();
    void cancelKeepsThePreviousRun();
    void russianScreenshot();

private:
    void generateData();
    /// Opens the window on the Segments page and waits for its first snapshot.
    void openWindow();
    /// Presses Run with the run bar as it is set; returns the outcome.
    ui::ModelOutcomePtr runFromPage();
    void compareWithStoredRun(std::int64_t runId);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    SegmentsPage* m_page = nullptr;
};

void SegmentsPageTest::initTestCase()
{
    // As the application does: English plurals ("1 segment") come from kestrel_en.qm.
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
}

void SegmentsPageTest::init()
{
    QSettings().clear();
}

void SegmentsPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void SegmentsPageTest::generateData()
{
    core::SynthOptions options;
    options.users = 2000;
    options.products = 80;
    options.days = 180;
    options.events = 40000;
    options.seed = 20260501;
    options.endDate = "2026-05-01";
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 2000LL);
}

void SegmentsPageTest::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->segmentsPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &SegmentsPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Segments);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
}

ui::ModelOutcomePtr SegmentsPageTest::runFromPage()
{
    const auto fail = [](const char* why) {
        qWarning("runFromPage: %s", why);
        return ui::ModelOutcomePtr();
    };
    QSignalSpy finished(m_page, &SegmentsPage::runFinished);
    QPushButton* run = m_page->runBar()->runButton();
    if (!run->isEnabled())
        return fail("Run is disabled");
    QTest::mouseClick(run, Qt::LeftButton);
    if (m_page->runningJob() == 0)
        return fail("no job started");
    // The job shows in the status area with a Cancel button, like imports do.
    if (!m_window->statusArea()->isProgressVisible())
        return fail("no progress in the status area");
    if (!finished.wait(kWaitMs))
        return fail("the run did not finish");
    auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    if (outcome->succeeded) {
        // The page reloads itself and shows the new run (the reload may land before wait() returns).
        QElapsedTimer timer;
        timer.start();
        while (m_page->shownRunId() != outcome->runId || m_page->isLoading()) {
            if (timer.elapsed() > kWaitMs)
                return fail("the new run was not shown");
            QTest::qWait(20);
        }
    }
    return outcome;
}

void SegmentsPageTest::compareWithStoredRun(std::int64_t runId)
{
    QCOMPARE(m_page->shownRunId(), runId);
    QVERIFY(!m_page->isEmptyStateVisible());
    const auto stored = rows("SELECT segment_id, size, revenue_share::text FROM ml.segments WHERE " +
                             runCondition(runId) + " ORDER BY segment_id < 0, segment_id");
    QVERIFY(!stored.empty());
    std::int64_t total = 0;
    for (const auto& r : stored)
        total += std::atoll(r[1].c_str());

    // The table: one row per stored segment, sizes and shares as stored (raw values in EditRole).
    ui::SegmentsTableModel* model = m_page->tableModel();
    QCOMPARE(model->rowCount(), static_cast<int>(stored.size()));
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto& r = stored[static_cast<std::size_t>(i)];
        QCOMPARE(model->index(i, ui::SegmentsTableModel::Segment).data(Qt::EditRole).toInt(), std::atoi(r[0].c_str()));
        QCOMPARE(model->index(i, ui::SegmentsTableModel::Users).data(Qt::EditRole).toLongLong(),
                 std::atoll(r[1].c_str()));
        QCOMPARE(model->index(i, ui::SegmentsTableModel::RevenueShare).data(Qt::EditRole).toDouble(),
                 std::atof(r[2].c_str()));
    }
    // The view shows every row (nothing filtered out).
    QCOMPARE(m_page->table()->proxyModel()->rowCount(), static_cast<int>(stored.size()));

    // Bars: share of users and share of revenue per segment, in the same order.
    ui::CategoryBarChart* sizes = m_page->sizesChart();
    QVERIFY(sizes->message().isEmpty());
    QCOMPARE(sizes->seriesCount(), 2);
    QCOMPARE(sizes->categories().size(), static_cast<qsizetype>(stored.size()));
    const auto userShares = sizes->plottedValues(0);
    const auto revenueShares = sizes->plottedValues(1);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        QVERIFY(std::abs(userShares[i] - std::atof(stored[i][1].c_str()) / static_cast<double>(total)) < 1e-12);
        QVERIFY2(std::abs(revenueShares[i] - std::atof(stored[i][2].c_str())) < 1e-12,
                 qPrintable(QStringLiteral("revenue share of row %1: %2 vs %3")
                                .arg(i)
                                .arg(revenueShares[i])
                                .arg(QString::fromStdString(stored[i][2]))));
    }

    // Hovering a bar names the segment with its whole profile.
    const std::string profile0 =
        text("SELECT profile FROM ml.segments WHERE " + runCondition(runId) + " AND segment_id = 0");
    QVERIFY(sizes->tooltipText(1, 0).contains(QString::fromStdString(profile0)));

    // Profiles: a bar set per segment (noise left out), a category per feature, z-scores as stored.
    ui::CategoryBarChart* profiles = m_page->profileChart();
    const auto features =
        rows("SELECT jsonb_array_elements_text(params->'features') FROM ml.model_runs WHERE " + runCondition(runId));
    QCOMPARE(profiles->categories().size(), static_cast<qsizetype>(features.size()));
    int segmentsWithCentroid = 0;
    for (const auto& r : stored)
        segmentsWithCentroid += std::atoi(r[0].c_str()) >= 0 ? 1 : 0;
    QCOMPARE(profiles->seriesCount(), segmentsWithCentroid);
    for (int s = 0; s < profiles->seriesCount(); ++s) {
        const auto values = profiles->plottedValues(s);
        for (std::size_t f = 0; f < features.size(); ++f) {
            const double z = real("SELECT centroid->'" + features[f][0] + "'->>'z' FROM ml.segments WHERE " +
                                  runCondition(runId) + " AND segment_id = " + std::to_string(s));
            QVERIFY(std::abs(values[f] - z) < 1e-9);
        }
    }

    // Scatter: every sampled user plotted, in the series of its segment.
    ui::XyChart* scatter = m_page->scatterChart();
    QVERIFY(scatter->message().isEmpty());
    const long long samplePoints = scalar("SELECT jsonb_array_length(metrics->'sample'->'points') FROM ml.model_runs "
                                          "WHERE " +
                                          runCondition(runId));
    QVERIFY(samplePoints > 0);
    std::size_t plotted = 0;
    for (int i = 0; i < scatter->seriesCount(); ++i) {
        QCOMPARE(scatter->seriesStyle(i), ui::XySeries::Style::Scatter);
        plotted += scatter->plottedPoints(i).size();
    }
    QCOMPARE(static_cast<long long>(plotted), samplePoints);
    QVERIFY(scatter->xAxisTitle().contains(QLatin1Char('%')));
    QVERIFY(scatter->yAxisTitle().contains(QLatin1Char('%')));

    // In the language of the window.
    QVERIFY(m_page->summaryText().contains(SegmentsPage::tr("run %1").arg(runId)));
}

void SegmentsPageTest::emptyDatabaseAsksToRun()
{
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 0LL);
    openWindow();
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(m_page->isEmptyStateVisible());
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Run")));
    QVERIFY(!m_page->sizesChart()->isVisible());
    QVERIFY(!m_page->historyCombo()->isEnabled());
    saveScreenshot(*m_window, QStringLiteral("segments-empty-en.png"));

    // Run on no customers fails before writing anything, says why, and the empty state stays.
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(!outcome->error.isEmpty(), "a failure says why");
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY(toast->text().contains(outcome->error));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.segments"), 0LL);
    QVERIFY(m_page->runBar()->runButton()->isEnabled());
}

void SegmentsPageTest::runWithFixedKShowsStoredSegments()
{
    generateData();
    openWindow();
    QVERIFY(m_page->isEmptyStateVisible());

    ui::SegmentRunBar* bar = m_page->runBar();
    bar->methodCombo()->setCurrentIndex(bar->methodCombo()->findData(QStringLiteral("kmeans")));
    bar->kSpin()->setValue(4);
    QVERIFY(!bar->kMinSpin()->isEnabled()); // the range is for Auto only
    setAsOf(bar);
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    const long long runId =
        scalar("SELECT max(run_id) FROM ml.model_runs WHERE model = 'segments' AND status = 'succeeded'");
    QCOMPARE(outcome->runId, runId);
    QCOMPARE(scalar("SELECT count(*) FROM ml.segments WHERE " + runCondition(runId)), 4LL);

    compareWithStoredRun(runId);
    QCOMPARE(m_page->tableModel()->rowCount(), 4);
    QVERIFY(m_page->summaryText().contains(QStringLiteral("k-means")));
    QVERIFY(m_page->summaryText().contains(QStringLiteral("4 segments")));
    QVERIFY(m_page->summaryText().contains(QStringLiteral("2,000 users")));
    QVERIFY(m_page->summaryText().contains(QStringLiteral("as of 2 May 2026")));
    QCOMPARE(text("SELECT params->>'as_of' FROM ml.model_runs WHERE " + runCondition(runId)),
             std::string("2026-05-02 00:00:00+00"));
    // A fixed k compares nothing: the k chart says so instead of plotting nothing.
    QVERIFY(m_page->kChart()->message().contains(QStringLiteral("Auto")));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    QVERIFY(toast->text().contains(QStringLiteral("4 segments of 2,000 users")));
    QVERIFY(m_window->statusArea()->text().contains(QStringLiteral("done")));
    QCOMPARE(m_page->historyCombo()->count(), 1);
    saveScreenshot(*m_window, QStringLiteral("segments-kmeans-k4-en.png"));
}

void SegmentsPageTest::autoKScanFillsTheKChartAndHistory()
{
    openWindow();
    const std::int64_t first = m_page->shownRunId();
    QVERIFY(first > 0);

    ui::SegmentRunBar* bar = m_page->runBar();
    bar->kSpin()->setValue(0);
    QCOMPARE(bar->kSpin()->text(), QStringLiteral("Auto"));
    QVERIFY(bar->kMinSpin()->isEnabled());
    bar->kMinSpin()->setValue(3);
    bar->kMaxSpin()->setValue(8);
    setAsOf(bar);
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    const std::int64_t second = outcome->runId;
    compareWithStoredRun(second);

    // The k chart: silhouette and inertia for k = 3..8, as stored, and the chosen k marked.
    ui::XyChart* k = m_page->kChart();
    QVERIFY2(k->message().isEmpty(), qPrintable(k->message()));
    QVERIFY(k->seriesCount() >= 2);
    const auto scan = rows("SELECT (e->>'k')::int, e->>'silhouette', e->>'inertia' FROM ml.model_runs, "
                           "jsonb_array_elements(metrics->'scan') AS e WHERE " +
                           runCondition(second) + " ORDER BY 1");
    QCOMPARE(scan.size(), std::size_t(6));
    const auto silhouette = k->plottedPoints(0);
    QCOMPARE(silhouette.size(), scan.size());
    for (std::size_t i = 0; i < scan.size(); ++i) {
        QCOMPARE(silhouette[i].x(), std::atof(scan[i][0].c_str()));
        QVERIFY(std::abs(silhouette[i].y() - std::atof(scan[i][1].c_str())) < 1e-12);
    }
    QCOMPARE(k->plottedPoints(1).size(), scan.size());
    QVERIFY(k->tooltipText(0, 0).contains(QStringLiteral("k = 3")));
    const long long chosen = scalar("SELECT metrics->>'k' FROM ml.model_runs WHERE " + runCondition(second));
    QCOMPARE(k->seriesStyle(2), ui::XySeries::Style::Reference);
    QCOMPARE(k->plottedPoints(2).front().x(), static_cast<double>(chosen));
    QVERIFY(m_page->summaryText().contains(QStringLiteral("best of k 3–8")));
    saveScreenshot(*m_window, QStringLiteral("segments-kmeans-auto-en.png"));

    // History: both runs, newest first; picking the older one shows it again, as stored.
    QComboBox* history = m_page->historyCombo();
    QCOMPARE(history->count(), 2);
    QCOMPARE(history->itemData(0).toLongLong(), second);
    QCOMPARE(history->itemData(1).toLongLong(), first);
    QSignalSpy loaded(m_page, &SegmentsPage::loaded);
    history->setCurrentIndex(1);
    emit history->activated(1);
    QVERIFY(loaded.wait(kWaitMs));
    compareWithStoredRun(first);
    QCOMPARE(m_page->tableModel()->rowCount(), 4);
    QVERIFY(!m_page->kChart()->message().isEmpty());
    history->setCurrentIndex(0);
    emit history->activated(0);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_page->shownRunId(), second);
}

void SegmentsPageTest::dbscanShowsKDistanceAndNoise()
{
    openWindow();
    ui::SegmentRunBar* bar = m_page->runBar();
    bar->methodCombo()->setCurrentIndex(bar->methodCombo()->findData(QStringLiteral("dbscan")));
    QVERIFY(!bar->kSpin()->isVisible());
    QVERIFY(bar->epsSpin()->isVisible());
    QCOMPARE(bar->epsSpin()->text(), QStringLiteral("Auto"));
    setAsOf(bar);
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    const std::int64_t runId = outcome->runId;
    compareWithStoredRun(runId);
    QVERIFY(m_page->summaryText().contains(QStringLiteral("DBSCAN")));

    // The k-distance curve as stored, with the suggested eps as a dashed line at its height.
    ui::XyChart* k = m_page->kChart();
    QVERIFY2(k->message().isEmpty(), qPrintable(k->message()));
    const long long points = scalar(
        "SELECT jsonb_array_length(metrics->'k_distance'->'points') FROM ml.model_runs WHERE " + runCondition(runId));
    QVERIFY(points > 0);
    QCOMPARE(static_cast<long long>(k->plottedPoints(0).size()), points);
    const double eps =
        real("SELECT metrics->'k_distance'->>'eps_suggested' FROM ml.model_runs WHERE " + runCondition(runId));
    QCOMPARE(k->seriesStyle(1), ui::XySeries::Style::Reference);
    QVERIFY(std::abs(k->plottedPoints(1).front().y() - eps) < 1e-12);
    QVERIFY(k->seriesName(1).contains(QStringLiteral("eps")));

    // Noise, when there is any, is a row of its own, listed last, and grey in the scatter.
    const long long noise =
        scalar("SELECT count(*) FROM ml.segments WHERE " + runCondition(runId) + " AND segment_id = -1");
    if (noise > 0) {
        ui::SegmentsTableModel* model = m_page->tableModel();
        QCOMPARE(model->index(model->rowCount() - 1, 0).data(Qt::EditRole).toInt(), -1);
        QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("Noise"));
    }
    saveScreenshot(*m_window, QStringLiteral("segments-dbscan-en.png"));
}

void SegmentsPageTest::cancelKeepsThePreviousRun()
{
    openWindow();
    const std::int64_t before = m_page->shownRunId();
    QVERIFY(before > 0);
    const long long runsBefore =
        scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'segments' AND status = 'succeeded'");
    const std::string membersBefore =
        text("SELECT md5(string_agg(user_id || ':' || segment_id || ':' || segment_run_id, ',' ORDER BY user_id)) "
             "FROM ml.user_metrics");

    ui::SegmentRunBar* bar = m_page->runBar();
    bar->methodCombo()->setCurrentIndex(bar->methodCombo()->findData(QStringLiteral("kmeans")));
    bar->kSpin()->setValue(0); // a scan: the longest run
    bar->kMaxSpin()->setValue(12);
    setAsOf(bar);
    QSignalSpy finished(m_page, &SegmentsPage::runFinished);
    QTest::mouseClick(bar->runButton(), Qt::LeftButton);
    QVERIFY(m_page->runningJob() != 0);
    QVERIFY(bar->cancelButton()->isVisible());
    // Cancel where imports are cancelled: the status area's button.
    auto* cancel = m_window->statusArea()->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(!outcome->succeeded);
    QVERIFY(outcome->cancelled);

    // Still shown, still stored, and nothing of the cancelled run remains.
    QTest::qWait(200);
    QCOMPARE(m_page->shownRunId(), before);
    QVERIFY(!m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'segments' AND status = 'succeeded'"),
             runsBefore);
    QCOMPARE(text("SELECT md5(string_agg(user_id || ':' || segment_id || ':' || segment_run_id, ',' ORDER BY "
                  "user_id)) FROM ml.user_metrics"),
             membersBefore);
    QCOMPARE(scalar("SELECT count(*) FROM ml.segments s JOIN ml.model_runs r USING (run_id) WHERE r.status <> "
                    "'succeeded'"),
             0LL);
    compareWithStoredRun(before);
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Info);
    QVERIFY(toast->text().contains(QStringLiteral("cancelled")));
    QVERIFY(toast->text().contains(QStringLiteral("still the stored ones")));
    QVERIFY(m_window->statusArea()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(bar->runButton()->isVisible());
    QVERIFY(bar->runButton()->isEnabled());
}

void SegmentsPageTest::russianScreenshot()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCOMPARE(ru.translate("kestrel::ui::SegmentsPage", "Segments"), QStringLiteral("Сегменты"));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    openWindow();
    // A run made in Russian, so the stored profiles are Russian too.
    ui::SegmentRunBar* bar = m_page->runBar();
    bar->kSpin()->setValue(0);
    bar->kMinSpin()->setValue(3);
    bar->kMaxSpin()->setValue(8);
    setAsOf(bar);
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    compareWithStoredRun(outcome->runId);
    saveScreenshot(*m_window, QStringLiteral("segments-kmeans-auto-ru.png"));
    const std::int64_t dbscan =
        scalar("SELECT max(run_id) FROM ml.model_runs WHERE model = 'segments' AND status = 'succeeded' AND "
               "params->>'method' = 'dbscan'");
    QSignalSpy loaded(m_page, &SegmentsPage::loaded);
    m_page->showRun(dbscan);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_page->shownRunId(), dbscan);
    saveScreenshot(*m_window, QStringLiteral("segments-dbscan-ru.png"));
    m_window.reset();
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
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_segments_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-segments-tests.log";
    core::logging::init(log);

    SegmentsPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "segments_page_test.moc"
