// The Customers page against a real database with generated customers and the customer models run
// once (customers_ui_fixture). What the keyset pages read — first and following pages, in every
// sort order of every column, both directions, with filters — equals an independent SQL ORDER BY
// (NULLs last, ties by user id) row for row, with tie groups larger than a page; the count equals
// SQL; search by id, Telegram id, name fragment, one- and two-letter prefixes and e-mail prefix
// finds what SQL finds; presets restore filters, search, sort and hidden columns; an export writes
// exactly the matching rows (all of them, not the loaded pages) in the shown order and columns;
// the toolbar search opens a card or says "No customer with id N"; the page recovers after its
// connections were killed. Screenshots in English and Russian.
#include "customers_ui_fixture.h"
#include "db/connection_params.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/customer_list_query.h"
#include "models/customer_queries.h"
#include "models/customer_texts.h"
#include "models/customers_model.h"
#include "models/sql_connection.h"
#include "pages/customer_filter_bar.h"
#include "pages/customers_page.h"
#include "pages/user_card_window.h"
#include "pages/user_card_windows.h"
#include "test_cluster.h"
#include "widgets/customer_search_box.h"
#include "widgets/data_table_view.h"
#include "widgets/date_range_bar.h"
#include "widgets/filter_preset_bar.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>

#include <memory>
#include <set>

using namespace kestrel;
using ui::CustomerColumn;

namespace {

constexpr int kWaitMs = 60000;

// The reference order of each column, written independently of CustomerListQuery: RFM segments in
// the order of value that core/analytics/rfm_segment.h numbers them.
std::string referenceExpression(int column)
{
    switch (static_cast<CustomerColumn>(column)) {
    case CustomerColumn::UserId:
        return "u.user_id";
    case CustomerColumn::Name:
        return "u.full_name";
    case CustomerColumn::Email:
        return "u.email";
    case CustomerColumn::Country:
        return "u.country";
    case CustomerColumn::Channel:
        return "u.acquisition_channel";
    case CustomerColumn::Registered:
        return "u.created_at";
    case CustomerColumn::Segment:
        return "m.segment_id";
    case CustomerColumn::RfmSegment:
        return "array_position(ARRAY['Champions', 'Loyal', 'Potential loyalists', 'New customers', 'Promising', "
               "'Need attention', 'About to sleep', 'At risk', 'Cannot lose them', 'Hibernating', 'Lost'], "
               "m.rfm_segment)";
    case CustomerColumn::Frequency:
        return "m.rfm_frequency";
    case CustomerColumn::Monetary:
        return "m.rfm_monetary";
    case CustomerColumn::Recency:
        return "m.rfm_recency_days";
    case CustomerColumn::Purchase30d:
        return "m.purchase_probability_30d";
    case CustomerColumn::Churn:
        return "m.churn_probability";
    case CustomerColumn::PAlive:
        return "m.p_alive";
    case CustomerColumn::Ltv12m:
        return "m.ltv_12m";
    case CustomerColumn::LtvPredicted:
        return "m.ltv_predicted";
    case CustomerColumn::Count:
        break;
    }
    return "u.user_id";
}

std::vector<std::string> referenceIds(int column, bool desc, const std::string& where = {})
{
    const std::string dir = desc ? " DESC" : " ASC";
    return test::customerColumn("SELECT u.user_id FROM crm.users u LEFT JOIN ml.user_metrics m ON m.user_id = "
                                "u.user_id " +
                                (where.empty() ? std::string() : " WHERE " + where) + " ORDER BY " +
                                referenceExpression(column) + dir + " NULLS LAST, u.user_id" + dir);
}

std::vector<std::string> ids(const std::vector<ui::CustomerRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(std::to_string(r.userId));
    return out;
}

/// Every row through keyset pages of `pageSize`, as the page reads them.
std::vector<std::string> readAll(ui::CustomerQueries& q, const ui::CustomerFilter& filter, const ui::CustomerSort& sort,
                                 int pageSize, int* pages = nullptr)
{
    std::vector<std::string> out;
    ui::KeysetCursor cursor;
    int n = 0;
    while (cursor.phase != ui::KeysetCursor::Phase::Done && n < 10000) {
        const auto rows = q.page(filter, sort, cursor, pageSize);
        const auto part = ids(rows);
        out.insert(out.end(), part.begin(), part.end());
        ++n;
    }
    if (pages)
        *pages = n;
    return out;
}

QStringList csvFields(const QString& line)
{
    QStringList out;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell;
    return out;
}

} // namespace

class CustomersPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void queryHelpers();
    void everySortReadsLikeSql();
    void tiesLargerThanAPage();
    void filtersAndCountsEqualSql();
    void searchFindsWhatSqlFinds();
    void modelPagesAsTheViewScrolls();
    void pageShowsCountSortsAndOpensCards();
    void presetsRestoreEverything();
    void exportWritesEveryMatchingRow();
    void toolbarSearch();
    void recoversAfterTheConnectionDied();
    void englishScreenshots();
    void russianScreenshots();

private:
    void openWindow(QSize size = {1400, 900});
    bool waitForRows(int minimum = 1);
    void screenshots(const QString& language);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::CustomersPage* m_page = nullptr;
    QSqlDatabase m_db;
};

void CustomersPageTest::initTestCase()
{
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    test::ensureCustomerData();
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
    m_db = ui::SqlConnection::forThisThread(test::TestCluster::instance().params());
    // The fixture's data has what the tests rely on: customers without scores, scored users, ties.
    QVERIFY(test::customerScalar("SELECT count(*) FROM ml.user_metrics WHERE churn_probability IS NOT NULL") > 100);
    QVERIFY(test::customerScalar("SELECT count(*) FROM ml.user_metrics WHERE rfm_segment IS NULL") > 100);
    QVERIFY(test::customerScalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL") > 100);
    QVERIFY(test::customerScalar("SELECT count(*) FROM crm.users WHERE telegram_id IS NOT NULL") > 100);
}

void CustomersPageTest::init()
{
    QSettings().clear();
}

void CustomersPageTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
    m_page = nullptr;
}

void CustomersPageTest::openWindow(QSize size)
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_page = m_window->customersPage();
    QVERIFY(m_page);
    m_window->showPage(ui::MainWindow::Page::Customers);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->windowTitle().contains(QCoreApplication::translate("kestrel::ui::MainWindow", "Customers")));
    QVERIFY(waitForRows());
}

bool CustomersPageTest::waitForRows(int minimum)
{
    QElapsedTimer timer;
    timer.start();
    ui::CustomersModel* model = m_page->model();
    while ((model->isLoading() || model->rowCount() < minimum ||
            model->countState() == ui::CustomersModel::CountState::Counting) &&
           timer.elapsed() < kWaitMs) {
        if (!model->isLoading() && model->isComplete() && model->rowCount() < minimum &&
            model->countState() != ui::CustomersModel::CountState::Counting)
            return true; // fewer rows match than asked for
        QTest::qWait(10);
    }
    return !model->isLoading();
}

void CustomersPageTest::queryHelpers()
{
    using K = ui::CustomerListQuery::SearchKind;
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("  ")), K::None);
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("12345")), K::Id);
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("a")), K::Prefix);
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("iv")), K::Prefix);
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("ivan")), K::Substring);
    QCOMPARE(ui::CustomerListQuery::searchKind(QStringLiteral("1234567890123456789")), K::Substring); // > bigint digits
    // Wildcards a user types are matched literally.
    QCOMPARE(ui::CustomerListQuery::likePattern(QStringLiteral("A_b%c\\"), K::Substring),
             QStringLiteral("%a\\_b\\%c\\\\%"));
    QCOMPARE(ui::CustomerListQuery::likePattern(QStringLiteral("Иван"), K::Prefix), QStringLiteral("иван%"));

    ui::CustomerFilter f;
    f.search = QStringLiteral("ivan");
    f.segmentId = 2;
    f.rfmSegment = QStringLiteral("Champions");
    f.churnBand = 2;
    f.ltvBand = 3;
    f.ltvMin = 120.5;
    f.country = QStringLiteral("DE");
    f.channel = QStringLiteral("email");
    f.registeredFrom = QDate(2025, 6, 1);
    f.registeredTo = QDate(2025, 6, 30);
    QCOMPARE(ui::CustomerFilter::fromJson(f.toJson()), f);
    QVERIFY(ui::CustomerFilter::fromJson({}).isEmpty());
    // Out-of-range bands from a hand-edited preset mean "any".
    QCOMPARE(ui::CustomerFilter::fromJson(QJsonObject{{QStringLiteral("churn_band"), 9}}).churnBand, -1);

    // A search for a non-ASCII name lower-cases it by Unicode rules on both sides.
    test::customerExec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, "
                       "created_at) VALUES (900001, 'ivanova@example.ru', 'ИВАНОВА Мария', 'RU', 'organic', 'mobile', "
                       "'2026-04-30')");
    ui::CustomerQueries q(m_db);
    for (const char* text : {"ив", "иванова", "Мария"}) {
        const auto matches = q.search(QString::fromUtf8(text));
        QVERIFY2(matches.size() == 1 && matches.front().userId == 900001, text);
    }
    test::customerExec("DELETE FROM crm.users WHERE user_id = 900001");
}

void CustomersPageTest::everySortReadsLikeSql()
{
    ui::CustomerQueries q(m_db);
    for (int column = -1; column < ui::kCustomerColumnCount; ++column) {
        for (const bool desc : {false, true}) {
            if (column < 0 && desc)
                continue;
            const ui::CustomerSort sort{column, desc};
            int pages = 0;
            const auto got = readAll(q, {}, sort, 200, &pages);
            const auto want = referenceIds(std::max(column, 0), desc);
            QVERIFY2(got == want, qPrintable(QStringLiteral("column %1 %2: %3 rows read, %4 expected")
                                                 .arg(column)
                                                 .arg(desc ? QStringLiteral("desc") : QStringLiteral("asc"))
                                                 .arg(got.size())
                                                 .arg(want.size())));
            QVERIFY(pages >= 8); // 1,500 rows in pages of 200 (the last page may come back empty)
        }
    }
}

void CustomersPageTest::tiesLargerThanAPage()
{
    // Tie groups longer than a page: 600 users share one P(alive) (and 400 of them one churn risk),
    // read in pages of 50, so pages start and end inside the groups; neither skips nor repeats.
    test::customerExec("UPDATE ml.user_metrics SET p_alive = 0.5 WHERE user_id % 2 = 0 AND user_id <= 1200");
    test::customerExec("UPDATE ml.user_metrics SET churn_probability = 0.25 WHERE user_id % 3 = 0 AND user_id <= 1200");
    ui::CustomerQueries q(m_db);
    for (const int column : {static_cast<int>(CustomerColumn::PAlive), static_cast<int>(CustomerColumn::Churn),
                             static_cast<int>(CustomerColumn::Frequency), static_cast<int>(CustomerColumn::Country),
                             static_cast<int>(CustomerColumn::Segment), static_cast<int>(CustomerColumn::RfmSegment)}) {
        for (const bool desc : {false, true}) {
            const auto got = readAll(q, {}, {column, desc}, 50);
            QVERIFY2(got == referenceIds(column, desc), qPrintable(QStringLiteral("column %1").arg(column)));
            const std::set<std::string> distinct(got.begin(), got.end());
            QCOMPARE(distinct.size(), got.size());
        }
    }
    QVERIFY(test::customerScalar("SELECT max(n) FROM (SELECT count(*) n FROM ml.user_metrics GROUP BY p_alive) t") >=
            600);
}

void CustomersPageTest::filtersAndCountsEqualSql()
{
    ui::CustomerQueries q(m_db);
    const ui::CustomerOptions options = q.options();
    QVERIFY(!options.countries.isEmpty());
    QCOMPARE(options.countries.size(),
             static_cast<qsizetype>(test::customerScalar("SELECT count(DISTINCT country) FROM crm.users")));
    QCOMPARE(static_cast<long long>(options.segments.size()),
             test::customerScalar("SELECT count(*) FROM ml.segments WHERE run_id = (SELECT max(run_id) FROM "
                                  "ml.model_runs WHERE model = 'segments' AND status = 'succeeded')"));
    QVERIFY(options.ltvBands.isKnown());
    QVERIFY(*options.ltvBands.p50 <= *options.ltvBands.p80 && *options.ltvBands.p80 <= *options.ltvBands.p95);
    // The edges are the values at those ranks among the predictions.
    const long long predicted =
        test::customerScalar("SELECT count(*) FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL");
    QCOMPARE(*options.ltvBands.p80,
             std::stod(test::customerText("SELECT ltv_predicted FROM ml.user_metrics WHERE ltv_predicted IS NOT NULL "
                                          "ORDER BY ltv_predicted OFFSET " +
                                          std::to_string(static_cast<long long>(0.8 * predicted)) + " LIMIT 1")));
    QCOMPARE(options.latestRegistration.toString(Qt::ISODate).toStdString(),
             test::customerText("SELECT (max(created_at) AT TIME ZONE 'UTC')::date FROM crm.users"));

    const std::string country =
        test::customerText("SELECT country FROM crm.users GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
    struct Case {
        ui::CustomerFilter filter;
        std::string where;
    };
    std::vector<Case> cases;
    const auto add = [&](auto setup, const std::string& where) {
        ui::CustomerFilter f;
        setup(f);
        cases.push_back({f, where});
    };
    add([](ui::CustomerFilter& f) { f.segmentId = 1; }, "m.segment_id = 1");
    add([](ui::CustomerFilter& f) { f.rfmSegment = QStringLiteral("Hibernating"); }, "m.rfm_segment = 'Hibernating'");
    add([](ui::CustomerFilter& f) { f.churnBand = 0; }, "m.churn_probability < 0.3");
    add([](ui::CustomerFilter& f) { f.churnBand = 1; }, "m.churn_probability >= 0.3 AND m.churn_probability < 0.6");
    add([](ui::CustomerFilter& f) { f.churnBand = 2; }, "m.churn_probability >= 0.6");
    add([](ui::CustomerFilter& f) { f.churnBand = 3; }, "m.churn_probability IS NULL");
    for (int band = 0; band < 4; ++band) {
        const auto [low, high] = options.ltvBands.bounds(band);
        std::string where = "m.ltv_predicted IS NOT NULL";
        if (low)
            where += " AND m.ltv_predicted >= " + QString::number(*low, 'f', 2).toStdString();
        if (high)
            where += " AND m.ltv_predicted < " + QString::number(*high, 'f', 2).toStdString();
        add(
            [&, band = band](ui::CustomerFilter& f) {
                f.ltvBand = band;
                f.ltvMin = low;
                f.ltvMax = high;
            },
            where);
    }
    add([](ui::CustomerFilter& f) { f.ltvBand = 4; }, "m.ltv_predicted IS NULL");
    add([&](ui::CustomerFilter& f) { f.country = QString::fromStdString(country); }, "u.country = '" + country + "'");
    add([](ui::CustomerFilter& f) { f.channel = QStringLiteral("telegram"); }, "u.acquisition_channel = 'telegram'");
    add(
        [](ui::CustomerFilter& f) {
            f.registeredFrom = QDate(2026, 1, 1);
            f.registeredTo = QDate(2026, 2, 28);
        },
        "u.created_at >= '2026-01-01 00:00+00' AND u.created_at < '2026-03-01 00:00+00'");
    // Combined with AND.
    add(
        [&](ui::CustomerFilter& f) {
            f.country = QString::fromStdString(country);
            f.churnBand = 3;
            f.channel = QStringLiteral("organic");
            f.registeredFrom = QDate(2025, 3, 1);
            f.registeredTo = QDate(2026, 5, 1);
        },
        "u.country = '" + country +
            "' AND m.churn_probability IS NULL AND u.acquisition_channel = 'organic' AND "
            "u.created_at >= '2025-03-01 00:00+00' AND u.created_at < '2026-05-02 00:00+00'");
    add(
        [](ui::CustomerFilter& f) {
            f.segmentId = 0;
            f.rfmSegment = QStringLiteral("Champions");
            f.search = QStringLiteral("a");
        },
        "m.segment_id = 0 AND m.rfm_segment = 'Champions' AND (lower(u.full_name) LIKE 'a%' OR lower(u.email) "
        "LIKE 'a%')");

    int nonEmpty = 0;
    for (const Case& c : cases) {
        const long long expected = test::customerScalar(
            "SELECT count(*) FROM crm.users u LEFT JOIN ml.user_metrics m ON m.user_id = u.user_id WHERE " + c.where);
        nonEmpty += expected > 0 ? 1 : 0;
        const ui::CustomerCount count = q.count(c.filter, 5000);
        QVERIFY(count.exact);
        QVERIFY2(count.rows == expected, c.where.c_str());
        for (const int column : {static_cast<int>(CustomerColumn::Churn), static_cast<int>(CustomerColumn::Name)}) {
            const auto got = readAll(q, c.filter, {column, true}, 64);
            QVERIFY2(got == referenceIds(column, true, c.where), c.where.c_str());
        }
    }
    QVERIFY(nonEmpty >= static_cast<int>(cases.size()) - 1);

    // When counting takes too long the page shows PostgreSQL's estimate, marked as one.
    const long long users = test::customerScalar("SELECT count(*) FROM crm.users");
    const ui::CustomerCount all = q.estimateCount({});
    QVERIFY(!all.exact);
    QVERIFY2(all.rows > users / 2 && all.rows < users * 2, qPrintable(QString::number(all.rows)));
    ui::CustomerFilter quoted; // values reach EXPLAIN as quoted literals: a quote in a search is harmless
    quoted.search = QStringLiteral("o'brien");
    quoted.country = QString::fromStdString(country);
    QVERIFY(!q.estimateCount(quoted).exact);
}

void CustomersPageTest::searchFindsWhatSqlFinds()
{
    ui::CustomerQueries q(m_db);
    const std::string id = test::customerText("SELECT user_id FROM crm.users ORDER BY user_id OFFSET 700 LIMIT 1");
    const std::string telegram =
        test::customerText("SELECT telegram_id FROM crm.users WHERE telegram_id IS NOT NULL ORDER BY user_id LIMIT 1");
    const std::string telegramOwner =
        test::customerText("SELECT user_id FROM crm.users WHERE telegram_id = " + telegram);
    const std::string email = test::customerText("SELECT email FROM crm.users ORDER BY user_id OFFSET 20 LIMIT 1");
    const std::string emailPrefix = email.substr(0, email.find('.') + 3);
    struct Case {
        QString search;
        std::string where;
        bool nonEmpty;
    };
    const std::vector<Case> cases = {
        {QString::fromStdString(id), "u.user_id = " + id, true},
        {QString::fromStdString(telegram), "u.telegram_id = " + telegram, true},
        {QStringLiteral("999999999"), "u.user_id = 999999999 OR u.telegram_id = 999999999", false},
        {QStringLiteral("petrov"), "lower(u.full_name) LIKE '%petrov%' OR lower(u.email) LIKE '%petrov%'", true},
        {QStringLiteral("  Ivan "), "lower(u.full_name) LIKE '%ivan%' OR lower(u.email) LIKE '%ivan%'", true},
        {QStringLiteral("e"), "lower(u.full_name) LIKE 'e%' OR lower(u.email) LIKE 'e%'", true},
        {QStringLiteral("Ol"), "lower(u.full_name) LIKE 'ol%' OR lower(u.email) LIKE 'ol%'", true},
        {QString::fromStdString(emailPrefix),
         "lower(u.email) LIKE '" + emailPrefix + "%' OR lower(u.full_name) LIKE '%" + emailPrefix + "%'", true},
        {QString::fromStdString(email), "u.email = '" + email + "'", true},
        {QStringLiteral("100%_x"), "false", false},
    };
    for (const Case& c : cases) {
        ui::CustomerFilter f;
        f.search = c.search;
        const auto want = referenceIds(0, false, "(" + c.where + ")");
        QCOMPARE(want.empty(), !c.nonEmpty);
        QVERIFY2(readAll(q, f, {}, 200) == want, qPrintable(c.search));
        QCOMPARE(q.count(f, 5000).rows, static_cast<std::int64_t>(want.size()));
        // The form that reads the matches first (taken when the plain one is slow) gives the same page.
        {
            const ui::BoundSql first = ui::CustomerListQuery::pagePart(f, {}, {}, false, false, 200, true);
            QSqlQuery sql(m_db);
            QVERIFY(sql.prepare(first.sql));
            for (const QVariant& v : first.values)
                sql.addBindValue(v);
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
            std::vector<std::string> got;
            while (sql.next())
                got.push_back(sql.value(0).toString().toStdString());
            QVERIFY2(got ==
                         std::vector<std::string>(want.begin(), want.begin() + std::min<std::size_t>(200, want.size())),
                     qPrintable(c.search));
        }
        // The toolbar's first ten.
        std::vector<std::string> top;
        for (const auto& m : q.search(c.search))
            top.push_back(std::to_string(m.userId));
        QVERIFY2(top == std::vector<std::string>(want.begin(), want.begin() + std::min<std::size_t>(10, want.size())),
                 qPrintable(c.search));
    }
    QCOMPARE(QString::fromStdString(std::to_string(q.search(QString::fromStdString(telegram)).front().userId)),
             QString::fromStdString(telegramOwner));
}

void CustomersPageTest::modelPagesAsTheViewScrolls()
{
    ui::CustomersModel model;
    QSignalSpy pages(&model, &ui::CustomersModel::pageLoaded);
    model.setConnection(test::TestCluster::instance().params());
    QVERIFY(pages.wait(kWaitMs));
    QCOMPARE(model.rowCount(), ui::CustomersModel::kPageSize);
    const auto want = referenceIds(0, false);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(std::to_string(model.userIdAt(r)), want[static_cast<std::size_t>(r)]);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QVERIFY(pages.wait(kWaitMs));
    QCOMPARE(model.rowCount(), 2 * ui::CustomersModel::kPageSize);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(std::to_string(model.userIdAt(r)), want[static_cast<std::size_t>(r)]);
    QTRY_COMPARE_WITH_TIMEOUT(model.countState(), ui::CustomersModel::CountState::Exact, kWaitMs);
    QCOMPARE(model.matchCount(), test::customerScalar("SELECT count(*) FROM crm.users"));

    // A sort from the header: a new keyset order, the count kept.
    model.sort(static_cast<int>(CustomerColumn::Monetary), Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(pages.wait(kWaitMs));
    const auto byRevenue = referenceIds(static_cast<int>(CustomerColumn::Monetary), true);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(pages.wait(kWaitMs));
    }
    QVERIFY(model.isComplete());
    QCOMPARE(static_cast<std::size_t>(model.rowCount()), byRevenue.size());
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(std::to_string(model.userIdAt(r)), byRevenue[static_cast<std::size_t>(r)]);
    QCOMPARE(model.countState(), ui::CustomersModel::CountState::Exact);

    // Display: money, percent, "—" for NULL; the raw value for sorting and export.
    const int nullRow = model.rowCount() - 1; // NULL revenue sorts last
    QCOMPARE(model.index(nullRow, static_cast<int>(CustomerColumn::Monetary)).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(nullRow, static_cast<int>(CustomerColumn::Monetary)).data(Qt::EditRole).isValid());
    const double top = std::stod(test::customerText("SELECT max(rfm_monetary) FROM ml.user_metrics"));
    QCOMPARE(model.index(0, static_cast<int>(CustomerColumn::Monetary)).data(Qt::EditRole).toDouble(), top);
    QVERIFY(model.index(0, static_cast<int>(CustomerColumn::Monetary)).data().toString().startsWith(QLatin1Char('$')));
}

void CustomersPageTest::pageShowsCountSortsAndOpensCards()
{
    openWindow({1280, 800});
    const long long users = test::customerScalar("SELECT count(*) FROM crm.users");
    QTRY_COMPARE_WITH_TIMEOUT(m_page->countText(), QStringLiteral("%1 customers").arg(QLocale().toString(users)),
                              kWaitMs);
    QCOMPARE(m_page->model()->rowCount(), ui::CustomersModel::kPageSize);
    QVERIFY(!m_page->isErrorVisible());
    // Only the page's own search and filters: the table's quick filter (loaded rows only) is hidden.
    QVERIFY(!m_page->table()->findChild<QLineEdit*>(QStringLiteral("quickFilter"))->isVisible());

    // Scrolling to the end of the loaded rows reads the next page.
    QTableView* view = m_page->table()->tableView();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QVERIFY(waitForRows(2 * ui::CustomersModel::kPageSize));
    QVERIFY(m_page->model()->rowCount() >= 2 * ui::CustomersModel::kPageSize);

    // A header click sorts on the server, both directions.
    view->sortByColumn(static_cast<int>(CustomerColumn::Churn), Qt::DescendingOrder);
    QVERIFY(waitForRows());
    auto want = referenceIds(static_cast<int>(CustomerColumn::Churn), true);
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        QCOMPARE(view->model()->index(r, 0).data(ui::CustomersModel::UserIdRole).toString().toStdString(),
                 want[static_cast<std::size_t>(r)]);
    view->sortByColumn(static_cast<int>(CustomerColumn::Churn), Qt::AscendingOrder);
    QVERIFY(waitForRows());
    want = referenceIds(static_cast<int>(CustomerColumn::Churn), false);
    QCOMPARE(view->model()->index(0, 0).data(ui::CustomersModel::UserIdRole).toString().toStdString(), want[0]);

    // Filters from the bar: the count follows.
    ui::CustomerFilterBar* bar = m_page->filterBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->countryCombo()->count() > 1, kWaitMs);
    bar->churnCombo()->setCurrentIndex(bar->churnCombo()->findData(2));
    emit bar->churnCombo()->activated(bar->churnCombo()->currentIndex());
    QVERIFY(waitForRows());
    const long long high = test::customerScalar("SELECT count(*) FROM ml.user_metrics WHERE churn_probability >= 0.6");
    QTRY_COMPARE_WITH_TIMEOUT(m_page->countText(), QStringLiteral("%1 customers").arg(QLocale().toString(high)),
                              kWaitMs);
    QCOMPARE(m_page->filter().churnBand, 2);

    // Search while typing (debounced).
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("petrov"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->filter().search, QStringLiteral("petrov"), kWaitMs);
    QVERIFY(waitForRows());
    const long long petrovs = test::customerScalar(
        "SELECT count(*) FROM crm.users u JOIN ml.user_metrics m USING (user_id) WHERE m.churn_probability >= 0.6 AND "
        "(lower(u.full_name) LIKE '%petrov%' OR lower(u.email) LIKE '%petrov%')");
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->matchCount(), static_cast<std::int64_t>(petrovs), kWaitMs);

    // Clear: everything again.
    QTest::mouseClick(bar->clearButton(), Qt::LeftButton);
    QVERIFY(m_page->filter().isEmpty());
    QVERIFY(waitForRows());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->matchCount(), static_cast<std::int64_t>(users), kWaitMs);

    // Double-click and Enter open the card of the row.
    view->scrollToTop();
    QTest::qWait(50);
    view->setFocus();
    const QModelIndex second = view->model()->index(1, 1);
    const qint64 id = second.data(ui::CustomersModel::UserIdRole).toLongLong();
    view->setCurrentIndex(second);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(m_window->userCards()->find(id));
    const QModelIndex third = view->model()->index(2, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    QVERIFY(m_window->userCards()->find(third.data(ui::CustomersModel::UserIdRole).toLongLong()));
    QCOMPARE(m_window->userCards()->count(), 2); // several cards at once
    m_window->userCards()->closeAll();
}

void CustomersPageTest::presetsRestoreEverything()
{
    openWindow();
    ui::FilterPresetBar* presets = m_page->presetBar();
    QTRY_VERIFY_WITH_TIMEOUT(!presets->isBusy(), kWaitMs);
    QSignalSpy listed(presets, &ui::FilterPresetBar::presetsLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->filterBar()->segmentCombo()->count() > 1, kWaitMs);

    ui::CustomerFilter f;
    f.search = QStringLiteral("an");
    f.country = QString::fromStdString(
        test::customerText("SELECT country FROM crm.users GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"));
    f.churnBand = 3;
    f.registeredFrom = QDate(2025, 5, 1);
    f.registeredTo = QDate(2026, 4, 30);
    m_page->setFilter(f);
    m_page->table()->tableView()->sortByColumn(static_cast<int>(CustomerColumn::Registered), Qt::DescendingOrder);
    m_page->table()->setColumnHidden(static_cast<int>(CustomerColumn::Email), true);
    QVERIFY(waitForRows());
    const ui::CustomerFilter saved = m_page->filter();
    QCOMPARE(saved.search, f.search);
    QCOMPARE(saved.registeredTo, f.registeredTo);

    presets->savePreset(QStringLiteral("Unscored, recent"), false);
    QVERIFY(listed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!presets->isBusy(), kWaitMs);
    std::int64_t id = 0;
    for (const auto& p : presets->presets()) {
        if (p.name == "Unscored, recent")
            id = p.id;
    }
    QVERIFY(id > 0);
    const QJsonObject stored =
        QJsonDocument::fromJson(
            QByteArray::fromStdString(test::customerText(
                "SELECT filters::text FROM ops.filter_presets WHERE preset_id = " + std::to_string(id))))
            .object();
    QCOMPARE(stored.value(QStringLiteral("page")).toObject().value(QStringLiteral("search")).toString(),
             QStringLiteral("an"));

    // Something else entirely, then the preset.
    QTest::mouseClick(m_page->filterBar()->clearButton(), Qt::LeftButton);
    m_page->table()->tableView()->sortByColumn(static_cast<int>(CustomerColumn::Name), Qt::AscendingOrder);
    m_page->table()->setColumnHidden(static_cast<int>(CustomerColumn::Email), false);
    QVERIFY(waitForRows());
    QVERIFY(m_page->filter().isEmpty());
    presets->applyPreset(id);
    QVERIFY(waitForRows());
    QCOMPARE(m_page->filter(), saved);
    QCOMPARE(m_page->searchEdit()->text(), QStringLiteral("an"));
    QVERIFY(!m_page->dateBar()->isAllTime());
    QCOMPARE(m_page->model()->currentSort().column, static_cast<int>(CustomerColumn::Registered));
    QVERIFY(m_page->model()->currentSort().descending);
    QVERIFY(m_page->table()->isColumnHidden(static_cast<int>(CustomerColumn::Email)));
    const std::string where = "(lower(u.full_name) LIKE 'an%' OR lower(u.email) LIKE 'an%') AND u.country = '" +
                              saved.country.toStdString() +
                              "' AND m.churn_probability IS NULL AND u.created_at >= '2025-05-01 00:00+00' AND "
                              "u.created_at < '2026-05-01 00:00+00'";
    const auto want = referenceIds(static_cast<int>(CustomerColumn::Registered), true, where);
    QVERIFY(!want.empty());
    QCOMPARE(m_page->model()->rowCount(), static_cast<int>(std::min<std::size_t>(want.size(), 200)));
    QCOMPARE(std::to_string(m_page->model()->userIdAt(0)), want.front());
    presets->removePreset(id);
    QTRY_VERIFY_WITH_TIMEOUT(!presets->isBusy(), kWaitMs);
}

void CustomersPageTest::exportWritesEveryMatchingRow()
{
    openWindow();
    ui::CustomerFilter f;
    f.registeredFrom = QDate(2020, 1, 1); // most users: far more than the one page loaded
    f.registeredTo = QDate(2026, 3, 31);
    m_page->setFilter(f);
    m_page->table()->tableView()->sortByColumn(static_cast<int>(CustomerColumn::Name), Qt::DescendingOrder);
    m_page->table()->setColumnHidden(static_cast<int>(CustomerColumn::Segment), true);
    QVERIFY(waitForRows());
    QCOMPARE(m_page->model()->rowCount(), ui::CustomersModel::kPageSize);
    const auto want = referenceIds(static_cast<int>(CustomerColumn::Name), true,
                                   "u.created_at >= '2020-01-01 00:00+00' AND u.created_at < '2026-04-01 00:00+00'");
    QVERIFY(want.size() > 600);
    QVERIFY(want.size() < static_cast<std::size_t>(test::customerScalar("SELECT count(*) FROM crm.users")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    QSignalSpy finished(m_page->table(), &ui::DataTableView::exportFinished);
    QVERIFY(m_page->table()->exportTo(path, core::ExportFormat::Csv));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(1).toULongLong(), static_cast<qulonglong>(want.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines =
        QString::fromUtf8(file.readAll()).remove(QChar(0xfeff)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = csvFields(lines.takeFirst());
    QCOMPARE(header.size(), ui::kCustomerColumnCount - 1);
    QVERIFY(!header.contains(ui::CustomersModel::columnTitle(static_cast<int>(CustomerColumn::Segment))));
    QCOMPARE(header.first(), QStringLiteral("ID"));
    QCOMPARE(static_cast<std::size_t>(lines.size()), want.size());
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(csvFields(lines[i]).first().toStdString(), want[static_cast<std::size_t>(i)]);
    // Rows' values as stored: the e-mail, and the churn risk as a number or empty for NULL.
    const int emailColumn = header.indexOf(QStringLiteral("E-mail"));
    const int churnColumn = header.indexOf(QStringLiteral("Churn risk"));
    for (const qsizetype i : {qsizetype(0), qsizetype(1), lines.size() / 2, lines.size() - 1}) {
        const QStringList row = csvFields(lines[i]);
        const std::string user = want[static_cast<std::size_t>(i)];
        QCOMPARE(row[emailColumn].toStdString(),
                 test::customerText("SELECT email FROM crm.users WHERE user_id = " + user));
        const std::string churn =
            test::customerText("SELECT churn_probability FROM ml.user_metrics WHERE user_id = " + user);
        if (churn == "<null>" || churn == "<none>")
            QCOMPARE(row[churnColumn], QString());
        else
            QCOMPARE(row[churnColumn].toDouble(), std::stod(churn));
    }

    // With a search: the export reads the matches first (inside its snapshot), in the shown order.
    ui::CustomerFilter searched = f;
    searched.search = QStringLiteral("ol");
    m_page->setFilter(searched);
    QVERIFY(waitForRows());
    const auto wantSearched =
        referenceIds(static_cast<int>(CustomerColumn::Name), true,
                     "u.created_at >= '2020-01-01 00:00+00' AND u.created_at < '2026-04-01 "
                     "00:00+00' AND (lower(u.full_name) LIKE 'ol%' OR lower(u.email) LIKE 'ol%')");
    QVERIFY(!wantSearched.empty());
    const QString searchedPath = dir.filePath(QStringLiteral("searched.csv"));
    QVERIFY(m_page->table()->exportTo(searchedPath, core::ExportFormat::Csv));
    QVERIFY(finished.wait(kWaitMs));
    QFile searchedFile(searchedPath);
    QVERIFY(searchedFile.open(QIODevice::ReadOnly));
    QStringList searchedLines =
        QString::fromUtf8(searchedFile.readAll()).remove(QChar(0xfeff)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    searchedLines.removeFirst();
    QCOMPARE(static_cast<std::size_t>(searchedLines.size()), wantSearched.size());
    for (int i = 0; i < searchedLines.size(); ++i)
        QCOMPARE(csvFields(searchedLines[i]).first().toStdString(), wantSearched[static_cast<std::size_t>(i)]);
    m_page->setFilter(f);
    QVERIFY(waitForRows());

    // JSON as well, with the same rows.
    const QString json = dir.filePath(QStringLiteral("customers.json"));
    QVERIFY(m_page->table()->exportTo(json, core::ExportFormat::Json));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.last().at(1).toULongLong(), static_cast<qulonglong>(want.size()));
}

void CustomersPageTest::toolbarSearch()
{
    openWindow({1280, 800});
    ui::CustomerSearchBox* box = m_window->customerSearch();
    QSignalSpy ready(box, &ui::CustomerSearchBox::matchesReady);
    box->lineEdit()->setFocus();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("ivan"));
    QVERIFY(ready.wait(kWaitMs));
    const auto want = test::customerColumn(
        "SELECT user_id FROM crm.users WHERE lower(full_name) LIKE '%ivan%' OR lower(email) LIKE '%ivan%' "
        "ORDER BY user_id LIMIT 10");
    QCOMPARE(box->matches().size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i)
        QCOMPARE(std::to_string(box->matches()[i].userId), want[i]);
    QVERIFY(box->completer()->popup()->isVisible());
    QCOMPARE(box->completer()->completionModel()->rowCount(), static_cast<int>(want.size()));
    // Enter on a highlighted match opens its card.
    QSignalSpy chosen(box, &ui::CustomerSearchBox::customerChosen);
    box->completer()->popup()->setCurrentIndex(box->completer()->completionModel()->index(2, 0));
    box->submit();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(std::to_string(chosen.first().first().toLongLong()), want[2]);
    QVERIFY(m_window->userCards()->find(chosen.first().first().toLongLong()));
    m_window->userCards()->closeAll();
    QTRY_COMPARE(m_window->userCards()->count(), 0);

    // An exact id, and a Telegram id: Enter opens that customer.
    const std::string id = test::customerText("SELECT user_id FROM crm.users ORDER BY user_id DESC LIMIT 1");
    box->lineEdit()->clear();
    QTest::keyClicks(box->lineEdit(), QString::fromStdString(id));
    box->submit();
    QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 2, kWaitMs);
    QCOMPARE(std::to_string(chosen.last().first().toLongLong()), id);
    const auto telegram = test::customerRows(
        "SELECT telegram_id, user_id FROM crm.users WHERE telegram_id IS NOT NULL ORDER BY user_id DESC LIMIT 1");
    box->lineEdit()->clear();
    QTest::keyClicks(box->lineEdit(), QString::fromStdString(telegram[0][0]));
    box->submit();
    QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 3, kWaitMs);
    QCOMPARE(std::to_string(chosen.last().first().toLongLong()), telegram[0][1]);
    m_window->userCards()->closeAll();
    QTRY_COMPARE(m_window->userCards()->count(), 0);

    // An unknown id: a message, no card.
    QSignalSpy notFound(box, &ui::CustomerSearchBox::notFound);
    box->lineEdit()->clear();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("987654321"));
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QVERIFY(notFound.count() > 0 || notFound.wait(kWaitMs));
    QCOMPARE(notFound.first().first().toString(), QStringLiteral("No customer with id 987654321"));
    QCOMPARE(m_window->userCards()->count(), 0);
    const auto toasts = ui::ToastOverlay::of(m_window.get())->toasts();
    QVERIFY(!toasts.isEmpty());
    QCOMPARE(toasts.last()->text(), QStringLiteral("No customer with id 987654321"));
    box->lineEdit()->clear();
    QTest::keyClicks(box->lineEdit(), QStringLiteral("zzqx"));
    box->submit();
    QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 2, kWaitMs);
    QCOMPARE(notFound.last().first().toString(), QStringLiteral("No customer matches “zzqx”"));
}

void CustomersPageTest::recoversAfterTheConnectionDied()
{
    openWindow();
    test::TestCluster::instance().terminateOtherBackends();
    m_page->reload();
    QVERIFY(waitForRows());
    QCOMPARE(m_page->model()->rowCount(), ui::CustomersModel::kPageSize);
    QVERIFY(!m_page->isErrorVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->countState(), ui::CustomersModel::CountState::Exact, kWaitMs);
}

void CustomersPageTest::screenshots(const QString& language)
{
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        openWindow(size);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->filterBar()->segmentCombo()->count() > 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->countState(), ui::CustomersModel::CountState::Exact, kWaitMs);
        m_page->table()->tableView()->sortByColumn(static_cast<int>(CustomerColumn::LtvPredicted), Qt::DescendingOrder);
        QVERIFY(waitForRows());
        ui::ToastOverlay::of(m_window.get())->clear();
        test::saveCustomerPicture(
            *m_window, QStringLiteral("customers-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
        if (size.width() == 1600) {
            // The picture of the README: the model columns in view, through the column chooser.
            for (const auto c : {CustomerColumn::Email, CustomerColumn::Channel, CustomerColumn::Registered})
                m_page->table()->setColumnHidden(static_cast<int>(c), true);
            test::saveCustomerPicture(*m_window, QStringLiteral("customers-columns-%1-1600x1000.png").arg(language));
            for (const auto c : {CustomerColumn::Email, CustomerColumn::Channel, CustomerColumn::Registered})
                m_page->table()->setColumnHidden(static_cast<int>(c), false);
        }
        ui::CustomerFilter f;
        f.search = QStringLiteral("ivan");
        f.churnBand = 2;
        m_page->setFilter(f);
        QVERIFY(waitForRows());
        test::saveCustomerPicture(
            *m_window,
            QStringLiteral("customers-filtered-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
        m_window.reset();
        m_page = nullptr;
    }
}

void CustomersPageTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void CustomersPageTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(ui::CustomerTexts::rfmSegment(QStringLiteral("Champions")), QStringLiteral("Чемпионы"));
    screenshots(QStringLiteral("ru"));
    QCoreApplication::removeTranslator(&ru);
    QCoreApplication::installTranslator(m_english.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QObject* makeCustomersPageTest()
{
    return new CustomersPageTest;
}

#include "customers_page_test.moc"
