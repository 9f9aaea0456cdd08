// The Scores page against a real database: an empty database shows the "press Run" state and a Run
// there fails with a clear message; runs started from the page's run bar (a job with progress and
// Cancel in the status area) store propensity and churn scores, and what the page shows — header
// metrics, histogram, ROC, calibration, lift, importance, the top users with their reasons, the
// run history and the drift between two runs — equals what independent SQL reads from
// ml.model_runs, ml.user_metrics and ml.scores (and ScoringService::compare). A cancelled run leaves
// the previous run shown and the stored scores untouched. Screenshots in English and Russian at
// 1400×900 go to the build folder.
#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "common/logging.h"
#include "customers/feature_builder.h"
#include "customers/scoring_service.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/feature_texts.h"
#include "models/model_jobs.h"
#include "models/score_runs_model.h"
#include "models/score_texts.h"
#include "models/scored_users_model.h"
#include "pages/score_drift_view.h"
#include "pages/score_header.h"
#include "pages/score_overview.h"
#include "pages/score_run_bar.h"
#include "pages/scores_page.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QItemSelectionModel>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <pqxx/transaction>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sys/stat.h>

using namespace kestrel;
using ui::ScoreHeader;
using ui::ScoresPage;

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

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance;
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

std::string runCondition(std::int64_t runId)
{
    return "run_id = " + std::to_string(runId);
}

std::string scoreColumn(const QString& model)
{
    return model == QLatin1String("churn") ? "churn_probability" : "purchase_probability_30d";
}

std::string reasonsColumn(const QString& model)
{
    return model == QLatin1String("churn") ? "churn_reasons" : "purchase_reasons";
}

/// What the user metrics hold for both models: every score, reason and run id.
std::string scoresDigest()
{
    return text("SELECT coalesce(md5(string_agg(concat_ws(',', user_id, purchase_probability_30d, purchase_reasons, "
                "purchase_run_id, churn_probability, churn_reasons, churn_run_id), '|' ORDER BY user_id)), 'empty') "
                "FROM ml.user_metrics");
}

int churnDaysStored()
{
    core::Database db(test::TestCluster::instance().params());
    return core::ScoringService::churnDays(db);
}

} // namespace

class ScoresPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFeatureHasWords();
    void emptyDatabaseAsksToRunAndRunFails();
    void propensityRunShowsTheStoredRun();
    void churnRunWithItsStoredWindow();
    void historyCompareAndOlderRuns();
    void cancelKeepsThePreviousRun();
    void russianScreenshots();

private:
    void generateData();
    /// Opens the window on the Scores page (propensity) and waits for its first snapshot.
    void openWindow();
    /// Switches the model with its button and waits for that model's snapshot.
    void switchModel(const QString& model);
    /// Presses Run with the run bar as it is set; returns the outcome once the page shows it.
    ui::ModelOutcomePtr runFromPage();
    void compareWithStoredRun(const QString& model, std::int64_t runId);
    void compareTopUsers(const QString& model);
    void selectRuns(const std::vector<std::int64_t>& runIds);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    ScoresPage* m_page = nullptr;
};

void ScoresPageTest::initTestCase()
{
    // As the application does: English plurals ("1 day") come from kestrel_en.qm.
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
}

void ScoresPageTest::init()
{
    QSettings().clear();
}

void ScoresPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void ScoresPageTest::generateData()
{
    // The data of tests/integration/customers/scoring_test.cpp: held-out ROC-AUC ≈ 0.88
    // (propensity) and ≈ 0.82 (churn).
    core::SynthOptions options;
    options.users = 3000;
    options.products = 80;
    options.days = 240;
    options.events = 240000;
    options.seed = 7;
    options.endDate = "2026-05-01";
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 3000LL);
}

void ScoresPageTest::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->scoresPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &ScoresPage::loaded);
    QSignalSpy churnDays(m_page, &ScoresPage::churnDefaultChanged);
    m_window->showPage(ui::MainWindow::Page::Scores);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    QVERIFY(churnDays.count() > 0 || churnDays.wait(kWaitMs));
    QCOMPARE(m_page->model(), QStringLiteral("propensity"));
}

void ScoresPageTest::switchModel(const QString& model)
{
    QSignalSpy loaded(m_page, &ScoresPage::loaded);
    QAbstractButton* button = m_page->modelButton(model);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(m_page->model(), model);
    QVERIFY(button->isChecked());
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(m_page->snapshot());
    QCOMPARE(m_page->snapshot()->model, model);
}

ui::ModelOutcomePtr ScoresPageTest::runFromPage()
{
    const auto fail = [](const char* why) {
        qWarning("runFromPage: %s", why);
        return ui::ModelOutcomePtr();
    };
    QSignalSpy finished(m_page, &ScoresPage::runFinished);
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
    // The page reloads itself (the history lists the run whatever its outcome).
    QElapsedTimer timer;
    timer.start();
    while ((outcome->succeeded && m_page->shownRunId() != outcome->runId) || m_page->isLoading()) {
        if (timer.elapsed() > kWaitMs)
            return fail("the page did not reload");
        QTest::qWait(20);
    }
    return outcome;
}

void ScoresPageTest::compareWithStoredRun(const QString& model, std::int64_t runId)
{
    QCOMPARE(m_page->shownRunId(), runId);
    QVERIFY(!m_page->isEmptyStateVisible());
    const std::string run = " FROM ml.model_runs WHERE " + runCondition(runId);
    QCOMPARE(QString::fromStdString(text("SELECT model" + run)), model);
    const ui::ScoreRunDetail& detail = *m_page->snapshot()->run;

    // Header: the held-out metrics as stored, three decimals in the locale's digits.
    const QLocale locale;
    const double auc = real("SELECT metrics->>'roc_auc'" + run);
    QVERIFY(auc > 0.6);
    QVERIFY2(near(*detail.info.rocAuc, auc), qPrintable(QStringLiteral("%1 vs %2").arg(*detail.info.rocAuc).arg(auc)));
    ScoreHeader* header = m_page->header();
    QCOMPARE(header->statText(ScoreHeader::Stat::RocAuc), locale.toString(auc, 'f', 3));
    QCOMPARE(header->statText(ScoreHeader::Stat::PrAuc),
             locale.toString(real("SELECT metrics->>'pr_auc'" + run), 'f', 3));
    QCOMPARE(header->statText(ScoreHeader::Stat::LogLoss),
             locale.toString(real("SELECT metrics->>'log_loss'" + run), 'f', 3));
    const long long scored = scalar("SELECT (metrics->>'scored_users')::bigint" + run);
    QCOMPARE(scored, scalar("SELECT count(*) FROM ml.scores WHERE " + runCondition(runId)));
    QCOMPARE(header->statText(ScoreHeader::Stat::Users), locale.toString(scored));
    QCOMPARE(header->statText(ScoreHeader::Stat::RunId), QString::number(runId));
    const int window =
        static_cast<int>(scalar("SELECT coalesce(params->>'horizon_days', params->>'churn_days')::int" + run));
    QVERIFY(header->modelText().contains(ui::ScoreTexts::windowText(model, window)));
    QVERIFY(header->modelText().contains(
        ui::ScoreTexts::modeName(QString::fromStdString(text("SELECT params->>'mode'" + run)))));
    QVERIFY(header->datesText().contains(
        ui::format::instant(QString::fromStdString(text("SELECT metrics->>'valid_as_of'" + run)))));

    // Histogram: 20 bins, bars summing to the users scored, each band's bars to its stored count.
    ui::CategoryBarChart* histogram = m_page->overview()->histogramChart();
    QVERIFY2(histogram->message().isEmpty(), qPrintable(histogram->message()));
    QCOMPARE(histogram->categories().size(), qsizetype(20));
    QCOMPARE(histogram->seriesCount(), 3);
    const auto counts = rows("SELECT c FROM ml.model_runs, jsonb_array_elements_text(metrics->'histogram'->'counts') "
                             "WITH ORDINALITY AS h(c, i) WHERE " +
                             runCondition(runId) + " ORDER BY i");
    QCOMPARE(counts.size(), std::size_t(20));
    double total = 0;
    const char* bands[] = {"low", "medium", "high"};
    for (int band = 0; band < 3; ++band) {
        const auto values = histogram->plottedValues(band);
        double bandTotal = 0;
        for (double v : values)
            bandTotal += v;
        total += bandTotal;
        const long long stored = scalar(std::string("SELECT (metrics->'bands'->>'") + bands[band] + "')::bigint" + run);
        QCOMPARE(static_cast<long long>(bandTotal), stored);
        QVERIFY(histogram->seriesName(band).contains(locale.toString(stored)));
    }
    QCOMPARE(static_cast<long long>(total), scored);
    for (int bin = 0; bin < 20; ++bin) {
        double inBin = 0;
        for (int band = 0; band < 3; ++band)
            inBin += histogram->plottedValues(band)[static_cast<std::size_t>(bin)];
        QCOMPARE(static_cast<long long>(inBin), std::atoll(counts[static_cast<std::size_t>(bin)][0].c_str()));
    }

    // ROC: the stored points, the chance diagonal, the AUC in the title and the legend.
    ui::XyChart* roc = m_page->overview()->rocChart();
    QVERIFY2(roc->message().isEmpty(), qPrintable(roc->message()));
    const auto rocPoints = rows("SELECT p->>0, p->>1 FROM ml.model_runs, jsonb_array_elements(metrics->'roc') WITH "
                                "ORDINALITY AS r(p, i) WHERE " +
                                runCondition(runId) + " ORDER BY i");
    QVERIFY(rocPoints.size() > 10);
    const auto plottedRoc = roc->plottedPoints(0);
    QCOMPARE(plottedRoc.size(), rocPoints.size());
    for (std::size_t i = 0; i < rocPoints.size(); ++i) {
        QVERIFY(near(plottedRoc[i].x(), std::atof(rocPoints[i][0].c_str())));
        QVERIFY(near(plottedRoc[i].y(), std::atof(rocPoints[i][1].c_str())));
    }
    QCOMPARE(roc->seriesStyle(1), ui::XySeries::Style::Reference);
    QCOMPARE(roc->plottedPoints(1).front(), QPointF(0, 0));
    QCOMPARE(roc->plottedPoints(1).back(), QPointF(1, 1));
    QVERIFY(roc->title().contains(locale.toString(auc, 'f', 3)));
    QVERIFY(roc->seriesName(0).contains(locale.toString(auc, 'f', 3)));

    // Calibration: mean predicted against observed rate per stored bin, with the diagonal.
    ui::XyChart* calibration = m_page->overview()->calibrationChart();
    QVERIFY2(calibration->message().isEmpty(), qPrintable(calibration->message()));
    const auto reliability = rows("SELECT b->>'mean_predicted', b->>'observed_rate' FROM ml.model_runs, "
                                  "jsonb_array_elements(metrics->'reliability') WITH ORDINALITY AS r(b, i) WHERE " +
                                  runCondition(runId) + " ORDER BY i");
    QVERIFY(!reliability.empty());
    const auto plottedCalibration = calibration->plottedPoints(0);
    QCOMPARE(plottedCalibration.size(), reliability.size());
    for (std::size_t i = 0; i < reliability.size(); ++i) {
        QVERIFY(near(plottedCalibration[i].x(), std::atof(reliability[i][0].c_str())));
        QVERIFY(near(plottedCalibration[i].y(), std::atof(reliability[i][1].c_str())));
    }
    QCOMPARE(calibration->seriesStyle(1), ui::XySeries::Style::Reference);

    // Lift by decile as stored, and the line of no model at 1.
    ui::XyChart* lift = m_page->overview()->liftChart();
    QVERIFY2(lift->message().isEmpty(), qPrintable(lift->message()));
    const auto liftRows = rows("SELECT l->>'fraction', l->>'lift' FROM ml.model_runs, jsonb_array_elements("
                               "metrics->'lift') WITH ORDINALITY AS r(l, i) WHERE " +
                               runCondition(runId) + " ORDER BY i");
    QCOMPARE(liftRows.size(), std::size_t(10));
    const auto plottedLift = lift->plottedPoints(0);
    QCOMPARE(plottedLift.size(), liftRows.size());
    for (std::size_t i = 0; i < liftRows.size(); ++i) {
        QVERIFY(near(plottedLift[i].x(), std::atof(liftRows[i][0].c_str())));
        QVERIFY(near(plottedLift[i].y(), std::atof(liftRows[i][1].c_str())));
    }
    QVERIFY(plottedLift.front().y() > 1.5); // the top decile beats the average
    QVERIFY(lift->tooltipText(0, 0).contains(QLatin1Char('%')));

    // Importance: a bar per stored feature, in the stored order, under its readable name.
    ui::CategoryBarChart* importance = m_page->overview()->importanceChart();
    QVERIFY2(importance->message().isEmpty(), qPrintable(importance->message()));
    const auto gains = rows("SELECT f->>'feature', f->>'gain' FROM ml.model_runs, jsonb_array_elements("
                            "metrics->'importance') WITH ORDINALITY AS r(f, i) WHERE " +
                            runCondition(runId) + " ORDER BY i");
    QVERIFY(!gains.empty());
    QCOMPARE(importance->categories().size(), static_cast<qsizetype>(gains.size()));
    const auto plottedGains = importance->plottedValues(0);
    for (std::size_t i = 0; i < gains.size(); ++i) {
        const QString feature = QString::fromStdString(gains[i][0]);
        QVERIFY2(ui::FeatureTexts::isKnown(feature), qPrintable(feature));
        QCOMPARE(importance->categories()[static_cast<qsizetype>(i)], ui::FeatureTexts::label(feature));
        QVERIFY(near(plottedGains[i], std::atof(gains[i][1].c_str()), 1e-9 * std::max(1.0, plottedGains[i])));
    }

    // The history marks the run shown.
    QVERIFY(m_page->runsModel()->rowOf(runId) >= 0);
    compareTopUsers(model);
}

void ScoresPageTest::compareTopUsers(const QString& model)
{
    // The top 50 of ml.user_metrics by the model's score (ties by user id), with names, e-mails,
    // scores and the reasons in words.
    const auto top = rows("SELECT m.user_id, u.full_name, u.email, m." + scoreColumn(model) +
                          " FROM ml.user_metrics m JOIN crm.users u USING (user_id) WHERE m." + scoreColumn(model) +
                          " IS NOT NULL ORDER BY m." + scoreColumn(model) + " DESC, m.user_id LIMIT 50");
    QCOMPARE(top.size(), std::size_t(50));
    ui::ScoredUsersModel* users = m_page->usersModel();
    QCOMPARE(users->rowCount(), 50);
    QCOMPARE(m_page->usersTable()->proxyModel()->rowCount(), 50);
    const QLocale locale;
    bool sawDaysSinceVisit = false;
    int withReasons = 0;
    for (int r = 0; r < 50; ++r) {
        const auto& row = top[static_cast<std::size_t>(r)];
        const auto cell = [&](int column, int role = Qt::EditRole) { return users->index(r, column).data(role); };
        QCOMPARE(cell(ui::ScoredUsersModel::UserId).toLongLong(), std::atoll(row[0].c_str()));
        QCOMPARE(cell(ui::ScoredUsersModel::Name).toString(), QString::fromStdString(row[1]));
        QCOMPARE(cell(ui::ScoredUsersModel::Email).toString(), QString::fromStdString(row[2]));
        QVERIFY(near(cell(ui::ScoredUsersModel::Score).toDouble(), std::atof(row[3].c_str())));
        QCOMPARE(cell(ui::ScoredUsersModel::Score, Qt::DisplayRole).toString(),
                 locale.toString(std::atof(row[3].c_str()), 'f', 3));
        // The reasons as stored, each "Label: value (+contribution)", largest first.
        const auto reasons =
            rows("SELECT r->>'feature', coalesce(r->>'value', 'null'), r->>'contribution' FROM "
                 "ml.user_metrics, jsonb_array_elements(" +
                 reasonsColumn(model) + ") WITH ORDINALITY AS x(r, i) WHERE user_id = " + row[0] + " ORDER BY i");
        QStringList expected;
        for (const auto& reason : reasons) {
            const QString feature = QString::fromStdString(reason[0]);
            const std::optional<double> value =
                reason[1] == "null" ? std::nullopt : std::optional<double>(std::atof(reason[1].c_str()));
            expected << ui::FeatureTexts::reason(feature, value, std::atof(reason[2].c_str()));
            if (feature == QLatin1String("days_since_last_event")) {
                sawDaysSinceVisit = true;
                static const QRegularExpression words(
                    QStringLiteral("^Days since last visit: (\\d[\\d,]*|none) \\(\\+\\d+\\.\\d\\d\\)$"));
                QVERIFY2(words.match(expected.last()).hasMatch(), qPrintable(expected.last()));
            }
        }
        withReasons += reasons.empty() ? 0 : 1;
        QCOMPARE(cell(ui::ScoredUsersModel::Reasons).toString(), expected.join(QStringLiteral("; ")));
    }
    QVERIFY(withReasons > 40);
    if (model == QLatin1String("churn")) // fading visitors are what churn is about
        QVERIFY(sawDaysSinceVisit);
}

void ScoresPageTest::selectRuns(const std::vector<std::int64_t>& runIds)
{
    QTableView* view = m_page->runsTable()->tableView();
    QSortFilterProxyModel* proxy = m_page->runsTable()->proxyModel();
    QItemSelection selection;
    for (std::int64_t id : runIds) {
        const int row = m_page->runsModel()->rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = proxy->mapFromSource(m_page->runsModel()->index(row, 0));
        selection.select(index, index);
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_page->selectedRuns().size(), runIds.size());
}

void ScoresPageTest::everyFeatureHasWords()
{
    // Every FeatureBuilder column reads as words on the charts and in the reasons.
    for (const std::string& name : core::FeatureBuilder::featureNames()) {
        const QString feature = QString::fromStdString(name);
        QVERIFY2(ui::FeatureTexts::isKnown(feature), name.c_str());
        QVERIFY(ui::FeatureTexts::label(feature) != feature);
        QVERIFY(ui::FeatureTexts::description(feature) != feature);
    }
    QCOMPARE(ui::FeatureTexts::reason(QStringLiteral("days_since_last_event"), 45.2, 0.8312),
             QStringLiteral("Days since last visit: 45 (+0.83)"));
    QCOMPARE(ui::FeatureTexts::reason(QStringLiteral("days_since_last_event"), std::nullopt, 1.2),
             QStringLiteral("Days since last visit: none (+1.20)"));
    QCOMPARE(ui::FeatureTexts::reason(QStringLiteral("monetary"), 1234.5, 0.4),
             QStringLiteral("Spend: $1,234.50 (+0.40)"));
    QCOMPARE(ui::FeatureTexts::reason(QStringLiteral("active_day_share"), 0.25, 0.1),
             QStringLiteral("Share of active days: 25% (+0.10)"));
    QCOMPARE(ui::ScoreTexts::windowText(QStringLiteral("churn"), 60),
             QStringLiteral("churn = no purchase and no session within 60 days"));
    QCOMPARE(ui::ScoreTexts::windowText(QStringLiteral("churn"), 1),
             QStringLiteral("churn = no purchase and no session within 1 day"));
    QCOMPARE(ui::ScoreTexts::psiVerdict(0.05), QStringLiteral("stable"));
    QCOMPARE(ui::ScoreTexts::psiVerdict(0.2), QStringLiteral("moderate shift"));
    QCOMPARE(ui::ScoreTexts::psiVerdict(0.3), QStringLiteral("large shift"));
}

void ScoresPageTest::emptyDatabaseAsksToRunAndRunFails()
{
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 0LL);
    openWindow();
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(m_page->isEmptyStateVisible());
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Run")));
    QVERIFY(!m_page->overview()->histogramChart()->isVisible()); // no empty charts
    QVERIFY(!m_page->header()->isVisible());
    QCOMPARE(m_page->runBar()->churnDefault(), 60);
    saveScreenshot(*m_window, QStringLiteral("scores-empty-en.png"));

    // Run on an empty database fails before writing anything, says why, and the empty state stays.
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(outcome->error.contains(QStringLiteral("no orders or events")), qPrintable(outcome->error));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY(toast->text().startsWith(QStringLiteral("Scoring failed: ")));
    QVERIFY(toast->text().contains(outcome->error));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run failed"));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.scores"), 0LL);
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE status = 'succeeded'"), 0LL);
    QVERIFY(m_page->runBar()->runButton()->isEnabled());

    // The churn model is empty too, and says what churn means.
    switchModel(QStringLiteral("churn"));
    QVERIFY(m_page->isEmptyStateVisible());
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("churn = no purchase and no session within 60 days")));
}

void ScoresPageTest::propensityRunShowsTheStoredRun()
{
    generateData();
    openWindow();
    QVERIFY(m_page->isEmptyStateVisible());
    ui::ScoreRunBar* bar = m_page->runBar();
    QVERIFY(bar->horizonSpin()->isVisible());
    QVERIFY(!bar->churnSpin()->isVisible());
    QCOMPARE(bar->horizonSpin()->value(), 30);
    QVERIFY(!bar->asOfCheck()->isChecked()); // the service scores the day after the data ends
    QCOMPARE(bar->modeCombo()->currentData().toString(), QStringLiteral("gbdt"));

    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    QCOMPARE(outcome->model, QStringLiteral("propensity"));
    const long long runId =
        scalar("SELECT max(run_id) FROM ml.model_runs WHERE model = 'propensity' AND status = 'succeeded'");
    QCOMPARE(outcome->runId, runId);
    QCOMPARE(text("SELECT params->>'as_of' FROM ml.model_runs WHERE " + runCondition(runId)),
             std::string("2026-05-02 00:00:00+00"));
    compareWithStoredRun(QStringLiteral("propensity"), runId);
    std::printf("propensity ROC-AUC on the page: %s\n",
                qPrintable(m_page->header()->statText(ScoreHeader::Stat::RocAuc)));
    QVERIFY(m_page->header()->modelText().contains(QStringLiteral("buys within 30 days")));
    QVERIFY(m_page->header()->modelText().contains(QStringLiteral("Gradient boosting")));
    QVERIFY(m_page->header()->datesText().contains(QStringLiteral("scored as of 2 May 2026")));
    QVERIFY(!m_page->header()->showNewestButton()->isVisible());
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    QVERIFY(toast->text().contains(QStringLiteral("users scored")));
    QVERIFY(m_window->statusArea()->text().contains(QStringLiteral("done")));
    QCOMPARE(m_page->runsModel()->rowCount(), 1);
    saveScreenshot(*m_window, QStringLiteral("scores-propensity-en.png"));
    m_page->tabs()->setCurrentIndex(ScoresPage::UsersTab);
    QCOMPARE(m_page->tabs()->tabText(ScoresPage::UsersTab), QStringLiteral("Top 50 likely buyers"));
    saveScreenshot(*m_window, QStringLiteral("scores-propensity-users-en.png"));
}

void ScoresPageTest::churnRunWithItsStoredWindow()
{
    openWindow();
    switchModel(QStringLiteral("churn"));
    QVERIFY(m_page->isEmptyStateVisible()); // no churn run yet, though propensity has one
    ui::ScoreRunBar* bar = m_page->runBar();
    QVERIFY(bar->churnSpin()->isVisible());
    QVERIFY(!bar->horizonSpin()->isVisible());
    QCOMPARE(bar->churnSpin()->value(), churnDaysStored());
    QCOMPARE(bar->churnSpin()->value(), 60);
    QVERIFY(!bar->saveChurnButton()->isEnabled());

    // "Save as default" stores the window through ScoringService::setChurnDays.
    QSignalSpy saved(m_page, &ScoresPage::churnDefaultChanged);
    bar->churnSpin()->setValue(45);
    QVERIFY(bar->saveChurnButton()->isEnabled());
    QTest::mouseClick(bar->saveChurnButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.last().at(0).toInt(), 45);
    QCOMPARE(churnDaysStored(), 45);
    QVERIFY(!bar->saveChurnButton()->isEnabled());
    bar->churnSpin()->setValue(60);
    QTest::mouseClick(bar->saveChurnButton(), Qt::LeftButton);
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(churnDaysStored(), 60);

    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    QCOMPARE(outcome->model, QStringLiteral("churn"));
    QCOMPARE(scalar("SELECT (params->>'churn_days')::int FROM ml.model_runs WHERE " + runCondition(outcome->runId)),
             60LL);
    compareWithStoredRun(QStringLiteral("churn"), outcome->runId);
    std::printf("churn ROC-AUC on the page: %s\n", qPrintable(m_page->header()->statText(ScoreHeader::Stat::RocAuc)));
    QVERIFY(
        m_page->header()->modelText().contains(QStringLiteral("churn = no purchase and no session within 60 days")));
    QCOMPARE(m_page->tabs()->tabText(ScoresPage::UsersTab), QStringLiteral("Top 50 at risk"));
    saveScreenshot(*m_window, QStringLiteral("scores-churn-en.png"));
    m_page->tabs()->setCurrentIndex(ScoresPage::UsersTab);
    saveScreenshot(*m_window, QStringLiteral("scores-churn-users-en.png"));

    // Back to propensity: its run is still there, untouched by the churn run.
    switchModel(QStringLiteral("propensity"));
    const long long propensityRun =
        scalar("SELECT max(run_id) FROM ml.model_runs WHERE model = 'propensity' AND status = 'succeeded'");
    QCOMPARE(m_page->shownRunId(), propensityRun);
}

void ScoresPageTest::historyCompareAndOlderRuns()
{
    openWindow();
    const std::int64_t first = m_page->shownRunId();
    QVERIFY(first > 0);

    // A second propensity run, as a random forest.
    ui::ScoreRunBar* bar = m_page->runBar();
    bar->modeCombo()->setCurrentIndex(bar->modeCombo()->findData(QStringLiteral("random_forest")));
    const auto outcome = runFromPage();
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    const std::int64_t second = outcome->runId;
    QCOMPARE(text("SELECT params->>'mode' FROM ml.model_runs WHERE " + runCondition(second)),
             std::string("random_forest"));
    compareWithStoredRun(QStringLiteral("propensity"), second);
    QVERIFY(m_page->header()->modelText().contains(QStringLiteral("Random forest")));

    // The history: every propensity run, newest first, with its stored metrics and status.
    const auto history =
        rows("SELECT run_id, status, coalesce(metrics->>'roc_auc', 'null'), coalesce(metrics->>"
             "'scored_users', '0') FROM ml.model_runs WHERE model = 'propensity' ORDER BY run_id DESC");
    ui::ScoreRunsModel* runs = m_page->runsModel();
    QCOMPARE(runs->rowCount(), static_cast<int>(history.size()));
    for (int r = 0; r < runs->rowCount(); ++r) {
        const auto& h = history[static_cast<std::size_t>(r)];
        QCOMPARE(runs->index(r, ui::ScoreRunsModel::Run).data(Qt::EditRole).toLongLong(), std::atoll(h[0].c_str()));
        QCOMPARE(runs->index(r, ui::ScoreRunsModel::Status).data(ui::ScoreRunsModel::StatusKeyRole).toString(),
                 QString::fromStdString(h[1]));
        if (h[2] != "null")
            QVERIFY(near(runs->index(r, ui::ScoreRunsModel::RocAuc).data(Qt::EditRole).toDouble(),
                         std::atof(h[2].c_str())));
        QCOMPARE(runs->index(r, ui::ScoreRunsModel::Users).data(Qt::EditRole).toLongLong(), std::atoll(h[3].c_str()));
    }
    QCOMPARE(runs->index(runs->rowOf(second), ui::ScoreRunsModel::Window).data().toString(), QStringLiteral("30 days"));
    QCOMPARE(runs->index(runs->rowOf(second), ui::ScoreRunsModel::Mode).data().toString(),
             QStringLiteral("Random forest"));
    QCOMPARE(runs->index(runs->rowOf(second), ui::ScoreRunsModel::AsOf).data().toString(),
             QStringLiteral("2 May 2026"));

    // Compare: select both runs, press Compare; what it shows is ScoringService::compare.
    m_page->tabs()->setCurrentIndex(ScoresPage::RunsTab);
    QVERIFY(!m_page->compareButton()->isEnabled());
    selectRuns({second, first});
    QVERIFY(m_page->compareButton()->isEnabled());
    QVERIFY(!m_page->showRunButton()->isEnabled());
    QSignalSpy compared(m_page, &ScoresPage::compareFinished);
    QTest::mouseClick(m_page->compareButton(), Qt::LeftButton);
    QVERIFY(m_page->compareJob() != 0);
    QVERIFY(compared.wait(kWaitMs));
    QVERIFY(compared.last().at(0).toBool());
    core::ScoreDrift expected;
    {
        core::Database db(test::TestCluster::instance().params());
        expected = core::ScoringService::compare(db, first, second);
    }
    ui::ScoreDriftView* drift = m_page->driftView();
    QVERIFY(drift->drift());
    QCOMPARE(drift->drift()->runA, first);
    QCOMPARE(drift->drift()->runB, second);
    QVERIFY(near(drift->drift()->psi, expected.psi));
    QVERIFY(near(drift->drift()->bandChangeShare, expected.bandChangeShare));
    const QLocale locale;
    QVERIFY2(drift->psiText().contains(locale.toString(expected.psi, 'f', 3)), qPrintable(drift->psiText()));
    QVERIFY(drift->psiText().contains(ui::ScoreTexts::psiVerdict(expected.psi)));
    QVERIFY2(drift->bandChangeText().contains(ui::format::percent(expected.bandChangeShare, 1)),
             qPrintable(drift->bandChangeText()));
    QVERIFY(drift->meanText().contains(locale.toString(expected.meanA, 'f', 3)));
    QVERIFY(drift->meanText().contains(locale.toString(expected.meanB, 'f', 3)));
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 3; ++b)
            QCOMPARE(drift->bandMoveText(a, b),
                     locale.toString(static_cast<qlonglong>(
                         expected.bandMoves[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)])));
    }
    ui::CategoryBarChart* overlay = drift->histogramChart();
    QVERIFY(overlay->isVisible());
    QCOMPARE(overlay->seriesCount(), 2);
    const auto sharesA = overlay->plottedValues(0);
    const auto sharesB = overlay->plottedValues(1);
    for (std::size_t i = 0; i < 20; ++i) {
        QVERIFY(near(sharesA[i], static_cast<double>(expected.histogramA[i]) / static_cast<double>(expected.usersA)));
        QVERIFY(near(sharesB[i], static_cast<double>(expected.histogramB[i]) / static_cast<double>(expected.usersB)));
    }
    std::printf("drift %lld -> %lld: PSI %.4f, %.1f%% changed band\n", static_cast<long long>(first),
                static_cast<long long>(second), expected.psi, 100 * expected.bandChangeShare);
    saveScreenshot(*m_window, QStringLiteral("scores-compare-en.png"));

    // An older run on request: Show run, then back to the newest.
    selectRuns({first});
    QVERIFY(m_page->showRunButton()->isEnabled());
    QVERIFY(!m_page->compareButton()->isEnabled());
    QSignalSpy loaded(m_page, &ScoresPage::loaded);
    QTest::mouseClick(m_page->showRunButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(kWaitMs));
    compareWithStoredRun(QStringLiteral("propensity"), first);
    QVERIFY(m_page->header()->showNewestButton()->isVisible());
    QTest::mouseClick(m_page->header()->showNewestButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(m_page->shownRunId(), second);
    QVERIFY(!m_page->header()->showNewestButton()->isVisible());
}

void ScoresPageTest::cancelKeepsThePreviousRun()
{
    openWindow();
    const std::int64_t before = m_page->shownRunId();
    QVERIFY(before > 0);
    const long long succeededBefore = scalar("SELECT count(*) FROM ml.model_runs WHERE status = 'succeeded'");
    const long long scoresBefore = scalar("SELECT count(*) FROM ml.scores");
    const std::string digestBefore = scoresDigest();

    QSignalSpy finished(m_page, &ScoresPage::runFinished);
    ui::ScoreRunBar* bar = m_page->runBar();
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
    QElapsedTimer timer;
    timer.start();
    while (m_page->isLoading() && timer.elapsed() < kWaitMs)
        QTest::qWait(20);
    QCOMPARE(m_page->shownRunId(), before);
    QVERIFY(!m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE status = 'succeeded'"), succeededBefore);
    QCOMPARE(scalar("SELECT count(*) FROM ml.scores"), scoresBefore);
    QCOMPARE(scoresDigest(), digestBefore);
    compareWithStoredRun(QStringLiteral("propensity"), before);
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Info);
    QVERIFY(toast->text().contains(QStringLiteral("cancelled")));
    QVERIFY(toast->text().contains(QStringLiteral("still the stored ones")));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run cancelled"));
    QVERIFY(bar->runButton()->isVisible());
    QVERIFY(bar->runButton()->isEnabled());
}

void ScoresPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCOMPARE(ru.translate("kestrel::ui::ScoresPage", "Scores"), QStringLiteral("Скоринг"));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    openWindow();
    const std::int64_t newest = m_page->shownRunId();
    QVERIFY(newest > 0);
    QVERIFY(m_page->header()->modelText().contains(QStringLiteral("Случайный лес")));
    saveScreenshot(*m_window, QStringLiteral("scores-propensity-ru.png"));
    m_page->tabs()->setCurrentIndex(ScoresPage::UsersTab);
    saveScreenshot(*m_window, QStringLiteral("scores-propensity-users-ru.png"));

    m_page->tabs()->setCurrentIndex(ScoresPage::RunsTab);
    const auto succeeded = rows("SELECT run_id FROM ml.model_runs WHERE model = 'propensity' AND status = "
                                "'succeeded' ORDER BY run_id LIMIT 2");
    QCOMPARE(succeeded.size(), std::size_t(2));
    selectRuns({std::atoll(succeeded[0][0].c_str()), std::atoll(succeeded[1][0].c_str())});
    QSignalSpy compared(m_page, &ScoresPage::compareFinished);
    QTest::mouseClick(m_page->compareButton(), Qt::LeftButton);
    QVERIFY(compared.wait(kWaitMs));
    QVERIFY(compared.last().at(0).toBool());
    QVERIFY(m_page->driftView()->psiText().contains(QStringLiteral("PSI")));
    saveScreenshot(*m_window, QStringLiteral("scores-compare-ru.png"));

    m_page->tabs()->setCurrentIndex(ScoresPage::OverviewTab);
    switchModel(QStringLiteral("churn"));
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(m_page->header()->modelText().contains(QStringLiteral("60")));
    saveScreenshot(*m_window, QStringLiteral("scores-churn-ru.png"));
    m_page->tabs()->setCurrentIndex(ScoresPage::UsersTab);
    saveScreenshot(*m_window, QStringLiteral("scores-churn-users-ru.png"));

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
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_scores_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-scores-tests.log";
    core::logging::init(log);

    ScoresPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "scores_page_test.moc"
