// The Anomalies page against a real database. An empty database shows the "press Run" state and a
// run there fails clearly, storing nothing. On generated data (with the generator's outage and
// promotion) a run started from the page stores anomalies and the list equals ml.anomalies read by
// SQL, also under the status, metric and period filters; the chart of a selected anomaly holds the
// metric's daily values as SQL sums them, the band the run stored for that day and the stored
// anomalies as marks; Accept / Dismiss / Back to review change the rows in the database (reviewer
// current_user, the note) through the core service; a cancelled run leaves everything as it was; the
// Dashboard marks the anomalies of its charts (dismissed ones not) and links to those to review.
// Screenshots of the page and the Dashboard in English and Russian at 1280×800 and 1600×1000.
#include "charts/time_series_chart.h"
#include "common/logging.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/anomalies_model.h"
#include "models/anomaly_table_model.h"
#include "models/anomaly_texts.h"
#include "models/model_jobs.h"
#include "pages/anomalies_page.h"
#include "pages/anomaly_detail_view.h"
#include "pages/anomaly_run_bar.h"
#include "pages/dashboard_page.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/toast.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtGui/QImage>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <pqxx/transaction>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <sys/stat.h>

using namespace kestrel;
using ui::AnomaliesPage;

namespace {

constexpr int kWaitMs = 240000;
// The generator puts an outage 20 days and a promotion 9 days before the last day.
const QDate kEnd(2026, 6, 30);
const QDate kOutage = kEnd.addDays(-20);
const QDate kPromo = kEnd.addDays(-9);

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

std::string iso(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

std::string digest()
{
    return text("SELECT coalesce(md5(string_agg(concat_ws(',', anomaly_id, run_id, metric, event_type, day, value, "
                "baseline, lower_bound, upper_bound, score, status, reviewed_by, reviewed_at, note), '|' ORDER BY "
                "anomaly_id)), 'empty') FROM ml.anomalies");
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

ui::Toast* lastToast(QWidget* w)
{
    const auto list = ui::ToastOverlay::of(w)->toasts();
    return list.isEmpty() ? nullptr : list.last();
}

/// Stored rows as "id|day|metric|event_type|status", in the list's order, for a WHERE clause.
std::vector<std::string> storedRows(const std::string& where = "true")
{
    std::vector<std::string> out;
    for (const auto& r : rows("SELECT anomaly_id || '|' || day || '|' || metric || '|' || event_type || '|' || status "
                              "FROM ml.anomalies WHERE " +
                              where + " ORDER BY day DESC, metric, event_type"))
        out.push_back(r[0]);
    return out;
}

} // namespace

class AnomaliesPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void cleanup();
    void emptyDatabaseAsksToRun();
    void generateData();
    void runFromThePageListEqualsSql();
    void filtersEqualSql();
    void chartHoldsTheMetricTheBandAndTheMarks();
    void reviewChangesTheDatabase();
    void cancelKeepsThePreviousState();
    void dashboardMarksAndLink();
    void englishScreenshots();
    void russianScreenshots();

private:
    void openWindow(QSize size = {1400, 900});
    void waitUntilLoaded();
    /// The page's list as "id|day|metric|event_type|status", in view order.
    std::vector<std::string> listed() const;
    ui::ModelOutcomePtr review(QPushButton* button);
    void screenshots(const QString& language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    AnomaliesPage* m_page = nullptr;
};

void AnomaliesPageTest::initTestCase()
{
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
}

void AnomaliesPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void AnomaliesPageTest::openWindow(QSize size)
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->anomaliesPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &AnomaliesPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Anomalies);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    QVERIFY(m_page->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Anomalies")) ||
            m_window->windowTitle().contains(QStringLiteral("Аномалии")));
}

void AnomaliesPageTest::waitUntilLoaded()
{
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(10);
    while (m_page->isLoading() && timer.elapsed() < kWaitMs)
        QTest::qWait(20);
    QVERIFY(!m_page->isLoading());
}

std::vector<std::string> AnomaliesPageTest::listed() const
{
    std::vector<std::string> out;
    const QSortFilterProxyModel* proxy = m_page->table()->proxyModel();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex source = proxy->mapToSource(proxy->index(r, 0));
        const ui::AnomalyRow& a = m_page->tableModel()->row(source.row());
        out.push_back(std::to_string(a.id) + "|" + iso(a.day) + "|" + a.metric.toStdString() + "|" +
                      a.eventType.toStdString() + "|" + a.status.toStdString());
    }
    return out;
}

ui::ModelOutcomePtr AnomaliesPageTest::review(QPushButton* button)
{
    QSignalSpy reviewed(m_page, &AnomaliesPage::reviewed);
    QSignalSpy loaded(m_page, &AnomaliesPage::loaded);
    if (!button->isEnabled()) {
        qWarning("review: %s is disabled", qPrintable(button->text()));
        return {};
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!reviewed.wait(kWaitMs) || !(loaded.count() > 0 || loaded.wait(kWaitMs)))
        return {};
    waitUntilLoaded();
    return reviewed.last().at(0).value<ui::ModelOutcomePtr>();
}

void AnomaliesPageTest::emptyDatabaseAsksToRun()
{
    openWindow();
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("No anomaly check yet"));
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("same weekday")));
    QSignalSpy finished(m_page, &AnomaliesPage::runFinished);
    QTest::mouseClick(m_page->emptyStateRunButton(), Qt::LeftButton);
    QVERIFY(m_page->runningJob() != 0);
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(outcome->error.contains(QStringLiteral("there is no data to check")), qPrintable(outcome->error));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QVERIFY(toast->text().contains(QStringLiteral("there is no data to check")));
    waitUntilLoaded();
    QCOMPARE(m_page->statusText(), QStringLiteral("Run failed"));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.anomalies"), 0);
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'anomalies'"), 0);
}

void AnomaliesPageTest::generateData()
{
    core::SynthOptions options;
    options.users = 20000;
    options.products = 30;
    options.days = 180;
    options.events = 400000;
    options.seed = 7;
    options.endDate = iso(kEnd);
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    QVERIFY(scalar("SELECT count(*) FROM crm.orders") > 1000);
}

void AnomaliesPageTest::runFromThePageListEqualsSql()
{
    openWindow();
    QVERIFY(m_page->isEmptyStateVisible());
    QSignalSpy finished(m_page, &AnomaliesPage::runFinished);
    QTest::mouseClick(m_page->runBar()->runButton(), Qt::LeftButton);
    QVERIFY(m_page->runningJob() != 0);
    QVERIFY(m_page->runBar()->cancelButton()->isVisible());
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    waitUntilLoaded();
    QVERIFY(!m_page->isEmptyStateVisible());
    QCOMPARE(m_page->snapshot()->run->runId, outcome->runId);

    // Everything stored, newest day first, as SQL lists it.
    const auto stored = storedRows();
    QVERIFY(stored.size() >= 10);
    if (listed() != stored)
        for (std::size_t i = 0; i < std::max(listed().size(), stored.size()); ++i)
            qInfo("%s  vs  %s", i < listed().size() ? listed()[i].c_str() : "-",
                  i < stored.size() ? stored[i].c_str() : "-");
    QCOMPARE(listed(), stored);
    // The generator's incidents are there: the outage a drop, the promotion a spike, in revenue too.
    const auto has = [&](const std::string& metric, QDate day, const char* direction) {
        return scalar("SELECT count(*) FROM ml.anomalies WHERE metric = '" + metric + "' AND day = '" + iso(day) +
                      "' AND direction = '" + direction + "'") == 1;
    };
    QVERIFY(has("revenue", kOutage, "drop"));
    QVERIFY(has("orders", kOutage, "drop"));
    QVERIFY(has("new_users", kOutage, "drop"));
    QVERIFY(has("new_users", kPromo, "spike"));
    QVERIFY(has("orders", kPromo, "spike"));
    // Revenue on the promotion day is not asserted: on ~40 orders a day of this small shop, the
    // order values (with the generator's companion lines) are noisy enough that 190 % traffic can
    // stay just inside the revenue band (score ≈ 3), while the counts above leave it clearly.

    // Every cell as the stored numbers read (the row of the revenue drop).
    const auto id =
        scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = 'revenue' AND day = '" + iso(kOutage) + "'");
    QVERIFY(m_page->selectAnomaly(id));
    const auto* model = m_page->tableModel();
    const int row = model->rowOf(id);
    const auto cell = [&](int column) { return model->index(row, column).data().toString(); };
    const auto num = [&](const char* column) {
        return std::atof(
            text(std::string("SELECT ") + column + " FROM ml.anomalies WHERE anomaly_id = " + std::to_string(id))
                .c_str());
    };
    QCOMPARE(cell(ui::AnomalyTableModel::Metric), QStringLiteral("Revenue"));
    QCOMPARE(cell(ui::AnomalyTableModel::Value), ui::format::money(num("value")));
    QCOMPARE(cell(ui::AnomalyTableModel::Baseline), ui::format::money(num("baseline")));
    QCOMPARE(cell(ui::AnomalyTableModel::Score), QLocale().toString(num("score"), 'f', 2));
    QCOMPARE(cell(ui::AnomalyTableModel::Deviation),
             ui::AnomalyTexts::deviation((num("value") - num("baseline")) / num("baseline")));
    QCOMPARE(cell(ui::AnomalyTableModel::Direction), QStringLiteral("Drop"));
    QCOMPARE(cell(ui::AnomalyTableModel::Status), QStringLiteral("To review"));
    QVERIFY(m_page->summaryText().contains(QStringLiteral("%1 to review").arg(stored.size())));
}

void AnomaliesPageTest::filtersEqualSql()
{
    openWindow();
    QSignalSpy loaded(m_page, &AnomaliesPage::loaded);
    m_page->setMetricFilter(QStringLiteral("revenue"));
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(listed(), storedRows("metric = 'revenue'"));
    m_page->setMetricFilter(QStringLiteral("events"), QStringLiteral("session_start"));
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(listed(), storedRows("metric = 'events' AND event_type = 'session_start'"));
    QVERIFY(!listed().empty());
    m_page->setMetricFilter(QString());
    QVERIFY(loaded.wait(kWaitMs));
    m_page->setPeriodFilter(30);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(listed(), storedRows("day >= '" + iso(kEnd.addDays(-29)) + "'"));
    // The metric combo offers every event type that has anomalies.
    QVERIFY(m_page->metricCombo()->findData(QStringLiteral("events|page_view")) >= 0);
    m_page->setPeriodFilter(0);
    QVERIFY(loaded.wait(kWaitMs));
    m_page->setStatusFilter(QStringLiteral("accepted"));
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(listed().empty());
    QCOMPARE(m_page->detail()->acceptButton()->isEnabled(), false);
}

void AnomaliesPageTest::chartHoldsTheMetricTheBandAndTheMarks()
{
    openWindow();
    const auto id =
        scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = 'revenue' AND day = '" + iso(kOutage) + "'");
    QSignalSpy shown(m_page, &AnomaliesPage::profileShown);
    QVERIFY(m_page->selectAnomaly(id));
    QVERIFY(shown.count() > 0 || shown.wait(kWaitMs));
    ui::TimeSeriesChart* chart = m_page->detail()->chart();
    QVERIFY(chart->message().isEmpty());
    QCOMPARE(chart->seriesCount(), 1);
    // The window: six weeks before the day, two after (cut at the run's last day).
    const QDate from = kOutage.addDays(-ui::AnomaliesModel::kProfileDaysBefore);
    const QDate to = std::min(kOutage.addDays(ui::AnomaliesModel::kProfileDaysAfter), kEnd);
    const auto points = chart->plottedPoints(0);
    QCOMPARE(static_cast<qint64>(points.size()), from.daysTo(to) + 1);
    const auto revenue = rows("SELECT d::date, coalesce(sum(o.total_amount), 0) FROM generate_series('" + iso(from) +
                              "'::date, '" + iso(to) +
                              "'::date, '1 day') d LEFT JOIN crm.orders o ON (o.created_at AT TIME ZONE 'UTC')::date = "
                              "d::date AND o.status IN ('paid', 'shipped', 'delivered') GROUP BY d ORDER BY d");
    for (std::size_t i = 0; i < points.size(); ++i) {
        QCOMPARE(iso(points[i].day), revenue[i][0]);
        QVERIFY2(std::abs(points[i].value - std::atof(revenue[i][1].c_str())) < 0.005,
                 qPrintable(QString::fromStdString(revenue[i][0])));
    }
    // The band on the anomaly's day is what the run stored.
    bool found = false;
    for (const auto& b : chart->bandPoints()) {
        if (b.day != kOutage)
            continue;
        found = true;
        const double lower =
            std::atof(text("SELECT lower_bound FROM ml.anomalies WHERE anomaly_id = " + std::to_string(id)).c_str());
        const double upper =
            std::atof(text("SELECT upper_bound FROM ml.anomalies WHERE anomaly_id = " + std::to_string(id)).c_str());
        QVERIFY2(std::abs(b.lower - lower) <= 1e-6 * std::max(1.0, lower), qPrintable(QString::number(b.lower)));
        QVERIFY2(std::abs(b.upper - upper) <= 1e-6 * upper, qPrintable(QString::number(b.upper)));
    }
    QVERIFY(found);
    // The marks: the stored revenue anomalies of the window, on the line, new ones amber.
    std::vector<std::string> markDays;
    for (const auto& m : chart->markers()) {
        markDays.push_back(iso(m.day));
        QCOMPARE(m.color, ui::AnomalyTexts::markColor(QStringLiteral("new")));
    }
    std::vector<std::string> expected;
    for (const auto& r : rows("SELECT day FROM ml.anomalies WHERE metric = 'revenue' AND day BETWEEN '" + iso(from) +
                              "' AND '" + iso(to) + "' ORDER BY day DESC"))
        expected.push_back(r[0]);
    std::sort(markDays.rbegin(), markDays.rend());
    QCOMPARE(markDays, expected);
    const auto marked = chart->markerPoints();
    for (std::size_t i = 0; i < marked.size(); ++i) {
        const auto k = static_cast<std::size_t>(from.daysTo(marked[i].day));
        QCOMPARE(marked[i].value, points[k].value);
    }
    // What the panel says.
    QVERIFY(m_page->detail()->factsLabel()->text().contains(ui::format::money(
        std::atof(text("SELECT value FROM ml.anomalies WHERE anomaly_id = " + std::to_string(id)).c_str()))));
}

void AnomaliesPageTest::reviewChangesTheDatabase()
{
    openWindow();
    const auto revenue =
        scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = 'revenue' AND day = '" + iso(kOutage) + "'");
    const auto orders =
        scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = 'orders' AND day = '" + iso(kOutage) + "'");
    // Two rows, a note, Accept.
    QVERIFY(m_page->selectAnomaly(revenue));
    QTableView* view = m_page->table()->tableView();
    const QModelIndex second = m_page->table()->proxyModel()->mapFromSource(
        m_page->tableModel()->index(m_page->tableModel()->rowOf(orders), 0));
    view->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedIds().size(), 2u);
    m_page->detail()->noteEdit()->setText(QStringLiteral("site down 14:00–22:00"));
    auto outcome = review(m_page->detail()->acceptButton());
    QVERIFY(outcome && outcome->succeeded);
    QCOMPARE(outcome->summary, QStringLiteral("2 anomalies accepted"));
    const std::string ids = std::to_string(revenue) + ", " + std::to_string(orders);
    QCOMPARE(scalar("SELECT count(*) FROM ml.anomalies WHERE anomaly_id IN (" + ids +
                    ") AND status = 'accepted' AND reviewed_by = current_user AND reviewed_at IS NOT NULL AND note = "
                    "'site down 14:00–22:00'"),
             2);
    QCOMPARE(listed(), storedRows());
    QVERIFY(m_page->detail()->noteText().isEmpty());
    const QString reviewer = QString::fromStdString(text("SELECT current_user"));
    QCOMPARE(m_page->tableModel()->index(m_page->tableModel()->rowOf(revenue), ui::AnomalyTableModel::Reviewer).data(),
             QVariant(reviewer));

    // Dismiss the revenue one alone (its note stays), then put it back to review.
    view->clearSelection();
    QVERIFY(m_page->selectAnomaly(revenue));
    QCOMPARE(m_page->selectedIds(), (std::vector<std::int64_t>{revenue}));
    outcome = review(m_page->detail()->dismissButton());
    QVERIFY(outcome && outcome->succeeded);
    QCOMPARE(text("SELECT status || '|' || note FROM ml.anomalies WHERE anomaly_id = " + std::to_string(revenue)),
             "dismissed|site down 14:00–22:00");
    QVERIFY(m_page->selectAnomaly(revenue));
    outcome = review(m_page->detail()->resetButton());
    QVERIFY(outcome && outcome->succeeded);
    QCOMPARE(text("SELECT status || '|' || coalesce(reviewed_by, '-') || '|' || coalesce(reviewed_at::text, '-') FROM "
                  "ml.anomalies WHERE anomaly_id = " +
                  std::to_string(revenue)),
             "new|-|-");
    QCOMPARE(scalar("SELECT count(*) FROM ops.audit_log WHERE object_type = 'anomaly' AND object_id = '" +
                    std::to_string(revenue) + "'"),
             3);
    // Leave one of each for the Dashboard: revenue of the promotion dismissed, new users' accepted.
    core::Database db(test::TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) {
        tx.exec0("UPDATE ml.anomalies SET status = 'dismissed', reviewed_by = current_user, reviewed_at = now() "
                 "WHERE metric = 'revenue' AND day = '" +
                 iso(kPromo) + "'");
        tx.exec0("UPDATE ml.anomalies SET status = 'accepted', reviewed_by = current_user, reviewed_at = now() "
                 "WHERE metric = 'new_users' AND day = '" +
                 iso(kPromo) + "'");
    });
}

void AnomaliesPageTest::cancelKeepsThePreviousState()
{
    openWindow();
    const std::string before = digest();
    QSignalSpy finished(m_page, &AnomaliesPage::runFinished);
    m_page->runBar()->thresholdSpin()->setValue(2.0); // would store many more
    QVERIFY(m_page->startRun() != 0);
    m_page->cancelRun();
    QVERIFY(finished.wait(kWaitMs));
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(outcome->cancelled);
    waitUntilLoaded();
    QCOMPARE(digest(), before);
    QCOMPARE(m_page->statusText(), QStringLiteral("Run cancelled"));
    QCOMPARE(listed(), storedRows());
}

void AnomaliesPageTest::dashboardMarksAndLink()
{
    openWindow();
    ui::DashboardPage* dashboard = m_window->dashboard();
    QSignalSpy loaded(dashboard, &ui::DashboardPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Dashboard);
    // The window may have loaded its first page before the spy existed: ask for a fresh load.
    if (loaded.count() == 0)
        dashboard->reload();
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    const ui::DayRange range = dashboard->range();
    QCOMPARE(range.to, kEnd);
    const auto expected = [&](const std::string& metric, const std::string& eventType = {}) {
        std::vector<std::string> out;
        for (const auto& r : rows("SELECT day || '|' || status FROM ml.anomalies WHERE metric = '" + metric +
                                  "' AND event_type = '" + eventType + "' AND status <> 'dismissed' AND day BETWEEN '" +
                                  iso(range.from) + "' AND '" + iso(range.to) + "' ORDER BY day"))
            out.push_back(r[0]);
        return out;
    };
    const auto marks = [&](ui::TimeSeriesChart* chart, int series) {
        std::vector<std::string> out;
        for (const auto& m : chart->markers())
            if (m.series == series)
                out.push_back(iso(m.day) + "|" +
                              (m.color == ui::AnomalyTexts::markColor(QStringLiteral("new")) ? "new" : "accepted"));
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(marks(dashboard->revenueChart(), 0), expected("revenue"));
    QCOMPARE(marks(dashboard->newUsersChart(), 0), expected("new_users"));
    // The dismissed revenue spike of the promotion is not marked; the accepted new users' one is, in grey.
    QVERIFY(!expected("revenue").empty());
    for (const auto& m : dashboard->revenueChart()->markers())
        QVERIFY(m.day != kPromo);
    const auto newUsers = marks(dashboard->newUsersChart(), 0);
    QVERIFY(std::find(newUsers.begin(), newUsers.end(), iso(kPromo) + "|accepted") != newUsers.end());
    QVERIFY(std::find(newUsers.begin(), newUsers.end(), iso(kOutage) + "|new") != newUsers.end());
    ui::TimeSeriesChart* events = dashboard->eventsChart();
    for (int i = 0; i < events->seriesCount(); ++i) {
        QString key;
        for (const char* type : {"session_start", "page_view", "search", "product_view", "add_to_cart",
                                 "remove_from_cart", "checkout_start", "purchase", "bot_command"})
            if (ui::DashboardPage::eventTypeLabel(QLatin1String(type)) == events->seriesName(i))
                key = QLatin1String(type);
        QCOMPARE(marks(events, i), expected("events", key.toStdString()));
    }
    // On the day's value, and painted there in the mark's colour.
    const auto revenuePoints = dashboard->revenueChart()->plottedPoints(0);
    const auto markAt = dashboard->revenueChart()->markerPoints();
    for (const auto& p : markAt)
        QCOMPARE(p.value, revenuePoints[static_cast<std::size_t>(range.from.daysTo(p.day))].value);
    const auto position = dashboard->revenueChart()->markerPosition(0);
    QVERIFY(position);
    QTest::qWait(300);
    const QImage picture = dashboard->revenueChart()->grab().toImage();
    const QColor painted = picture.pixelColor(*position);
    const QColor want = dashboard->revenueChart()->markers()[0].color;
    QVERIFY2(std::abs(painted.red() - want.red()) < 40 && std::abs(painted.green() - want.green()) < 40 &&
                 std::abs(painted.blue() - want.blue()) < 40,
             qPrintable(painted.name() + QStringLiteral(" at the mark, wanted ") + want.name()));
    // "N anomalies to review" counts the new ones and opens the list of them.
    const long long toReview = scalar("SELECT count(*) FROM ml.anomalies WHERE status = 'new'");
    QVERIFY(dashboard->anomalyLink()->isVisible());
    QCOMPARE(dashboard->anomalyLink()->text(), QStringLiteral("%1 anomalies to review").arg(toReview));
    QSignalSpy pageLoaded(m_page, &AnomaliesPage::loaded);
    QTest::mouseClick(dashboard->anomalyLink(), Qt::LeftButton);
    QVERIFY(m_page->isVisible());
    QVERIFY(pageLoaded.wait(kWaitMs));
    QCOMPARE(m_page->filter().status, QStringLiteral("new"));
    QCOMPARE(listed(), storedRows("status = 'new'"));
}

void AnomaliesPageTest::screenshots(const QString& language)
{
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        openWindow(size);
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        const auto id =
            scalar("SELECT anomaly_id FROM ml.anomalies WHERE metric = 'revenue' AND day = '" + iso(kOutage) + "'");
        QSignalSpy shown(m_page, &AnomaliesPage::profileShown);
        QVERIFY(m_page->selectAnomaly(id));
        QVERIFY(shown.count() > 0 || shown.wait(kWaitMs));
        ui::ToastOverlay::of(m_window.get())->clear();
        savePicture(*m_window, QStringLiteral("anomalies-") + suffix);
        QSignalSpy loaded(m_window->dashboard(), &ui::DashboardPage::loaded);
        m_window->showPage(ui::MainWindow::Page::Dashboard);
        m_window->dashboard()->reload();
        QVERIFY(loaded.wait(kWaitMs));
        savePicture(*m_window, QStringLiteral("dashboard-anomalies-") + suffix);
        m_window.reset();
        m_page = nullptr;
    }
}

void AnomaliesPageTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void AnomaliesPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(ui::AnomalyTexts::metric(QStringLiteral("new_users")), QStringLiteral("Новые пользователи"));
    screenshots(QStringLiteral("ru"));
    QCoreApplication::removeTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(m_english.get());
}

int main(int argc, char** argv)
{
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
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_anomalies_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-anomalies-tests.log";
    core::logging::init(log);

    AnomaliesPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "anomalies_page_test.moc"
