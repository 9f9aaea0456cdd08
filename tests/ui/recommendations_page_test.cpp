// The Recommendations page against a real database. An empty database shows the "press Run" state
// (a run there fails clearly; a stored failed run is shown with its error). On generated data a
// recommender run inserted by hand (model_runs row, metrics JSON and an attached partition of
// ml.recommendations, as the service stores them) is shown as stored: header tiles equal the JSON
// and SQL, the evaluation charts plot the JSON's numbers, the mix and the most recommended products
// equal the JSON (and, for a run without them, aggregates over its rows), and a user look-up lists
// the user's rows with the reasons in words, says so for an unknown id and falls back to the run's
// popular list for a user without rows. "Evaluate a transactions file…" on a CSV the test writes
// (and its gzip) plots the same numbers as core::evaluateTransactionsCsv called directly; a bad
// file and a cut after the last purchase show the core's error in the dialog. Then the real path:
// Run on the page stores a run through RecommendService and shows it; a cancelled run keeps the
// previous one; a later failed run is shown above the results. Screenshots in English and Russian
// at 1280×800 and 1600×1000 go to the build folder.
#include "pages/user_card_window.h"
#include <QtWidgets/QApplication>
#include <algorithm>
#include "charts/category_bar_chart.h"
#include "common/logging.h"
#include "customers/recommend_service.h"
#include "db/database.h"
#include "dialogs/recommend_file_dialog.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "modeling/recommend_csv_evaluation.h"
#include "models/ltv_texts.h"
#include "models/model_jobs.h"
#include "models/recommend_evaluation_model.h"
#include "models/recommend_list_model.h"
#include "models/recommend_products_model.h"
#include "models/recommend_texts.h"
#include "pages/recommend_chart_data.h"
#include "pages/recommend_evaluation_panel.h"
#include "pages/recommend_header.h"
#include "pages/recommend_lookup.h"
#include "pages/recommend_mix_view.h"
#include "pages/recommend_run_bar.h"
#include "pages/recommendations_page.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/info_tiles.h"
#include "widgets/segmented_switch.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"
#include "widgets/value_format.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <pqxx/connection>
#include <pqxx/transaction>
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sys/stat.h>

using namespace kestrel;
using ui::RecommendationsPage;
using Kind = ui::RecommendModelKind;

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

void exec(const std::string& sql)
{
    core::Database db(test::TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
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

QJsonObject metricsOf(std::int64_t runId)
{
    return QJsonDocument::fromJson(
               QByteArray::fromStdString(
                   text("SELECT metrics::text FROM ml.model_runs WHERE run_id = " + std::to_string(runId))))
        .object();
}

/// Every stored recommendation, as one fingerprint.
std::string rowsDigest()
{
    return text("SELECT coalesce(md5(string_agg(concat_ws(',', run_id, user_id, rank, product_id, reason_kind, "
                "reason_product_id), '|' ORDER BY run_id, user_id, rank)), 'empty') FROM ml.recommendations");
}

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// The evaluation the hand-made run stores: distinct numbers for every model and metric.
struct Scores {
    const char* key;
    double precision, recall, ndcg, map, coverage;
};
constexpr Scores kScores[] = {
    {"hybrid", 0.0812, 0.2143, 0.1675, 0.1021, 0.62},       {"item_cf", 0.0633, 0.1702, 0.1288, 0.0807, 0.55},
    {"content", 0.0411, 0.1105, 0.0844, 0.0502, 0.71},      {"popularity_recent", 0.0520, 0.1390, 0.1101, 0.0655, 0.08},
    {"popularity", 0.0480, 0.1291, 0.0998, 0.0601, 0.0667},
};

/// A transactions file in the shape of online-retail (M/D/YYYY H:MM times, a quantity, a unit price,
/// a category): users mostly buy in one favourite category, so the personal models have something
/// to find. A few returns (negative quantity) and one row without a customer.
QByteArray transactionsCsv()
{
    QByteArray out = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Category\n";
    std::uint64_t state = 12345;
    const auto next = [&state](int n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
    };
    int invoice = 500000;
    for (int u = 0; u < 160; ++u) {
        const int favourite = u % 4;
        for (int k = 0; k < 9; ++k) {
            const int day = next(150); // 150 days from 1 Jan 2024
            const int category = next(10) < 8 ? favourite : next(4);
            const int item = category + 4 * next(10); // items 0..39, category = item % 4
            const QDate date = QDate(2024, 1, 1).addDays(day);
            const int quantity = next(20) == 0 ? -1 : 1 + next(3);
            out += QStringLiteral("%1,SKU-%2,\"Item %2, colour %3\",%4,%5/%6/%7 %8:%9,%10,C%11,Cat%12\n")
                       .arg(invoice++)
                       .arg(item, 2, 10, QLatin1Char('0'))
                       .arg(item % 3)
                       .arg(quantity)
                       .arg(date.month())
                       .arg(date.day())
                       .arg(date.year())
                       .arg(8 + next(10))
                       .arg(next(60), 2, 10, QLatin1Char('0'))
                       .arg(QString::number(2.5 + item * 0.75, 'f', 2))
                       .arg(1000 + u)
                       .arg(category)
                       .toUtf8();
        }
    }
    out += "599999,SKU-01,\"Item 01\",1,5/1/2024 10:00,3.25,,Cat1\n";
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write(bytes) == bytes.size());
}

void writeGzip(const QString& path, const QByteArray& bytes)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(f != nullptr);
    QCOMPARE(gzwrite(f, bytes.constData(), static_cast<unsigned>(bytes.size())), static_cast<int>(bytes.size()));
    QCOMPARE(gzclose(f), Z_OK);
}

} // namespace

class RecommendationsPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyDatabaseAsksToRun();
    void storedFailureWithoutResults();
    void handMadeRunIsShown();
    void evaluationChartsEqualTheJson();
    void mixAndTopProductsEqualTheJson();
    void lookUpListsTheUsersRows();
    void runWithoutStoredMixReadsItsRows();
    void fileEvaluationEqualsTheCore();
    void fileEvaluationErrorsAreShown();
    void runFromThePage();
    void cancelKeepsThePreviousRun();
    void laterFailedRunIsShownAboveResults();
    void englishScreenshots();
    void russianScreenshots();
    void onlineRetailEvaluation();

private:
    void openWindow(QSize size = {1400, 900});
    void waitUntilLoaded();
    ui::ModelOutcomePtr runFromPage(QPushButton* run);
    /// Inserts a succeeded run as the service stores it: rows for every user whose id is not a
    /// multiple of 10 (five each, one of every reason), attached as the run's partition; the metrics
    /// JSON gets the mix, the top products (15) and the evaluation above unless bare.
    std::int64_t insertHandMadeRun(bool bare);
    /// The user's list as the look-up shows it, after typing the id and pressing Enter.
    ui::RecommendUserListPtr lookUp(const QString& typed);
    /// Runs the file dialog to the end; returns the evaluation shown (null on failure).
    ui::RecommendEvaluationPtr evaluateFile(const QString& path, const QString& cutDate = {});
    const ui::RecommendRunDetail& shown() const { return *m_page->snapshot()->run; }
    void screenshots(const QString& language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    RecommendationsPage* m_page = nullptr;
    QTemporaryDir m_files;
    std::int64_t m_handRun = 0;
    std::int64_t m_realRun = 0;
};

void RecommendationsPageTest::initTestCase()
{
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
    QVERIFY(m_files.isValid());
}

void RecommendationsPageTest::init()
{
    QSettings().clear();
}

void RecommendationsPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void RecommendationsPageTest::openWindow(QSize size)
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->recommendationsPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &RecommendationsPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Recommendations);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    waitUntilLoaded(); // the most recommended products may follow the rest
    QVERIFY(m_page->isVisible());
    QVERIFY(
        m_window->windowTitle().contains(QCoreApplication::translate("kestrel::ui::MainWindow", "Recommendations")));
}

void RecommendationsPageTest::waitUntilLoaded()
{
    QElapsedTimer timer;
    timer.start();
    while ((m_page->isLoading() || m_page->isTopProductsPending()) && timer.elapsed() < kWaitMs)
        QTest::qWait(20);
    QVERIFY(!m_page->isLoading());
    QVERIFY(!m_page->isTopProductsPending());
}

ui::ModelOutcomePtr RecommendationsPageTest::runFromPage(QPushButton* run)
{
    const auto fail = [](const char* why) {
        qWarning("runFromPage: %s", why);
        return ui::ModelOutcomePtr();
    };
    QSignalSpy finished(m_page, &RecommendationsPage::runFinished);
    if (!run->isEnabled() || !run->isVisible())
        return fail("Run is not offered");
    QTest::mouseClick(run, Qt::LeftButton);
    if (m_page->runningJob() == 0)
        return fail("no job started");
    if (!m_window->statusArea()->isProgressVisible())
        return fail("no progress in the status area");
    if (!m_page->runBar()->cancelButton()->isVisible())
        return fail("no Cancel in the run bar");
    if (!finished.wait(kWaitMs))
        return fail("the run did not finish");
    auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QElapsedTimer timer;
    timer.start();
    while ((outcome->succeeded && m_page->shownRunId() != outcome->runId) || m_page->isLoading() ||
           m_page->isTopProductsPending()) {
        if (timer.elapsed() > kWaitMs)
            return fail("the page did not reload");
        QTest::qWait(20);
    }
    return outcome;
}

std::int64_t RecommendationsPageTest::insertHandMadeRun(bool bare)
{
    std::int64_t run = 0;
    {
        core::Database db(test::TestCluster::instance().params());
        db.transact([&](pqxx::work& tx) {
            run = tx.exec1("INSERT INTO ml.model_runs (model, status, params, started_at) VALUES ('recommend', "
                           "'running', '{\"top\": 5, \"half_life_days\": 45, \"as_of\": \"2026-05-02 "
                           "00:00:00+00\"}', now() - interval '2 minutes') RETURNING run_id")[0]
                      .as<std::int64_t>();
        });
    }
    const std::string id = std::to_string(run);
    const std::string table = "ml.recommendations_run_" + id;
    exec("CREATE TABLE " + table + " (LIKE ml.recommendations INCLUDING ALL)");
    exec("INSERT INTO " + table +
         " (run_id, user_id, rank, product_id, score, source, reason_kind, reason_product_id, reason_category) "
         "WITH p AS (SELECT product_id, category, (row_number() OVER (ORDER BY product_id) - 1)::int AS i FROM "
         "crm.products), n AS (SELECT count(*)::int AS c FROM crm.products) "
         "SELECT " +
         id +
         ", u.user_id, g.r, p.product_id, (1.0 - g.r * 0.15)::real, "
         "(ARRAY['item_cf', 'item_cf', 'content', 'popular', 'popular'])[g.r], "
         "(ARRAY['bought_together', 'viewed_together', 'similar_to', 'popular_in_category', 'popular'])[g.r], "
         "CASE WHEN g.r <= 3 THEN r.product_id END, CASE WHEN g.r = 4 THEN p.category END "
         "FROM crm.users u CROSS JOIN generate_series(1, 5) g(r) CROSS JOIN n "
         "JOIN p ON p.i = (u.user_id * 7 + g.r * 13) % n.c JOIN p r ON r.i = (u.user_id * 7 + g.r * 13 + 1) % n.c "
         "WHERE u.user_id % 10 <> 0");
    exec("CREATE INDEX ON " + table + " (user_id, rank)");
    exec("ALTER TABLE ml.recommendations ATTACH PARTITION " + table + " FOR VALUES IN (" + id + ")");

    QJsonObject m;
    m[QStringLiteral("as_of")] = QStringLiteral("2026-05-02 00:00:00+00");
    if (!bare) {
        m[QStringLiteral("users")] = static_cast<double>(scalar("SELECT count(*) FROM crm.users"));
        m[QStringLiteral("cold_users")] = 137;
        m[QStringLiteral("active_items")] = static_cast<double>(scalar("SELECT count(*) FROM crm.products"));
        m[QStringLiteral("recommended_items")] =
            static_cast<double>(scalar("SELECT count(DISTINCT product_id) FROM " + table));
        m[QStringLiteral("top")] = 5;
        QJsonObject bySource, byReason;
        for (const auto& r : rows("SELECT source, count(*) FROM " + table + " GROUP BY 1"))
            bySource[q(r[0])] = std::atof(r[1].c_str());
        for (const auto& r : rows("SELECT reason_kind, count(*) FROM " + table + " GROUP BY 1"))
            byReason[q(r[0])] = std::atof(r[1].c_str());
        m[QStringLiteral("mix")] =
            QJsonObject{{QStringLiteral("by_source"), bySource}, {QStringLiteral("by_reason"), byReason}};
        QJsonArray top;
        for (const auto& r : rows("SELECT product_id, count(*), avg(rank) FROM " + table +
                                  " GROUP BY 1 ORDER BY 2 DESC, 3, 1 LIMIT 15"))
            top.append(QJsonObject{{QStringLiteral("product_id"), std::atof(r[0].c_str())},
                                   {QStringLiteral("users"), std::atof(r[1].c_str())},
                                   {QStringLiteral("mean_rank"), std::atof(r[2].c_str())}});
        m[QStringLiteral("top_recommended")] = top;
        QJsonObject models;
        for (const Scores& s : kScores)
            models[QLatin1String(s.key)] =
                QJsonObject{{QStringLiteral("precision"), s.precision}, {QStringLiteral("recall"), s.recall},
                            {QStringLiteral("ndcg"), s.ndcg},           {QStringLiteral("map"), s.map},
                            {QStringLiteral("coverage"), s.coverage},   {QStringLiteral("users"), 311}};
        m[QStringLiteral("evaluation")] = QJsonObject{{QStringLiteral("cut_date"), QStringLiteral("2026-04-02")},
                                                      {QStringLiteral("test_days"), 30},
                                                      {QStringLiteral("test_users"), 311},
                                                      {QStringLiteral("evaluated_users"), 311},
                                                      {QStringLiteral("test_purchases"), 402},
                                                      {QStringLiteral("cold_test_users"), 12},
                                                      {QStringLiteral("k"), 5},
                                                      {QStringLiteral("models"), models}};
        m[QStringLiteral("warnings")] = QJsonArray{QStringLiteral("12 products have no price, so no price band")};
        m[QStringLiteral("timings")] = QJsonObject{{QStringLiteral("read_seconds"), 0.25},
                                                   {QStringLiteral("fit_seconds"), 1.5},
                                                   {QStringLiteral("write_seconds"), 0.75}};
    }
    QJsonArray popular;
    for (const auto& r : rows("SELECT product_id, category FROM crm.products ORDER BY product_id DESC LIMIT 20"))
        popular.append(QJsonObject{{QStringLiteral("product_id"), std::atof(r[0].c_str())},
                                   {QStringLiteral("score"), 1.0 - popular.size() * 0.04},
                                   {QStringLiteral("category"), q(r[1])}});
    m[QStringLiteral("popular")] = popular;
    const std::string json = QJsonDocument(m).toJson(QJsonDocument::Compact).toStdString();
    core::Database db(test::TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) {
        tx.exec_params0("UPDATE ml.model_runs SET status = 'succeeded', finished_at = now(), duration_ms = 2500, "
                        "metrics = $1::jsonb WHERE run_id = $2",
                        json, run);
    });
    return run;
}

ui::RecommendUserListPtr RecommendationsPageTest::lookUp(const QString& typed)
{
    ui::RecommendLookUp* box = m_page->lookUp();
    QSignalSpy done(m_page, &RecommendationsPage::lookUpFinished);
    box->idEdit()->setFocus();
    box->idEdit()->setText(typed);
    QTest::keyClick(box->idEdit(), Qt::Key_Return);
    if (done.isEmpty() && !done.wait(kWaitMs))
        return nullptr;
    return box->list();
}

ui::RecommendEvaluationPtr RecommendationsPageTest::evaluateFile(const QString& path, const QString& cutDate)
{
    ui::RecommendFileDialog* dialog = m_page->openFileEvaluation();
    if (!dialog)
        return nullptr;
    QSignalSpy columns(dialog, &ui::RecommendFileDialog::columnsLoaded);
    dialog->setFile(path);
    if (!columns.wait(kWaitMs) || dialog->columns().isEmpty())
        return nullptr;
    dialog->setCutDate(cutDate);
    QSignalSpy finished(m_page, &RecommendationsPage::fileEvaluationFinished);
    QTest::mouseClick(dialog->evaluateButton(), Qt::LeftButton);
    if (!dialog->isRunning() || !dialog->progressBar()->isVisible() || !dialog->cancelButton()->isVisible())
        return nullptr;
    if (!finished.wait(kWaitMs) || !finished.last().at(0).toBool())
        return nullptr;
    return m_page->evaluation()->fileEvaluation();
}

void RecommendationsPageTest::emptyDatabaseAsksToRun()
{
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 0LL);
    openWindow({1280, 800});
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("No recommendations yet"));
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Press Run")));
    QVERIFY(m_page->emptyStateRunButton()->isVisible());
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
    QVERIFY(m_page->emptyStateFileButton()->isVisible());
    QVERIFY(!m_page->evaluation()->isVisible()); // no empty charts
    QCOMPARE(m_page->runBar()->topSpin()->value(), 10);
    QCOMPARE(m_page->runBar()->halfLifeSpin()->value(), 60);
    savePicture(*m_window, QStringLiteral("recommendations-empty-en-1280x800.png"));

    // Run on a database without users fails before writing anything, says why, and the empty
    // state stays.
    const auto outcome = runFromPage(m_page->emptyStateRunButton());
    QVERIFY(outcome);
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(!outcome->error.isEmpty(), "no reason given");
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY2(toast->text().startsWith(QStringLiteral("Recommender run failed: ")), qPrintable(toast->text()));
    QVERIFY(toast->text().contains(outcome->error));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run failed"));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'recommend' AND status = 'succeeded'"), 0LL);
    QVERIFY(m_page->runBar()->runButton()->isEnabled());
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
    exec("DELETE FROM ml.model_runs WHERE model = 'recommend'");
}

void RecommendationsPageTest::storedFailureWithoutResults()
{
    exec("INSERT INTO ml.model_runs (model, status, params, started_at, finished_at, duration_ms, error) VALUES "
         "('recommend', 'failed', '{\"top\": 10}', now() - interval '5 minutes', now() - interval '4 minutes', "
         "60000, 'could not extend file: No space left on device')");
    openWindow({1280, 800});
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("The last recommender run failed"));
    QVERIFY2(m_page->emptyStateText().contains(QStringLiteral("could not extend file: No space left on device")),
             qPrintable(m_page->emptyStateText()));
    const long long failedRun = scalar("SELECT max(run_id) FROM ml.model_runs WHERE status = 'failed'");
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Run %1").arg(failedRun)));
    QCOMPARE(m_page->emptyStateRunButton()->text(), QStringLiteral("Run again"));
    savePicture(*m_window, QStringLiteral("recommendations-failed-en-1280x800.png"));
    exec("DELETE FROM ml.model_runs WHERE model = 'recommend'");
}

void RecommendationsPageTest::handMadeRunIsShown()
{
    // 1,200 generated users over eight months, 60 products; then a run inserted by hand.
    core::SynthOptions options;
    options.users = 1200;
    options.products = 60;
    options.days = 240;
    options.events = 90000;
    options.seed = 17;
    options.endDate = "2026-05-01";
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), 1200LL);
    QCOMPARE(scalar("SELECT count(*) FROM crm.products"), 60LL);
    m_handRun = insertHandMadeRun(false);

    openWindow();
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(!m_page->isRunFailureVisible());
    QCOMPARE(m_page->shownRunId(), m_handRun);
    const QJsonObject m = metricsOf(m_handRun);

    const QString header = m_page->header()->summaryText();
    QVERIFY2(header.contains(QStringLiteral("As of 2 May 2026")), qPrintable(header));
    QVERIFY(header.contains(QStringLiteral("run %1, finished").arg(m_handRun)));
    QVERIFY2(header.contains(QStringLiteral("5 products per user, half-life 45 days")), qPrintable(header));
    QCOMPARE(m_page->header()->warnings(), QStringList{QStringLiteral("12 products have no price, so no price band")});
    QVERIFY(m_page->header()->areWarningsVisible());

    ui::InfoTiles* tiles = m_page->header()->tiles();
    const QLocale locale;
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Users), locale.toString(1200));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::ColdUsers), QStringLiteral("137"));
    QCOMPARE(tiles->captionText(ui::RecommendHeader::ColdUsers),
             QStringLiteral("%1 of the users get the popular list").arg(ui::format::percent(137.0 / 1200.0, 1)));
    const long long recommended =
        scalar("SELECT count(DISTINCT product_id) FROM ml.recommendations WHERE run_id = " + std::to_string(m_handRun));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Products), QStringLiteral("%1 of 60").arg(recommended));
    QCOMPARE(tiles->captionText(ui::RecommendHeader::Products),
             QStringLiteral("coverage %1 of the catalogue").arg(ui::format::percent(recommended / 60.0, 1)));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Duration), QStringLiteral("2.5 s"));
    QVERIFY2(tiles->toolTipText(ui::RecommendHeader::Duration).contains(QStringLiteral("fitting the model: 1.5 s")),
             qPrintable(tiles->toolTipText(ui::RecommendHeader::Duration)));
    QVERIFY(!shown().mixFromTable);
    QVERIFY(!shown().topFromTable);
    QCOMPARE(static_cast<long long>(m.value(QStringLiteral("recommended_items")).toDouble()), recommended);
}

void RecommendationsPageTest::evaluationChartsEqualTheJson()
{
    openWindow();
    QCOMPARE(m_page->shownRunId(), m_handRun);
    ui::RecommendEvaluationPanel* panel = m_page->evaluation();
    QCOMPARE(panel->currentSource(), ui::RecommendEvaluationPanel::kDatabase);
    QVERIFY(!panel->sourceSwitch()->button(ui::RecommendEvaluationPanel::kFile)->isEnabled());
    ui::CategoryBarChart* chart = panel->metricsChart();
    QCOMPARE(chart->categories(), (QStringList{QStringLiteral("Precision@5"), QStringLiteral("Recall@5"),
                                               QStringLiteral("NDCG@5"), QStringLiteral("MAP@5")}));
    QCOMPARE(chart->seriesCount(), 5);
    for (int i = 0; i < 5; ++i) {
        const Scores& s = kScores[i];
        QCOMPARE(chart->seriesName(i), ui::RecommendTexts::modelName(static_cast<Kind>(i)));
        const std::vector<double> values = chart->plottedValues(i);
        QCOMPARE(values, (std::vector<double>{s.precision, s.recall, s.ndcg, s.map}));
    }
    QCOMPARE(chart->seriesName(0), QStringLiteral("Hybrid"));
    QCOMPARE(chart->seriesName(4), QStringLiteral("Plain popularity"));
    QCOMPARE(chart->tooltipText(0, 2).contains(QStringLiteral("0.168")), true);
    // Legend toggles hide and show a model.
    chart->setSeriesVisible(3, false);
    QVERIFY(!chart->isSeriesVisible(3));
    chart->setSeriesVisible(3, true);

    ui::CategoryBarChart* coverage = panel->coverageChart();
    QCOMPARE(coverage->categories().size(), 5);
    QCOMPARE(coverage->categories().first(), QStringLiteral("Hybrid"));
    std::vector<double> expected;
    for (const Scores& s : kScores)
        expected.push_back(s.coverage);
    QCOMPARE(coverage->plottedValues(0), expected);

    // The exact numbers, a row per model.
    ui::RecommendEvaluationModel* table = panel->tableModel();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->headerData(ui::RecommendEvaluationModel::Ndcg, Qt::Horizontal).toString(),
             QStringLiteral("NDCG@5"));
    QCOMPARE(table->headerData(ui::RecommendEvaluationModel::Precision, Qt::Horizontal).toString(),
             QStringLiteral("P@5"));
    for (int r = 0; r < 5; ++r) {
        const Scores& s = kScores[r];
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Model).data().toString(),
                 ui::RecommendTexts::modelName(static_cast<Kind>(r)));
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Precision).data(Qt::EditRole).toDouble(), s.precision);
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Recall).data(Qt::EditRole).toDouble(), s.recall);
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Ndcg).data(Qt::EditRole).toDouble(), s.ndcg);
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Map).data(Qt::EditRole).toDouble(), s.map);
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Coverage).data(Qt::EditRole).toDouble(), s.coverage);
        QCOMPARE(table->index(r, ui::RecommendEvaluationModel::Users).data(Qt::EditRole).toLongLong(), 311LL);
    }
    QCOMPARE(table->index(0, ui::RecommendEvaluationModel::Ndcg).data().toString(), QStringLiteral("0.1675"));

    // Tiles: the lift of the hybrid's NDCG over plain popularity, precision, cut date, test users.
    ui::InfoTiles* tiles = panel->tiles();
    QCOMPARE(tiles->valueText(ui::RecommendEvaluationPanel::Lift),
             QStringLiteral("×%1").arg(QLocale().toString(0.1675 / 0.0998, 'f', 2)));
    QCOMPARE(tiles->valueText(ui::RecommendEvaluationPanel::Lift), QStringLiteral("×1.68"));
    QCOMPARE(tiles->captionText(ui::RecommendEvaluationPanel::Lift), QStringLiteral("NDCG@5 0.168 vs 0.0998"));
    QCOMPARE(tiles->valueText(ui::RecommendEvaluationPanel::Precision), QStringLiteral("8.1%"));
    QCOMPARE(tiles->valueText(ui::RecommendEvaluationPanel::CutDate), QStringLiteral("2 Apr 2026"));
    QCOMPARE(tiles->valueText(ui::RecommendEvaluationPanel::TestUsers), QStringLiteral("311"));
    QVERIFY(tiles->captionText(ui::RecommendEvaluationPanel::TestUsers).contains(QStringLiteral("12")));
    QVERIFY2(panel->descriptionText().contains(QStringLiteral("2 Apr 2026")), qPrintable(panel->descriptionText()));
}

void RecommendationsPageTest::mixAndTopProductsEqualTheJson()
{
    openWindow();
    ui::RecommendMixView* mix = m_page->mix();
    const QJsonObject m = metricsOf(m_handRun);
    const QJsonObject byReason =
        m.value(QStringLiteral("mix")).toObject().value(QStringLiteral("by_reason")).toObject();
    const QJsonObject bySource =
        m.value(QStringLiteral("mix")).toObject().value(QStringLiteral("by_source")).toObject();
    const std::string run = std::to_string(m_handRun);

    QCOMPARE(mix->mixSwitch()->current(), ui::RecommendMixView::kReasons);
    QCOMPARE(
        mix->mixChart()->categories(),
        (QStringList{QStringLiteral("Bought together"), QStringLiteral("Viewed together"), QStringLiteral("Similar"),
                     QStringLiteral("Popular in category"), QStringLiteral("Popular")}));
    std::vector<double> reasons;
    for (const char* k : {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"}) {
        reasons.push_back(byReason.value(QLatin1String(k)).toDouble());
        QCOMPARE(
            static_cast<long long>(reasons.back()),
            scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run + " AND reason_kind = '" + k + "'"));
    }
    QCOMPARE(mix->mixChart()->plottedValues(0), reasons);
    QVERIFY2(mix->mixChart()->tooltipText(0, 0).contains(QStringLiteral("20.0% of all")),
             qPrintable(mix->mixChart()->tooltipText(0, 0)));
    QTest::mouseClick(mix->mixSwitch()->button(ui::RecommendMixView::kSources), Qt::LeftButton);
    QCOMPARE(mix->mixChart()->categories(),
             (QStringList{QStringLiteral("Item-to-item CF"), QStringLiteral("Content"), QStringLiteral("Popularity")}));
    QCOMPARE(mix->mixChart()->plottedValues(0),
             (std::vector<double>{bySource.value(QStringLiteral("item_cf")).toDouble(),
                                  bySource.value(QStringLiteral("content")).toDouble(),
                                  bySource.value(QStringLiteral("popular")).toDouble()}));

    // The most recommended products: the JSON's 15, with names and categories from crm.products.
    ui::RecommendProductsModel* products = mix->productsModel();
    const QJsonArray top = m.value(QStringLiteral("top_recommended")).toArray();
    QCOMPARE(products->rowCount(), 15);
    QCOMPARE(top.size(), 15);
    for (int r = 0; r < products->rowCount(); ++r) {
        const QJsonObject o = top.at(r).toObject();
        const long long id = static_cast<long long>(o.value(QStringLiteral("product_id")).toDouble());
        QCOMPARE(products->index(r, ui::RecommendProductsModel::ProductId).data(Qt::EditRole).toLongLong(), id);
        QCOMPARE(products->index(r, ui::RecommendProductsModel::Product).data().toString(),
                 q(text("SELECT name FROM crm.products WHERE product_id = " + std::to_string(id))));
        QCOMPARE(products->index(r, ui::RecommendProductsModel::Category).data().toString(),
                 q(text("SELECT category FROM crm.products WHERE product_id = " + std::to_string(id))));
        QCOMPARE(products->index(r, ui::RecommendProductsModel::Users).data(Qt::EditRole).toLongLong(),
                 static_cast<long long>(o.value(QStringLiteral("users")).toDouble()));
        QVERIFY(near(products->index(r, ui::RecommendProductsModel::MeanRank).data(Qt::EditRole).toDouble(),
                     o.value(QStringLiteral("mean_rank")).toDouble()));
        QVERIFY(near(products->index(r, ui::RecommendProductsModel::Share).data(Qt::EditRole).toDouble(),
                     o.value(QStringLiteral("users")).toDouble() / 1200.0));
    }
    QCOMPARE(products->index(0, ui::RecommendProductsModel::Users).data(Qt::EditRole).toLongLong(),
             scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run +
                    " GROUP BY product_id ORDER BY 1 DESC LIMIT 1"));
    QVERIFY(mix->productsNote().contains(QStringLiteral("15 products")));
}

void RecommendationsPageTest::lookUpListsTheUsersRows()
{
    openWindow();
    ui::RecommendLookUp* box = m_page->lookUp();
    QVERIFY(!box->cardButton()->isEnabled());
    const std::string run = std::to_string(m_handRun);

    // A user with rows: exactly the stored rows, in rank order, each reason in words.
    const long long user = scalar("SELECT min(user_id) FROM ml.recommendations WHERE run_id = " + run);
    auto list = lookUp(QString::number(user));
    QVERIFY(list);
    QVERIFY(list->known);
    QVERIFY(!list->popularFallback);
    const auto expected = rows("SELECT r.rank, r.product_id, r.reason_kind, coalesce(rp.name, ''), "
                               "coalesce(r.reason_category, ''), p.name FROM ml.recommendations r "
                               "JOIN crm.products p ON p.product_id = r.product_id "
                               "LEFT JOIN crm.products rp ON rp.product_id = r.reason_product_id WHERE r.run_id = " +
                               run + " AND r.user_id = " + std::to_string(user) + " ORDER BY r.rank");
    ui::RecommendListModel* model = box->listModel();
    QCOMPARE(model->rowCount(), static_cast<int>(expected.size()));
    QCOMPARE(model->rowCount(), 5);
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& e = expected[static_cast<std::size_t>(r)];
        QCOMPARE(model->index(r, ui::RecommendListModel::Rank).data(Qt::EditRole).toInt(), std::atoi(e[0].c_str()));
        QCOMPARE(model->index(r, ui::RecommendListModel::ProductId).data(Qt::EditRole).toLongLong(),
                 std::atoll(e[1].c_str()));
        QCOMPARE(model->index(r, ui::RecommendListModel::Product).data().toString(), q(e[5]));
        QString sentence;
        if (e[2] == "bought_together")
            sentence = QStringLiteral("Bought together with ") + q(e[3]);
        else if (e[2] == "viewed_together")
            sentence = QStringLiteral("Viewed together with ") + q(e[3]);
        else if (e[2] == "similar_to")
            sentence = QStringLiteral("Similar to ") + q(e[3]);
        else if (e[2] == "popular_in_category")
            sentence = QStringLiteral("Popular in ") + q(e[4]);
        else
            sentence = QStringLiteral("Popular now");
        QCOMPARE(model->index(r, ui::RecommendListModel::Reason).data().toString(), sentence);
    }
    const QString name = q(text("SELECT full_name FROM crm.users WHERE user_id = " + std::to_string(user)));
    QCOMPARE(box->messageText(),
             QStringLiteral("%1 (user %2): 5 products from run %3, best first.").arg(name).arg(user).arg(m_handRun));
    // The card button asks main_window for the user's card.
    QVERIFY(box->cardButton()->isEnabled());
    QSignalSpy card(m_page, &RecommendationsPage::customerActivated);
    QTest::mouseClick(box->cardButton(), Qt::LeftButton);
    QCOMPARE(card.count(), 1);
    QCOMPARE(card.first().at(0).toLongLong(), user);
    QVERIFY(userCardOpen(user));

    // A user without rows in the run: the run's popular list (the first "top" of it), popular now.
    list = lookUp(QString::number(scalar("SELECT min(user_id) FROM crm.users WHERE user_id % 10 = 0")));
    QVERIFY(list);
    QVERIFY(list->known);
    QVERIFY(list->popularFallback);
    QCOMPARE(model->rowCount(), 5);
    const QJsonArray popular = metricsOf(m_handRun).value(QStringLiteral("popular")).toArray();
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(model->index(r, ui::RecommendListModel::ProductId).data(Qt::EditRole).toLongLong(),
                 static_cast<long long>(popular.at(r).toObject().value(QStringLiteral("product_id")).toDouble()));
        QCOMPARE(model->index(r, ui::RecommendListModel::Reason).data().toString(), QStringLiteral("Popular now"));
        QCOMPARE(model->index(r, ui::RecommendListModel::Product).data().toString(),
                 q(text("SELECT name FROM crm.products WHERE product_id = " +
                        std::to_string(
                            model->index(r, ui::RecommendListModel::ProductId).data(Qt::EditRole).toLongLong()))));
    }
    QVERIFY2(box->messageText().contains(QStringLiteral("has no list in run %1").arg(m_handRun)),
             qPrintable(box->messageText()));
    QVERIFY(box->cardButton()->isEnabled());

    // An id that is no user; text that is no id.
    list = lookUp(QStringLiteral("987654321"));
    QVERIFY(list);
    QVERIFY(!list->known);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(box->messageText(), QStringLiteral("There is no user 987654321 in the database."));
    QVERIFY(!box->cardButton()->isEnabled());
    box->idEdit()->setText(QStringLiteral("abc"));
    QTest::keyClick(box->idEdit(), Qt::Key_Return);
    QCOMPARE(box->messageText(), QStringLiteral("“abc” is not a user id: enter a whole number, e.g. 1042."));
    QCOMPARE(model->rowCount(), 0);
}

void RecommendationsPageTest::runWithoutStoredMixReadsItsRows()
{
    // A run whose metrics hold neither the mix nor the top products (nor the counts): the page
    // aggregates its rows (off the GUI thread) and the numbers equal SQL.
    const std::int64_t bare = insertHandMadeRun(true);
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->recommendationsPage();
    QSignalSpy loaded(m_page, &RecommendationsPage::loaded);
    QSignalSpy topShown(m_page, &RecommendationsPage::topProductsShown);
    m_window->showPage(ui::MainWindow::Page::Recommendations);
    m_window->show();
    QVERIFY(loaded.wait(kWaitMs));
    // The run is shown first; its most recommended products follow once counted over its rows.
    QCOMPARE(m_page->shownRunId(), bare);
    QVERIFY(shown().topPending);
    QVERIFY(topShown.count() == 1 || topShown.wait(kWaitMs));
    QVERIFY(!m_page->isTopProductsPending());
    QVERIFY(shown().mixFromTable);
    QVERIFY(shown().topFromTable);
    const std::string run = std::to_string(bare);
    std::vector<double> reasons;
    for (const char* k : {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"})
        reasons.push_back(static_cast<double>(scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run +
                                                     " AND reason_kind = '" + k + "'")));
    QCOMPARE(m_page->mix()->mixChart()->plottedValues(0), reasons);
    const auto top =
        rows("SELECT product_id, count(*), avg(rank)::float8 FROM ml.recommendations WHERE run_id = " + run +
             " GROUP BY 1 ORDER BY 2 DESC, 3, 1 LIMIT 20");
    ui::RecommendProductsModel* products = m_page->mix()->productsModel();
    QCOMPARE(products->rowCount(), static_cast<int>(top.size()));
    for (int r = 0; r < products->rowCount(); ++r) {
        QCOMPARE(products->index(r, ui::RecommendProductsModel::ProductId).data(Qt::EditRole).toLongLong(),
                 std::atoll(top[static_cast<std::size_t>(r)][0].c_str()));
        QCOMPARE(products->index(r, ui::RecommendProductsModel::Users).data(Qt::EditRole).toLongLong(),
                 std::atoll(top[static_cast<std::size_t>(r)][1].c_str()));
    }
    ui::InfoTiles* tiles = m_page->header()->tiles();
    QCOMPARE(
        tiles->valueText(ui::RecommendHeader::Users),
        QLocale().toString(scalar("SELECT count(DISTINCT user_id) FROM ml.recommendations WHERE run_id = " + run)));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Products),
             QStringLiteral("%1 of %2")
                 .arg(scalar("SELECT count(DISTINCT product_id) FROM ml.recommendations WHERE run_id = " + run))
                 .arg(scalar("SELECT count(*) FROM crm.products WHERE is_active")));
    // No evaluation stored: the charts say so instead of plotting nothing.
    QCOMPARE(m_page->evaluation()->metricsChart()->message(), QStringLiteral("This run stored no evaluation."));
    exec("DELETE FROM ml.model_runs WHERE run_id = " + run);
    exec("DROP TABLE ml.recommendations_run_" + run);
}

void RecommendationsPageTest::fileEvaluationEqualsTheCore()
{
    const QString csv = m_files.filePath(QStringLiteral("retail-sample.csv"));
    const QString gz = m_files.filePath(QStringLiteral("retail-sample.csv.gz"));
    writeFile(csv, transactionsCsv());
    writeGzip(gz, transactionsCsv());

    // The core, called directly with the same columns and the run bar's settings.
    core::RecommendCsvOptions options;
    options.file.path = csv.toStdString();
    options.file.userColumn = "CustomerID";
    options.file.itemColumn = "StockCode";
    options.file.timeColumn = "InvoiceDate";
    options.file.quantityColumn = "Quantity";
    options.file.priceColumn = "UnitPrice";
    options.file.categoryColumn = "Category";
    const core::RecommendCsvEvaluation direct = core::evaluateTransactionsCsv(options);
    const QJsonObject json = core::recommendCsvEvaluationJson(direct, options.recommend);
    QVERIFY(direct.evaluation.hybrid.ndcg > 0);

    openWindow();
    ui::RecommendFileDialog* dialog = m_page->openFileEvaluation();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy columns(dialog, &ui::RecommendFileDialog::columnsLoaded);
    dialog->setFile(csv);
    QVERIFY(columns.wait(kWaitMs));
    // The combos are guessed from the header's names; Description and InvoiceNo are left alone.
    QCOMPARE(dialog->column(ui::RecommendFileDialog::User), QStringLiteral("CustomerID"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Item), QStringLiteral("StockCode"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Time), QStringLiteral("InvoiceDate"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Quantity), QStringLiteral("Quantity"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Price), QStringLiteral("UnitPrice"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Category), QStringLiteral("Category"));
    // Russian exports and other spellings are guessed too; a column is never taken twice.
    const QStringList russian{QStringLiteral("Номер"),    QStringLiteral("Клиент"),     QStringLiteral("Артикул"),
                              QStringLiteral("Дата"),     QStringLiteral("Количество"), QStringLiteral("Цена"),
                              QStringLiteral("Категория")};
    const std::vector<bool> none(static_cast<std::size_t>(russian.size()), false);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::User, russian, none), 1);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Item, russian, none), 2);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Time, russian, none), 3);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Quantity, russian, none), 4);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Price, russian, none), 5);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Category, russian, none), 6);
    const QStringList other{QStringLiteral("user_id"), QStringLiteral("product_id"), QStringLiteral("created_at"),
                            QStringLiteral("order_date")};
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::User, other, {}), 0);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Item, other, {}), 1);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Time, other, {}), 3); // order date first
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Time, other, {false, false, false, true}),
             2);
    QCOMPARE(ui::RecommendFileDialog::guessColumn(ui::RecommendFileDialog::Category, other, {}), -1);
    QCOMPARE(dialog->previewTable()->columnCount(), 8);
    QCOMPARE(dialog->previewTable()->rowCount(), 5);
    QVERIFY(dialog->evaluateButton()->isEnabled());
    dialog->resize(900, dialog->sizeHint().height());
    savePicture(*dialog, QStringLiteral("recommendations-file-dialog-en.png"));
    dialog->reject();
    QTest::qWait(50);

    for (const QString& path : {csv, gz}) {
        const ui::RecommendEvaluationPtr e = evaluateFile(path);
        QVERIFY2(e, qPrintable(path));
        QVERIFY(!m_page->fileDialog()); // closed on success
        ui::RecommendEvaluationPanel* panel = m_page->evaluation();
        QCOMPARE(panel->currentSource(), ui::RecommendEvaluationPanel::kFile);
        QCOMPARE(panel->sourceSwitch()->button(ui::RecommendEvaluationPanel::kFile)->text(),
                 QFileInfo(path).fileName());
        QCOMPARE(e->rows, static_cast<std::int64_t>(json.value(QStringLiteral("rows")).toDouble()));
        QCOMPARE(e->purchases, direct.purchases);
        QCOMPARE(e->returns, direct.returns);
        QCOMPARE(e->skippedNoUser, std::int64_t{1});
        QCOMPARE(e->cutDate, q(direct.cutDate));
        QCOMPARE(e->testUsers, direct.evaluation.testUsers);
        const QJsonObject models = json.value(QStringLiteral("models")).toObject();
        ui::CategoryBarChart* chart = panel->metricsChart();
        QVERIFY2(chart->title().contains(QFileInfo(path).fileName()), qPrintable(chart->title()));
        QCOMPARE(chart->seriesCount(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject o = models.value(ui::RecommendTexts::modelKey(static_cast<Kind>(i))).toObject();
            const std::vector<double> values = chart->plottedValues(i);
            QCOMPARE(values.size(), std::size_t{4});
            QVERIFY(near(values[0], o.value(QStringLiteral("precision")).toDouble()));
            QVERIFY(near(values[1], o.value(QStringLiteral("recall")).toDouble()));
            QVERIFY(near(values[2], o.value(QStringLiteral("ndcg")).toDouble()));
            QVERIFY(near(values[3], o.value(QStringLiteral("map")).toDouble()));
            QVERIFY(near(panel->coverageChart()->plottedValues(0)[static_cast<std::size_t>(i)],
                         o.value(QStringLiteral("coverage")).toDouble()));
        }
        QCOMPARE(panel->tiles()->valueText(ui::RecommendEvaluationPanel::Lift),
                 QStringLiteral("×%1").arg(
                     QLocale().toString(direct.evaluation.hybrid.ndcg / direct.evaluation.popular.ndcg, 'f', 2)));
        QVERIFY2(panel->descriptionText().contains(QFileInfo(path).fileName()), qPrintable(panel->descriptionText()));
        QVERIFY(panel->descriptionText().contains(QStringLiteral("category, price band")));
        ui::Toast* toast = lastToast(m_window.get());
        QVERIFY(toast);
        QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    }
    // The switch goes back to this database's evaluation and to the file again.
    ui::RecommendEvaluationPanel* panel = m_page->evaluation();
    QTest::mouseClick(panel->sourceSwitch()->button(ui::RecommendEvaluationPanel::kDatabase), Qt::LeftButton);
    QCOMPARE(panel->metricsChart()->plottedValues(0),
             (std::vector<double>{kScores[0].precision, kScores[0].recall, kScores[0].ndcg, kScores[0].map}));
    QTest::mouseClick(panel->sourceSwitch()->button(ui::RecommendEvaluationPanel::kFile), Qt::LeftButton);
    QVERIFY(near(panel->metricsChart()->plottedValues(0)[2], direct.evaluation.hybrid.ndcg));

    // A cut date given in the dialog reaches the core.
    options.cutDate = "2024-04-15";
    const core::RecommendCsvEvaluation cut = core::evaluateTransactionsCsv(options);
    const ui::RecommendEvaluationPtr e = evaluateFile(csv, QStringLiteral("2024-04-15"));
    QVERIFY(e);
    QCOMPARE(e->cutDate, QStringLiteral("2024-04-15"));
    QVERIFY(!e->defaultCut);
    QCOMPARE(e->testUsers, cut.evaluation.testUsers);
    QVERIFY(near(e->model(Kind::Hybrid).ndcg, cut.evaluation.hybrid.ndcg));
    QCOMPARE(m_page->evaluation()->tiles()->captionText(ui::RecommendEvaluationPanel::CutDate),
             QStringLiteral("chosen for this evaluation"));
}

void RecommendationsPageTest::fileEvaluationErrorsAreShown()
{
    openWindow();
    // A bad time on line 4: the core's message names the file, the line and the column.
    QByteArray bad = "CustomerID,StockCode,InvoiceDate,Quantity\n"
                     "C1,SKU-1,2024-01-02 10:00,1\n"
                     "C2,SKU-2,2024-01-03 11:00,2\n"
                     "C3,SKU-1,yesterday,1\n";
    const QString badPath = m_files.filePath(QStringLiteral("bad-times.csv"));
    writeFile(badPath, bad);
    ui::RecommendFileDialog* dialog = m_page->openFileEvaluation();
    QSignalSpy columns(dialog, &ui::RecommendFileDialog::columnsLoaded);
    dialog->setFile(badPath);
    QVERIFY(columns.wait(kWaitMs));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Price), QString()); // none in this file
    QSignalSpy failed(dialog, &ui::RecommendFileDialog::evaluationFailed);
    QTest::mouseClick(dialog->evaluateButton(), Qt::LeftButton);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(dialog->isVisible()); // stays open to fix the choice
    const QString error = dialog->errorText();
    QVERIFY2(error.contains(QStringLiteral("bad-times.csv")) && error.contains(QStringLiteral("line 4")) &&
                 error.contains(QStringLiteral("InvoiceDate")) && error.contains(QStringLiteral("yesterday")),
             qPrintable(error));
    QVERIFY(dialog->evaluateButton()->isEnabled());
    QVERIFY(!dialog->progressBar()->isVisible());
    dialog->resize(900, dialog->sizeHint().height());
    savePicture(*dialog, QStringLiteral("recommendations-file-error-en.png"));

    // A cut after the last purchase: the core says there is nothing to test on.
    const QString csv = m_files.filePath(QStringLiteral("retail-sample.csv"));
    dialog->setFile(csv);
    QVERIFY(columns.wait(kWaitMs));
    dialog->setCutDate(QStringLiteral("2030-01-01"));
    QTest::mouseClick(dialog->evaluateButton(), Qt::LeftButton);
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("no purchases on or after the cut date 2030-01-01")),
             qPrintable(dialog->errorText()));

    // A file that is not there, and a required column left empty.
    dialog->setFile(m_files.filePath(QStringLiteral("missing.csv")));
    QVERIFY(columns.wait(kWaitMs));
    QVERIFY(dialog->isErrorVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("missing.csv")), qPrintable(dialog->errorText()));
    QVERIFY(!dialog->evaluateButton()->isEnabled());
    dialog->setFile(csv);
    QVERIFY(columns.wait(kWaitMs));
    dialog->setColumn(ui::RecommendFileDialog::Time, QString());
    QVERIFY(!dialog->evaluateButton()->isEnabled());
    QVERIFY(!dialog->evaluate());
    QCOMPARE(dialog->errorText(), QStringLiteral("Choose the column of: Time."));
    QVERIFY(!dialog->isRunning());
    dialog->reject();
}

void RecommendationsPageTest::runFromThePage()
{
    // The real path: Run stores a run through RecommendService, and the page shows it.
    openWindow();
    ui::RecommendRunBar* bar = m_page->runBar();
    bar->topSpin()->setValue(8);
    bar->halfLifeSpin()->setValue(30);
    const auto outcome = runFromPage(bar->runButton());
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    QCOMPARE(outcome->model, QStringLiteral("recommend"));
    QVERIFY(outcome->runId > m_handRun);
    m_realRun = outcome->runId;
    QCOMPARE(m_page->shownRunId(), m_realRun);
    const std::string run = std::to_string(m_realRun);
    const std::string where = " FROM ml.model_runs WHERE run_id = " + run;
    QCOMPARE(scalar("SELECT (params->>'top')::int" + where), 8LL);
    QCOMPARE(scalar("SELECT (params->>'half_life_days')::int" + where), 30LL);
    QCOMPARE(scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run),
             8 * scalar("SELECT count(*) FROM crm.users"));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    QVERIFY2(toast->text().startsWith(QStringLiteral("Recommendations updated: ")), qPrintable(toast->text()));

    // Header and tiles equal SQL and the stored metrics.
    const QJsonObject m = metricsOf(m_realRun);
    QVERIFY(m_page->header()->summaryText().contains(QStringLiteral("8 products per user, half-life 30 days")));
    ui::InfoTiles* tiles = m_page->header()->tiles();
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Users),
             QLocale().toString(scalar("SELECT count(*) FROM crm.users")));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::ColdUsers),
             QLocale().toString(static_cast<qlonglong>(m.value(QStringLiteral("cold_users")).toDouble())));
    QCOMPARE(tiles->valueText(ui::RecommendHeader::Products),
             QStringLiteral("%1 of %2")
                 .arg(scalar("SELECT count(DISTINCT product_id) FROM ml.recommendations WHERE run_id = " + run))
                 .arg(scalar("SELECT count(*) FROM crm.products WHERE is_active")));
    // The evaluation on this database equals the stored numbers.
    const QJsonObject evaluation = m.value(QStringLiteral("evaluation")).toObject();
    QVERIFY2(!evaluation.isEmpty(), "the run stored no evaluation");
    ui::RecommendEvaluationPanel* panel = m_page->evaluation();
    QCOMPARE(panel->currentSource(), ui::RecommendEvaluationPanel::kDatabase);
    QTest::mouseClick(panel->sourceSwitch()->button(ui::RecommendEvaluationPanel::kDatabase), Qt::LeftButton);
    const QJsonObject models = evaluation.value(QStringLiteral("models")).toObject();
    QCOMPARE(panel->metricsChart()->categories().first(), QStringLiteral("Precision@8"));
    for (int i = 0; i < 5; ++i) {
        const QJsonObject o = models.value(ui::RecommendTexts::modelKey(static_cast<Kind>(i))).toObject();
        QCOMPARE(panel->metricsChart()->plottedValues(i),
                 (std::vector<double>{
                     o.value(QStringLiteral("precision")).toDouble(), o.value(QStringLiteral("recall")).toDouble(),
                     o.value(QStringLiteral("ndcg")).toDouble(), o.value(QStringLiteral("map")).toDouble()}));
    }
    QCOMPARE(panel->tiles()->valueText(ui::RecommendEvaluationPanel::CutDate),
             ui::LtvTexts::date(evaluation.value(QStringLiteral("cut_date")).toString()));
    QCOMPARE(panel->tiles()->valueText(ui::RecommendEvaluationPanel::TestUsers),
             QLocale().toString(static_cast<qlonglong>(evaluation.value(QStringLiteral("test_users")).toDouble())));
    // The mix equals the rows of the run.
    std::vector<double> reasons;
    for (const char* k : {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"})
        reasons.push_back(static_cast<double>(scalar("SELECT count(*) FROM ml.recommendations WHERE run_id = " + run +
                                                     " AND reason_kind = '" + k + "'")));
    QCOMPARE(m_page->mix()->mixChart()->plottedValues(0), reasons);
    QVERIFY(reasons[0] > 0);
    const auto top = rows("SELECT product_id, count(*) FROM ml.recommendations WHERE run_id = " + run +
                          " GROUP BY 1 ORDER BY 2 DESC, avg(rank), 1 LIMIT 5");
    for (int r = 0; r < 5; ++r)
        QCOMPARE(
            m_page->mix()->productsModel()->index(r, ui::RecommendProductsModel::Users).data(Qt::EditRole).toLongLong(),
            std::atoll(top[static_cast<std::size_t>(r)][1].c_str()));

    // A user bought-together list reads like the CLI's, and a user registered after the run gets
    // the run's popular list.
    const long long buyer = scalar("SELECT min(user_id) FROM ml.recommendations WHERE run_id = " + run +
                                   " AND reason_kind = 'bought_together'");
    auto list = lookUp(QString::number(buyer));
    QVERIFY(list);
    QCOMPARE(static_cast<int>(list->items.size()), 8);
    core::Database db(test::TestCluster::instance().params());
    const core::UserRecommendations cli = core::RecommendService::forUser(db, buyer);
    QCOMPARE(cli.items.size(), list->items.size());
    for (std::size_t k = 0; k < cli.items.size(); ++k) {
        QCOMPARE(list->items[k].productId, cli.items[k].productId);
        QCOMPARE(list->items[k].reasonKind, q(cli.items[k].reasonKind));
        QString sentence = q(core::recommendationReasonText(cli.items[k]));
        sentence[0] = sentence[0].toUpper();
        QCOMPARE(ui::RecommendTexts::reasonSentence(list->items[k]), sentence);
    }
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) "
         "VALUES (990001, 'fresh@example.com', 'Fresh Customer', 'DE', 'organic', 'desktop', now())");
    list = lookUp(QStringLiteral("990001"));
    QVERIFY(list);
    QVERIFY(list->popularFallback);
    QCOMPARE(static_cast<int>(list->items.size()), 8);
    const QJsonArray popular = m.value(QStringLiteral("popular")).toArray();
    for (std::size_t k = 0; k < list->items.size(); ++k)
        QCOMPARE(list->items[k].productId,
                 static_cast<std::int64_t>(
                     popular.at(static_cast<qsizetype>(k)).toObject().value(QStringLiteral("product_id")).toDouble()));
    QVERIFY(m_page->lookUp()->messageText().startsWith(QStringLiteral("Fresh Customer (user 990001) has no list")));
    exec("DELETE FROM crm.users WHERE user_id = 990001");
}

void RecommendationsPageTest::cancelKeepsThePreviousRun()
{
    openWindow();
    const std::int64_t before = m_page->shownRunId();
    QCOMPARE(before, m_realRun);
    const std::string digest = rowsDigest();

    // Hold the run where it writes: another session locks ml.recommendations, so creating the run's
    // table waits; Cancel must stop it (the server cancels the waiting statement) and roll back.
    pqxx::connection blocker(test::TestCluster::instance().dsn());
    pqxx::work lock(blocker);
    lock.exec0("LOCK TABLE ml.recommendations IN ACCESS EXCLUSIVE MODE");

    QSignalSpy finished(m_page, &RecommendationsPage::runFinished);
    ui::RecommendRunBar* bar = m_page->runBar();
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
    QVERIFY(!bar->progressText().isEmpty());
    QVERIFY2(bar->progressText() != QStringLiteral("Starting…"), qPrintable(bar->progressText()));
    QVERIFY(bar->progressBar()->value() > 0);
    QTest::mouseClick(bar->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    lock.abort();
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(!outcome->succeeded);
    QVERIFY2(outcome->cancelled, qPrintable(outcome->error));
    waitUntilLoaded();

    QCOMPARE(m_page->shownRunId(), before);
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(!m_page->isRunFailureVisible());
    QCOMPARE(text("SELECT status FROM ml.model_runs WHERE model = 'recommend' ORDER BY run_id DESC LIMIT 1"),
             std::string("cancelled"));
    QCOMPARE(rowsDigest(), digest);
    QCOMPARE(scalar("SELECT count(*) FROM pg_class WHERE relname = 'recommendations_run_" +
                    text("SELECT max(run_id) FROM ml.model_runs") + "'"),
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
}

void RecommendationsPageTest::laterFailedRunIsShownAboveResults()
{
    exec("INSERT INTO ml.model_runs (model, status, params, started_at, finished_at, duration_ms, error) VALUES "
         "('recommend', 'failed', '{}', now(), now(), 10, 'the server closed the connection unexpectedly')");
    const long long failed = scalar("SELECT max(run_id) FROM ml.model_runs WHERE status = 'failed'");
    openWindow();
    QVERIFY(!m_page->isEmptyStateVisible());
    QCOMPARE(m_page->shownRunId(), m_realRun);
    QVERIFY(m_page->isRunFailureVisible());
    const QString banner = m_page->runFailureText();
    QVERIFY2(banner.contains(QStringLiteral("the server closed the connection unexpectedly")), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("run %1").arg(failed)));
    QVERIFY(banner.contains(QStringLiteral("from run %1").arg(m_realRun)));
    exec("DELETE FROM ml.model_runs WHERE run_id = " + std::to_string(failed));
    QSignalSpy loaded(m_page, &RecommendationsPage::loaded);
    QTest::mouseClick(m_page->refreshButton(), Qt::LeftButton);
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(!m_page->isRunFailureVisible());
}

void RecommendationsPageTest::screenshots(const QString& language)
{
    const QString csv = m_files.filePath(QStringLiteral("retail-sample.csv"));
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        openWindow(size);
        QVERIFY(!m_page->isEmptyStateVisible());
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        const long long buyer =
            scalar("SELECT min(user_id) FROM ml.recommendations WHERE run_id = " + std::to_string(m_realRun) +
                   " AND reason_kind = 'bought_together'");
        QVERIFY(lookUp(QString::number(buyer)));
        ui::ToastOverlay::of(m_window.get())->clear();
        QScrollBar* scroll = m_page->scrollArea()->verticalScrollBar();
        scroll->setValue(0);
        savePicture(*m_window, QStringLiteral("recommendations-top-") + suffix);
        const auto top = [this](QWidget* w) { return w->mapTo(m_page->scrollArea()->widget(), QPoint(0, 0)).y(); };
        scroll->setValue(top(m_page->mix()) - 8);
        savePicture(*m_window, QStringLiteral("recommendations-mix-") + suffix);
        scroll->setValue(scroll->maximum());
        savePicture(*m_window, QStringLiteral("recommendations-bottom-") + suffix);
        QVERIFY(evaluateFile(csv));
        ui::ToastOverlay::of(m_window.get())->clear();
        scroll->setValue(top(m_page->evaluation()) - 8);
        savePicture(*m_window, QStringLiteral("recommendations-file-") + suffix);
        scroll->setValue(0);
        m_page->evaluation()->showSource(ui::RecommendEvaluationPanel::kDatabase);
        savePicture(*m_page->scrollArea()->widget(), QStringLiteral("recommendations-full-page-") + suffix);
        m_window.reset();
        m_page = nullptr;
    }
}

void RecommendationsPageTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void RecommendationsPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    ui::RecommendListItem item;
    item.reasonKind = QStringLiteral("bought_together");
    item.reasonProductId = 7;
    item.reasonProductName = QStringLiteral("Кроссовки");
    QCOMPARE(ui::RecommendTexts::reasonSentence(item), QStringLiteral("Покупают вместе с «Кроссовки»"));
    openWindow({1280, 800});
    QVERIFY(!m_page->header()->summaryText().contains(QStringLiteral("products per user")));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("Рекомендации")), qPrintable(m_window->windowTitle()));
    m_window.reset();
    screenshots(QStringLiteral("ru"));
    QCoreApplication::removeTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::installTranslator(m_english.get());
}

void RecommendationsPageTest::onlineRetailEvaluation()
{
    // Opt-in (the data set is not part of the repository): KESTREL_ONLINE_RETAIL names
    // online-retail.csv.gz. The dialog guesses its columns and gives the core's numbers; the
    // picture is the one in the README.
    const QString path = qEnvironmentVariable("KESTREL_ONLINE_RETAIL");
    if (path.isEmpty() || !QFileInfo::exists(path))
        QSKIP("KESTREL_ONLINE_RETAIL does not name online-retail.csv.gz");
    core::RecommendCsvOptions options;
    options.file.path = path.toStdString();
    options.file.userColumn = "CustomerID";
    options.file.itemColumn = "StockCode";
    options.file.timeColumn = "InvoiceDate";
    options.file.quantityColumn = "Quantity";
    options.file.priceColumn = "UnitPrice";
    const core::RecommendCsvEvaluation direct = core::evaluateTransactionsCsv(options);

    openWindow({1600, 1000});
    ui::RecommendFileDialog* dialog = m_page->openFileEvaluation();
    QSignalSpy columns(dialog, &ui::RecommendFileDialog::columnsLoaded);
    dialog->setFile(path);
    QVERIFY(columns.wait(kWaitMs));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::User), QStringLiteral("CustomerID"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Item), QStringLiteral("StockCode"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Time), QStringLiteral("InvoiceDate"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Quantity), QStringLiteral("Quantity"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Price), QStringLiteral("UnitPrice"));
    QCOMPARE(dialog->column(ui::RecommendFileDialog::Category), QString());
    dialog->resize(1000, dialog->sizeHint().height());
    savePicture(*dialog, QStringLiteral("recommendations-online-retail-dialog-en.png"));
    dialog->reject();
    QTest::qWait(50);
    const ui::RecommendEvaluationPtr e = evaluateFile(path);
    QVERIFY(e);
    QCOMPARE(e->purchases, direct.purchases);
    QCOMPARE(e->testUsers, direct.evaluation.testUsers);
    QVERIFY(near(e->model(Kind::Hybrid).ndcg, direct.evaluation.hybrid.ndcg));
    QVERIFY(near(e->model(Kind::Popularity).ndcg, direct.evaluation.popular.ndcg));
    std::printf("online-retail: hybrid NDCG@10 %.4f, popularity %.4f (x%.2f)\n", e->model(Kind::Hybrid).ndcg,
                e->model(Kind::Popularity).ndcg, e->model(Kind::Hybrid).ndcg / e->model(Kind::Popularity).ndcg);
    ui::ToastOverlay::of(m_window.get())->clear();
    m_page->scrollArea()->verticalScrollBar()->setValue(0);
    savePicture(*m_window, QStringLiteral("recommendations-online-retail-en-1600x1000.png"));
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

    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_recommendations_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-recommendations-tests.log";
    core::logging::init(log);

    RecommendationsPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "recommendations_page_test.moc"
