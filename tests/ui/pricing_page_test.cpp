// The Pricing page against a real database. An empty database shows the "press Run" state (a run
// there fails clearly; a stored failed run is shown with its error). On generated data with one
// ElasticityService run made by the fixture, what the page shows equals what independent SQL reads
// from ml.price_elasticity and ml.model_runs: every table row and its cells, the filters (level,
// category, only reliable), the header figures, the marks of unreliable rows, and the chart of a
// product and of a category (its dots are the stored points, its line has the stored elasticity as
// slope on log-log axes). A run started from the page and cancelled leaves the previous run shown
// and the stored estimates untouched; a run with another setting is stored and shown. Screenshots
// in English and Russian at 1280×800 and 1600×1000 go to the build folder.
#include "charts/chart_ticks.h"
#include "charts/xy_chart.h"
#include "common/logging.h"
#include "customers/elasticity_service.h"
#include "db/database.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/elasticity_table_model.h"
#include "models/model_jobs.h"
#include "models/pricing_texts.h"
#include "pages/pricing_header.h"
#include "pages/pricing_page.h"
#include "pages/pricing_run_bar.h"
#include "synth/synth_generator.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"

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
#include <QtGui/QBrush>
#include <QtGui/QIcon>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
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
using ui::ElasticityTableModel;
using ui::PricingPage;

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

ui::Toast* lastToast(QWidget* w)
{
    const auto list = ui::ToastOverlay::of(w)->toasts();
    return list.isEmpty() ? nullptr : list.last();
}

/// Everything the runs stored, as one fingerprint.
std::string elasticityDigest()
{
    return text("SELECT coalesce(md5(string_agg(concat_ws(',', run_id, level, category, product_id, elasticity, "
                "ci_low, ci_high, r_squared, observations, price_points, flag, points::text), '|' ORDER BY run_id, "
                "level, category, product_id)), 'empty') FROM ml.price_elasticity");
}

std::optional<double> optionalNumber(const std::string& v)
{
    return v == "<null>" ? std::nullopt : std::optional<double>(std::atof(v.c_str()));
}

} // namespace

class PricingPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void logarithmicAxisTicks();
    void emptyDatabaseAsksToRun();
    void storedFailureWithoutResults();
    void fixtureRunIsShown();
    void tableRowsEqualSql();
    void filters();
    void unreliableRowsAreMarked();
    void chartPointsEqualTheStoredPoints();
    void cancelKeepsThePreviousRun();
    void runFromThePageWithOtherSettings();
    void englishScreenshots();
    void russianScreenshots();

private:
    void openWindow(QSize size = {1400, 900});
    ui::ModelOutcomePtr runFromPage(QPushButton* run);
    ElasticityTableModel* model() const { return m_page->tableModel(); }
    QSortFilterProxyModel* proxy() const { return m_page->table()->proxyModel(); }
    /// The table row (view order) showing the stored row of that level, category and product.
    int viewRowOf(bool product, const QString& category, qlonglong productId) const;
    void screenshots(const QString& language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    PricingPage* m_page = nullptr;
    std::int64_t m_fixtureRun = 0;
};

void PricingPageTest::initTestCase()
{
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
}

void PricingPageTest::init()
{
    QSettings().clear();
}

void PricingPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void PricingPageTest::openWindow(QSize size)
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->pricingPage();
    QVERIFY(m_page);
    QSignalSpy loaded(m_page, &PricingPage::loaded);
    m_window->showPage(ui::MainWindow::Page::Pricing);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(loaded.count() > 0 || loaded.wait(kWaitMs));
    QVERIFY(m_page->isVisible());
    QVERIFY(m_window->windowTitle().contains(QCoreApplication::translate("kestrel::ui::MainWindow", "Pricing")));
}

ui::ModelOutcomePtr PricingPageTest::runFromPage(QPushButton* run)
{
    const auto fail = [](const char* why) {
        qWarning("runFromPage: %s", why);
        return ui::ModelOutcomePtr();
    };
    QSignalSpy finished(m_page, &PricingPage::runFinished);
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
    while ((outcome->succeeded && m_page->shownRunId() != outcome->runId) || m_page->isLoading()) {
        if (timer.elapsed() > kWaitMs)
            return fail("the page did not reload");
        QTest::qWait(20);
    }
    return outcome;
}

int PricingPageTest::viewRowOf(bool product, const QString& category, qlonglong productId) const
{
    for (int r = 0; r < proxy()->rowCount(); ++r) {
        const int index = proxy()->index(r, 0).data(ElasticityTableModel::RowIndexRole).toInt();
        const ui::PricingRow& row = m_page->snapshot()->rows[static_cast<std::size_t>(index)];
        if (row.product == product && row.category == category && row.productId == productId)
            return r;
    }
    return -1;
}

// The price-demand chart's axes: decades get 1-2-5 ticks (thinned when crowded), a narrow range at
// least three nice ticks, all inside the range.
void PricingPageTest::logarithmicAxisTicks()
{
    QCOMPARE(ui::logTicksBetween(1, 1000, 10), (std::vector<double>{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}));
    // 1-2-5 would be 10 ticks and 1-3 seven: whole decades.
    QCOMPARE(ui::logTicksBetween(1, 1000, 6), (std::vector<double>{1, 10, 100, 1000}));
    QCOMPARE(ui::logTicksBetween(1, 1000, 7), (std::vector<double>{1, 3, 10, 30, 100, 300, 1000}));
    QCOMPARE(ui::logTicksBetween(0.7, 40, 10), (std::vector<double>{1, 2, 5, 10, 20}));
    const auto narrow = ui::logTicksBetween(0.91, 1.06, 3);
    QVERIFY(narrow.size() >= 3);
    for (const double t : narrow)
        QVERIFY(t >= 0.91 && t <= 1.06);
    QVERIFY(ui::logTicksBetween(-1, 10, 5).empty());
    QVERIFY(ui::logTicksBetween(5, 5, 5).empty());
}

void PricingPageTest::emptyDatabaseAsksToRun()
{
    QCOMPARE(scalar("SELECT count(*) FROM crm.orders"), 0LL);
    openWindow({1280, 800});
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("No price elasticities yet"));
    QVERIFY(m_page->emptyStateText().contains(QStringLiteral("Press Run")));
    QVERIFY(m_page->emptyStateRunButton()->isVisible());
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
    QVERIFY(!m_page->table()->isVisible()); // no empty table, no empty chart
    QVERIFY(!m_page->chart()->isVisible());
    QCOMPARE(m_page->runBar()->minWeeksSpin()->value(), 12);
    savePicture(*m_window, QStringLiteral("pricing-empty-en-1280x800.png"));

    // Run on a database without orders fails before writing anything, says why; the empty state stays.
    const auto outcome = runFromPage(m_page->emptyStateRunButton());
    QVERIFY(outcome);
    QVERIFY(!outcome->succeeded);
    QVERIFY(!outcome->cancelled);
    QVERIFY2(outcome->error.contains(QStringLiteral("no paid, shipped or delivered orders")),
             qPrintable(outcome->error));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY(toast->text().startsWith(QStringLiteral("Price elasticity run failed: ")));
    QCOMPARE(m_page->statusText(), QStringLiteral("Run failed"));
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(scalar("SELECT count(*) FROM ml.model_runs WHERE model = 'elasticity'"), 0LL);
    QVERIFY(m_page->emptyStateRunButton()->isEnabled());
}

void PricingPageTest::storedFailureWithoutResults()
{
    exec("INSERT INTO ml.model_runs (model, status, params, started_at, finished_at, duration_ms, error) VALUES "
         "('elasticity', 'failed', '{\"min_weeks\": 12}', now() - interval '5 minutes', now() - interval '4 "
         "minutes', 60000, 'could not write ml.price_elasticity: disk full')");
    openWindow({1280, 800});
    QVERIFY(m_page->isEmptyStateVisible());
    QCOMPARE(m_page->emptyStateTitle(), QStringLiteral("The last price elasticity run failed"));
    QVERIFY2(m_page->emptyStateText().contains(QStringLiteral("could not write ml.price_elasticity: disk full")),
             qPrintable(m_page->emptyStateText()));
    QCOMPARE(m_page->emptyStateRunButton()->text(), QStringLiteral("Run again"));
    savePicture(*m_window, QStringLiteral("pricing-failed-en-1280x800.png"));
    exec("DELETE FROM ml.model_runs WHERE model = 'elasticity'");
}

void PricingPageTest::fixtureRunIsShown()
{
    // A generated shop over 300 days and one run with products from 8 weeks of sales on.
    core::SynthOptions options;
    options.users = 8000;
    options.products = 24;
    options.days = 300;
    options.seed = 11;
    options.endDate = "2026-05-01";
    core::Database db(test::TestCluster::instance().params());
    core::runJobHere(
        db, [&](core::JobContext& ctx) { core::SynthGenerator(options).run(ctx); }, nullptr);
    core::PriceElasticityOptions o;
    o.minWeeks = 8;
    core::PriceElasticityReport report;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { report = core::ElasticityService::run(ctx, o); }, nullptr);
    m_fixtureRun = report.runId;
    QVERIFY(m_fixtureRun > 0);
    std::printf("fixture: run %lld, %lld categories (%lld reliable), %lld products (%lld reliable)\n",
                static_cast<long long>(report.runId), static_cast<long long>(report.categories),
                static_cast<long long>(report.reliableCategories), static_cast<long long>(report.products),
                static_cast<long long>(report.reliableProducts));
    QVERIFY(report.reliableCategories >= 1);
    // Some rows are flagged.
    QVERIFY(report.categories + report.products > report.reliableCategories + report.reliableProducts);
    QVERIFY(report.products > 5);

    openWindow();
    QVERIFY(!m_page->isEmptyStateVisible());
    QVERIFY(!m_page->isErrorVisible());
    QVERIFY(!m_page->isRunFailureVisible());
    QCOMPARE(m_page->shownRunId(), m_fixtureRun);
    const std::string run = std::to_string(m_fixtureRun);
    const QString summary = m_page->header()->summaryText();
    const QString from =
        QString::fromStdString(text("SELECT metrics->>'from' FROM ml.model_runs WHERE run_id = " + run));
    QCOMPARE(from, QString::fromStdString(report.from));
    QVERIFY2(summary.contains(QStringLiteral("run %1, finished").arg(m_fixtureRun)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 product-weeks with sales")
                                  .arg(QLocale().toString(scalar("SELECT (metrics->>'product_weeks')::int FROM "
                                                                 "ml.model_runs WHERE run_id = " +
                                                                 run)))),
             qPrintable(summary));
    // The figures: reliable rows of each level out of all, the weeks of the run.
    const auto counts = rows("SELECT count(*) FILTER (WHERE reliable AND level = 'category'), count(*) FILTER (WHERE "
                             "level = 'category'), count(*) FILTER (WHERE reliable AND level = 'product'), count(*) "
                             "FILTER (WHERE level = 'product') FROM ml.price_elasticity WHERE run_id = " +
                             run);
    QCOMPARE(
        m_page->header()->reliableCategoriesText(),
        QStringLiteral("%1 of %2").arg(QString::fromStdString(counts[0][0]), QString::fromStdString(counts[0][1])));
    QCOMPARE(
        m_page->header()->reliableProductsText(),
        QStringLiteral("%1 of %2").arg(QString::fromStdString(counts[0][2]), QString::fromStdString(counts[0][3])));
    QCOMPARE(m_page->header()->weeksText().toStdString(),
             text("SELECT metrics->>'weeks' FROM ml.model_runs WHERE run_id = " + run));
    // The median tile: the median of the reliable categories' stored elasticities.
    const double median = std::atof(
        text("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY elasticity) FROM ml.price_elasticity WHERE run_id = " +
             run + " AND level = 'category' AND reliable")
            .c_str());
    QVERIFY2(m_page->header()->medianText().startsWith(ui::PricingTexts::elasticity(median)),
             qPrintable(m_page->header()->medianText()));
    QVERIFY(m_page->header()->medianText().contains(QStringLiteral("fewer units")));
}

void PricingPageTest::tableRowsEqualSql()
{
    openWindow();
    const std::string run = std::to_string(m_fixtureRun);
    const auto stored = rows("SELECT level, category, coalesce(product_id, 0), elasticity, ci_low, ci_high, r_squared, "
                             "observations, price_points, reliable, coalesce(flag, '') FROM ml.price_elasticity "
                             "WHERE run_id = " +
                             run + " ORDER BY level = 'product', category, product_id NULLS FIRST");
    QCOMPARE(model()->rowCount(), static_cast<int>(stored.size()));
    QCOMPARE(proxy()->rowCount(), static_cast<int>(stored.size()));
    for (std::size_t i = 0; i < stored.size(); ++i) {
        const auto& s = stored[i];
        const int r = static_cast<int>(i);
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return model()->index(r, column).data(role); };
        const bool product = s[0] == "product";
        QCOMPARE(cell(ElasticityTableModel::Level).toString(), ui::PricingTexts::levelName(product));
        QCOMPARE(cell(ElasticityTableModel::Category).toString(), QString::fromStdString(s[1]));
        if (product)
            QVERIFY(cell(ElasticityTableModel::Product)
                        .toString()
                        .startsWith(QString::fromStdString(s[2]) + QStringLiteral(" · ")));
        else
            QVERIFY(cell(ElasticityTableModel::Product).toString().isEmpty());
        const auto e = optionalNumber(s[3]);
        QCOMPARE(cell(ElasticityTableModel::Elasticity).toString(), ui::PricingTexts::elasticity(e));
        if (e)
            QVERIFY(near(cell(ElasticityTableModel::Elasticity, Qt::EditRole).toDouble(), *e, 1e-12));
        else
            QVERIFY(cell(ElasticityTableModel::Elasticity, Qt::EditRole).isNull());
        QCOMPARE(cell(ElasticityTableModel::Interval).toString(),
                 ui::PricingTexts::interval(optionalNumber(s[4]), optionalNumber(s[5])));
        QCOMPARE(cell(ElasticityTableModel::Interval, ui::DataTableView::ExportValueRole).toString(),
                 ui::PricingTexts::interval(optionalNumber(s[4]), optionalNumber(s[5])));
        if (const auto r2 = optionalNumber(s[6]))
            QVERIFY(near(cell(ElasticityTableModel::RSquared, Qt::EditRole).toDouble(), *r2, 1e-12));
        QCOMPARE(cell(ElasticityTableModel::Observations, Qt::EditRole).toLongLong(), std::atoll(s[7].c_str()));
        QCOMPARE(cell(ElasticityTableModel::PriceLevels, Qt::EditRole).toInt(), std::atoi(s[8].c_str()));
        QCOMPARE(cell(ElasticityTableModel::Reliability).toString(),
                 ui::PricingTexts::flagName(QString::fromStdString(s[10])));
        QCOMPARE(cell(0, ElasticityTableModel::ReliableRole).toBool(), s[9] == "t");
    }
    // Sorting by elasticity puts the most elastic (most negative) first.
    m_page->table()->tableView()->sortByColumn(ElasticityTableModel::Elasticity, Qt::AscendingOrder);
    const double first = proxy()->index(0, ElasticityTableModel::Elasticity).data(Qt::EditRole).toDouble();
    QCOMPARE(first, std::atof(text("SELECT min(elasticity) FROM ml.price_elasticity WHERE run_id = " + run).c_str()));
}

void PricingPageTest::filters()
{
    openWindow();
    const std::string run = "run_id = " + std::to_string(m_fixtureRun);
    m_page->levelCombo()->setCurrentIndex(m_page->levelCombo()->findData(QStringLiteral("categories")));
    QCOMPARE(proxy()->rowCount(),
             static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE level = 'category' AND " + run)));
    m_page->levelCombo()->setCurrentIndex(m_page->levelCombo()->findData(QStringLiteral("products")));
    QCOMPARE(proxy()->rowCount(),
             static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE level = 'product' AND " + run)));
    // The categories offered are the run's, and choosing one shows only its rows.
    const auto categories = rows("SELECT DISTINCT category FROM ml.price_elasticity WHERE " + run + " ORDER BY 1");
    QCOMPARE(m_page->categoryCombo()->count(), static_cast<int>(categories.size()) + 1);
    const QString category = QString::fromStdString(categories.front().front());
    m_page->levelCombo()->setCurrentIndex(0);
    m_page->categoryCombo()->setCurrentIndex(m_page->categoryCombo()->findData(category));
    QCOMPARE(proxy()->rowCount(),
             static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE category = '" +
                                     category.toStdString() + "' AND " + run)));
    for (int r = 0; r < proxy()->rowCount(); ++r)
        QCOMPARE(proxy()->index(r, ElasticityTableModel::Category).data().toString(), category);
    // Only reliable rows.
    m_page->categoryCombo()->setCurrentIndex(0);
    m_page->reliableOnlyCheck()->setChecked(true);
    QCOMPARE(proxy()->rowCount(),
             static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE reliable AND " + run)));
    for (int r = 0; r < proxy()->rowCount(); ++r)
        QVERIFY(proxy()->index(r, 0).data(ElasticityTableModel::ReliableRole).toBool());
    // The chart follows the first row shown.
    QVERIFY(m_page->chartRow() >= 0);
    QVERIFY(m_page->snapshot()->rows[static_cast<std::size_t>(m_page->chartRow())].reliable);
    // The page's filters travel with the table's state (presets).
    const QJsonObject page = m_page->table()->filters().value(QStringLiteral("page")).toObject();
    QCOMPARE(page.value(QStringLiteral("reliable_only")).toBool(), true);
    m_page->reliableOnlyCheck()->setChecked(false);
    m_page->table()->setFilters(QJsonObject{{QStringLiteral("page"), page}});
    QVERIFY(m_page->reliableOnlyCheck()->isChecked());
}

void PricingPageTest::unreliableRowsAreMarked()
{
    openWindow();
    int flagged = 0;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const bool reliable = model()->index(r, 0).data(ElasticityTableModel::ReliableRole).toBool();
        const QVariant foreground = model()->index(r, ElasticityTableModel::Category).data(Qt::ForegroundRole);
        const QVariant icon = model()->index(r, ElasticityTableModel::Reliability).data(Qt::DecorationRole);
        const QString tip = model()->index(r, ElasticityTableModel::Reliability).data(Qt::ToolTipRole).toString();
        const ui::PricingRow& row = model()->row(r);
        if (reliable) {
            QVERIFY(!foreground.isValid());
            QVERIFY(!icon.isValid());
            QVERIFY(tip.startsWith(QStringLiteral("Reliable: ")));
        } else {
            ++flagged;
            QVERIFY(foreground.isValid());
            QCOMPARE(foreground.value<QBrush>().color(), QColor(0x8a, 0x94, 0xa6));
            QVERIFY(!icon.value<QIcon>().isNull());
            QCOMPARE(tip, ui::PricingTexts::flagName(row.flag) + QStringLiteral(": ") +
                              ui::PricingTexts::flagExplanation(row.flag));
            QVERIFY(!ui::PricingTexts::flagExplanation(row.flag).isEmpty());
        }
    }
    QCOMPARE(flagged, static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE NOT reliable AND "
                                              "run_id = " +
                                              std::to_string(m_fixtureRun))));
    QVERIFY(flagged > 0);
}

void PricingPageTest::chartPointsEqualTheStoredPoints()
{
    openWindow();
    const std::string run = std::to_string(m_fixtureRun);
    // A product with an estimate (the one with the most weeks) and the largest category.
    const auto product = rows("SELECT category, product_id, elasticity FROM ml.price_elasticity WHERE run_id = " + run +
                              " AND level = 'product' AND elasticity IS NOT NULL ORDER BY observations DESC, "
                              "product_id LIMIT 1");
    const auto category = rows("SELECT category, 0, elasticity FROM ml.price_elasticity WHERE run_id = " + run +
                               " AND level = 'category' AND elasticity IS NOT NULL ORDER BY observations DESC LIMIT 1");
    QCOMPARE(product.size(), 1u);
    QCOMPARE(category.size(), 1u);
    for (const auto& target : {product.front(), category.front()}) {
        const bool isProduct = target[1] != "0";
        const int row = viewRowOf(isProduct, QString::fromStdString(target[0]), std::atoll(target[1].c_str()));
        QVERIFY(row >= 0);
        m_page->selectTableRow(row);
        ui::XyChart* chart = m_page->chart();
        const std::string where =
            isProduct ? "product_id = " + target[1] : "level = 'category' AND category = '" + target[0] + "'";
        const QJsonArray points =
            QJsonDocument::fromJson(QByteArray::fromStdString(text("SELECT points::text FROM ml.price_elasticity WHERE "
                                                                   "run_id = " +
                                                                   run + " AND " + where)))
                .array();
        QVERIFY(points.size() > 3);
        QCOMPARE(chart->seriesCount(), 2);
        QCOMPARE(chart->seriesStyle(0), ui::XySeries::Style::Scatter);
        const auto plotted = chart->plottedPoints(0);
        QCOMPARE(static_cast<int>(plotted.size()), points.size());
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject p = points[i].toObject();
            QVERIFY2(near(plotted[static_cast<std::size_t>(i)].x(), p["price"].toDouble(), 1e-12),
                     qPrintable(QStringLiteral("%1 vs %2")
                                    .arg(plotted[static_cast<std::size_t>(i)].x())
                                    .arg(p["price"].toDouble())));
            QVERIFY(near(plotted[static_cast<std::size_t>(i)].y(), p["quantity"].toDouble(), 1e-12));
        }
        // The fitted line: on log-log axes its slope is the stored elasticity.
        const auto line = chart->plottedPoints(1);
        QCOMPARE(line.size(), 2u);
        const double slope =
            (std::log(line[1].y()) - std::log(line[0].y())) / (std::log(line[1].x()) - std::log(line[0].x()));
        const double elasticity = std::atof(target[2].c_str());
        QVERIFY2(near(slope, elasticity, 1e-9), qPrintable(QStringLiteral("%1 vs %2").arg(slope).arg(elasticity)));
        QVERIFY2(chart->title().contains(ui::PricingTexts::elasticity(elasticity)), qPrintable(chart->title()));
        QVERIFY(chart->xAxisTitle().contains(isProduct ? QStringLiteral("Price") : QStringLiteral("Price index")));
        QVERIFY(chart->yAxisTitle().contains(QStringLiteral("Units per week")));
        // Log axes: the ranges cover every dot.
        const auto [xLo, xHi] = chart->xRange();
        for (const auto& p : plotted)
            QVERIFY(p.x() >= xLo && p.x() <= xHi);
    }
}

void PricingPageTest::cancelKeepsThePreviousRun()
{
    openWindow();
    QCOMPARE(m_page->shownRunId(), m_fixtureRun);
    const std::string before = elasticityDigest();
    // Hold the run at its writing stage: another session locks ml.price_elasticity, so the run's COPY
    // waits; Cancel must stop it (the server cancels the waiting statement) and roll back.
    pqxx::connection blocker(test::TestCluster::instance().dsn());
    pqxx::work lock(blocker);
    lock.exec0("LOCK TABLE ml.price_elasticity IN ACCESS EXCLUSIVE MODE");

    QSignalSpy finished(m_page, &PricingPage::runFinished);
    ui::PricingRunBar* bar = m_page->runBar();
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
    QCOMPARE(bar->progressText(), QStringLiteral("Writing price elasticities"));
    QVERIFY(bar->progressBar()->value() > 0); // the runner throttles progress: the last step may not have come
    auto* cancel = m_window->statusArea()->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    lock.abort();
    const auto outcome = finished.last().at(0).value<ui::ModelOutcomePtr>();
    QVERIFY(!outcome->succeeded);
    QVERIFY(outcome->cancelled);
    timer.restart();
    while (m_page->isLoading() && timer.elapsed() < kWaitMs)
        QTest::qWait(20);
    QCOMPARE(m_page->shownRunId(), m_fixtureRun);
    QCOMPARE(m_page->statusText(), QStringLiteral("Run cancelled"));
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QCOMPARE(toast->text(), QStringLiteral("Price elasticity run cancelled. The estimates shown are still the stored "
                                           "ones."));
    QCOMPARE(elasticityDigest(), before);
    QCOMPARE(text("SELECT status FROM ml.model_runs WHERE model = 'elasticity' ORDER BY run_id DESC LIMIT 1"),
             std::string("cancelled"));
    QVERIFY(!bar->isRunning());
    QVERIFY(bar->runButton()->isEnabled());
}

void PricingPageTest::runFromThePageWithOtherSettings()
{
    openWindow();
    const int before = static_cast<int>(model()->rowCount());
    m_page->runBar()->minWeeksSpin()->setValue(4);
    const auto outcome = runFromPage(m_page->runBar()->runButton());
    QVERIFY(outcome);
    QVERIFY2(outcome->succeeded, qPrintable(outcome->error));
    QVERIFY(outcome->runId > m_fixtureRun);
    QCOMPARE(m_page->shownRunId(), outcome->runId);
    const std::string run = std::to_string(outcome->runId);
    QCOMPARE(scalar("SELECT (params->>'min_weeks')::int FROM ml.model_runs WHERE run_id = " + run), 4LL);
    QCOMPARE(model()->rowCount(),
             static_cast<int>(scalar("SELECT count(*) FROM ml.price_elasticity WHERE run_id = " + run)));
    QVERIFY(model()->rowCount() >= before); // fewer weeks needed: as many products or more
    ui::Toast* toast = lastToast(m_window.get());
    QVERIFY(toast);
    QVERIFY2(toast->text().startsWith(QStringLiteral("Price elasticities updated: ")), qPrintable(toast->text()));
    // The earlier run's rows are kept (history), the page shows the newest.
    QVERIFY(scalar("SELECT count(*) FROM ml.price_elasticity WHERE run_id = " + std::to_string(m_fixtureRun)) > 0);
    // Back to the fixture's setting for the screenshots.
    exec("DELETE FROM ml.model_runs WHERE run_id = " + run);
}

void PricingPageTest::screenshots(const QString& language)
{
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        openWindow(size);
        QVERIFY(!m_page->isEmptyStateVisible());
        QCOMPARE(m_page->shownRunId(), m_fixtureRun);
        // The chart goes under the table until there is room for both side by side.
        QVERIFY(!m_page->isSideBySide());
        ui::ToastOverlay::of(m_window.get())->clear();
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        // The most-sold reliable category's chart, then the product with the narrowest interval among the
        // reliable ones with a negative elasticity (or among all with one).
        const auto category =
            rows("SELECT category FROM ml.price_elasticity WHERE run_id = " + std::to_string(m_fixtureRun) +
                 " AND level = 'category' ORDER BY reliable DESC, observations DESC LIMIT 1");
        m_page->selectTableRow(viewRowOf(false, QString::fromStdString(category.front().front()), 0));
        savePicture(*m_window, QStringLiteral("pricing-category-") + suffix);
        const auto product =
            rows("SELECT category, product_id FROM ml.price_elasticity WHERE run_id = " + std::to_string(m_fixtureRun) +
                 " AND level = 'product' AND elasticity < 0 ORDER BY reliable DESC, ci_high - ci_low, "
                 "product_id LIMIT 1");
        m_page->selectTableRow(
            viewRowOf(true, QString::fromStdString(product.front()[0]), std::atoll(product.front()[1].c_str())));
        savePicture(*m_window, QStringLiteral("pricing-product-") + suffix);
        if (size.width() == 1600) { // a wide screen: the chart beside the table
            m_window->resize(2100, 1100);
            QTest::qWait(100);
            QVERIFY(m_page->isSideBySide());
            savePicture(*m_window, QStringLiteral("pricing-product-%1-2100x1100.png").arg(language));
        }
        m_window.reset();
        m_page = nullptr;
    }
}

void PricingPageTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void PricingPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(ui::PricingTexts::flagName(QStringLiteral("few_observations")), QStringLiteral("Мало наблюдений"));
    openWindow({1280, 800});
    QVERIFY(!m_page->header()->summaryText().contains(QStringLiteral("product-weeks")));
    m_window.reset();
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

    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_pricing_tests"));
    QSettings().clear();
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-pricing-tests.log";
    core::logging::init(log);

    PricingPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "pricing_page_test.moc"
