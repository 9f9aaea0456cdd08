// The user card against the generated database of customers_ui_fixture: the profile, the tiles and
// the churn reasons equal what SQL reads from crm.users / ml.user_metrics; the timeline's first
// page and every later page equal an independent SQL ordering of events and orders (no row skipped
// or repeated); the monthly spend chart and the bought products equal SQL; recommendations come
// from the newest recommend run (rows inserted here into a partition attached by hand, as the
// recommender does), from the run's popular list for a user without rows, and from the best
// sellers of the last 90 days without a run — never an empty list. An unknown id says "No customer
// with id N". The LTV and Scores pages open cards too. Screenshots in English and Russian.
#include "charts/category_bar_chart.h"
#include "customers_ui_fixture.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/card_products_model.h"
#include "models/card_recommendations_model.h"
#include "models/card_timeline_model.h"
#include "models/feature_texts.h"
#include "models/ltv_customers_model.h"
#include "models/scored_users_model.h"
#include "models/sql_connection.h"
#include "models/user_card_queries.h"
#include "pages/ltv_page.h"
#include "pages/scores_page.h"
#include "pages/user_card_tiles.h"
#include "pages/user_card_window.h"
#include "pages/user_card_windows.h"
#include "test_cluster.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTranslator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <memory>

using namespace kestrel;
using Tile = ui::UserCardTiles::Tile;

namespace {

constexpr int kWaitMs = 60000;

std::string timelineSql(const std::string& user)
{
    return "SELECT kind, id FROM (SELECT 1 AS kind, event_id AS id, occurred_at AS at FROM crm.events WHERE user_id "
           "= " +
           user +
           " AND event_type <> 'purchase' UNION ALL SELECT 0, order_id, created_at FROM crm.orders WHERE user_id = " +
           user + ") t ORDER BY at DESC, kind, id DESC";
}

std::string id(const ui::CardTimelineItem& item)
{
    return std::to_string(static_cast<int>(item.kind)) + ":" + std::to_string(item.id);
}

} // namespace

class UserCardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void profileAndTilesEqualSql();
    void timelinePagesEqualSql();
    void spendAndProductsEqualSql();
    void bestsellersWithoutARun();
    void recommendationsOfTheNewestRun();
    void unknownIdSaysSo();
    void otherPagesOpenCards();
    void englishScreenshots();
    void russianScreenshots();

private:
    void openWindow();
    ui::UserCardWindow* openCard(std::int64_t userId);
    void screenshots(const QString& language);
    /// Inserts a succeeded recommend run with a popular list and a partition holding `rows`
    /// (user, rank, product, source, kind, reason product or 0, reason category or ""); returns its id.
    std::int64_t insertRun(const std::string& popularJson, const std::string& rowsValues);

    std::unique_ptr<QTranslator> m_english;
    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    std::string m_user; // a customer with orders, a churn score with reasons and a long history
};

void UserCardTest::initTestCase()
{
    m_english = std::make_unique<QTranslator>();
    QVERIFY(m_english->load(QStringLiteral(":/i18n/kestrel_en.qm")));
    QCoreApplication::installTranslator(m_english.get());
    test::ensureCustomerData();
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
    m_user = test::customerText(
        "SELECT m.user_id FROM ml.user_metrics m WHERE m.churn_reasons IS NOT NULL AND "
        "jsonb_array_length(m.churn_reasons) = 3 AND m.rfm_segment IS NOT NULL AND m.ltv_predicted IS NOT NULL AND "
        "m.segment_id IS NOT NULL ORDER BY (SELECT count(*) FROM crm.events e WHERE e.user_id = m.user_id) DESC, "
        "m.user_id LIMIT 1");
    QVERIFY(m_user != "<none>");
    QVERIFY(test::customerScalar("SELECT count(*) FROM crm.events WHERE user_id = " + m_user) > 120);
    QVERIFY(test::customerScalar(
                "SELECT count(DISTINCT date_trunc('month', created_at)) FROM crm.orders WHERE user_id = " + m_user) >=
            2);
}

void UserCardTest::init()
{
    QSettings().clear();
    ui::UserCardQueries::forgetBestsellers();
}

void UserCardTest::cleanup()
{
    m_jobs->waitForAll();
    m_window.reset();
}

void UserCardTest::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

ui::UserCardWindow* UserCardTest::openCard(std::int64_t userId)
{
    if (!m_window)
        openWindow();
    ui::UserCardWindow* card = m_window->openUserCard(userId);
    if (!card)
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while ((card->isLoading() || !card->card()) && !card->isErrorVisible() && timer.elapsed() < kWaitMs)
        QTest::qWait(10);
    return card->card() ? card : nullptr;
}

std::int64_t UserCardTest::insertRun(const std::string& popularJson, const std::string& rowsValues)
{
    const std::int64_t run = test::customerScalar(
        "INSERT INTO ml.model_runs (model, status, params, metrics, started_at, finished_at, duration_ms) VALUES "
        "('recommend', 'succeeded', '{}', '{\"popular\": " +
        popularJson + "}', now(), now(), 1000) RETURNING run_id");
    const std::string part = "ml.recommendations_run_" + std::to_string(run);
    test::customerExec("CREATE TABLE " + part + " (LIKE ml.recommendations INCLUDING DEFAULTS INCLUDING CONSTRAINTS)");
    test::customerExec("ALTER TABLE " + part + " ADD CHECK (run_id = " + std::to_string(run) + ")");
    if (!rowsValues.empty())
        test::customerExec("INSERT INTO " + part +
                           " (run_id, user_id, rank, product_id, score, source, reason_kind, reason_product_id, "
                           "reason_category) SELECT " +
                           std::to_string(run) +
                           ", v.u, v.r, v.p, 1.0 / v.r, v.s, v.k, nullif(v.rp, 0), nullif(v.rc, '') FROM (VALUES " +
                           rowsValues + ") v(u, r, p, s, k, rp, rc)");
    test::customerExec("CREATE INDEX ON " + part + " (user_id, rank)");
    test::customerExec("ALTER TABLE ml.recommendations ATTACH PARTITION " + part + " FOR VALUES IN (" +
                       std::to_string(run) + ")");
    return run;
}

void UserCardTest::profileAndTilesEqualSql()
{
    ui::UserCardWindow* card = openCard(std::stoll(m_user));
    QVERIFY(card);
    QVERIFY(!card->isNotFoundVisible());
    QVERIFY(!card->isErrorVisible());
    const auto u =
        test::customerRows("SELECT full_name, email, country, coalesce(city, '—'), coalesce(birth_year::text, '—'), "
                           "coalesce(telegram_id::text, '—') FROM crm.users WHERE user_id = " +
                           m_user)[0];
    QCOMPARE(card->headerName().toStdString(), u[0]);
    QCOMPARE(card->headerDetails(),
             QStringLiteral("Customer %1 · %2").arg(QString::fromStdString(m_user), QString::fromStdString(u[1])));
    const auto profile = card->profileRows();
    QCOMPARE(profile[0].second.toStdString(), u[2]);
    QCOMPARE(profile[1].second.toStdString(), u[3]);
    QCOMPARE(profile[4].second.toStdString(), u[4]);
    QCOMPARE(profile[7].second.toStdString(), u[5]);

    const auto m = test::customerRows(
        "SELECT segment_id, rfm_r, rfm_f, rfm_m, rfm_segment, churn_probability, churn_reasons::text, ltv_predicted, "
        "p_alive, purchase_probability_30d, expected_purchases_90d FROM ml.user_metrics WHERE user_id = " +
        m_user)[0];
    ui::UserCardTiles* tiles = card->tiles();
    QCOMPARE(tiles->valueText(Tile::Segment).toStdString(), m[0]);
    QCOMPARE(tiles->valueText(Tile::Rfm),
             QStringLiteral("R%1 F%2 M%3")
                 .arg(QString::fromStdString(m[1]), QString::fromStdString(m[2]), QString::fromStdString(m[3])));
    QCOMPARE(tiles->captionText(Tile::Rfm).toStdString(), m[4]); // English names in English
    QCOMPARE(tiles->valueText(Tile::Churn), ui::format::percent(std::stod(m[5]), 1));
    QCOMPARE(tiles->valueText(Tile::PredictedLtv), ui::format::money(std::stod(m[7])));
    QCOMPARE(tiles->valueText(Tile::PAlive), ui::format::percent(std::stod(m[8]), 1));
    QCOMPARE(tiles->valueText(Tile::Purchase), ui::format::percent(std::stod(m[9]), 1));
    QCOMPARE(tiles->valueText(Tile::Expected90), QLocale().toString(std::stod(m[10]), 'f', 2));
    // The reasons: the stored JSON in words, largest first, three of them.
    const QJsonArray reasons = QJsonDocument::fromJson(QByteArray::fromStdString(m[6])).array();
    QCOMPARE(tiles->churnReasons().size(), reasons.size());
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const QJsonObject r = reasons[i].toObject();
        const QJsonValue value = r.value(QStringLiteral("value"));
        QCOMPARE(tiles->churnReasons()[i],
                 ui::FeatureTexts::reason(r.value(QStringLiteral("feature")).toString(),
                                          value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt,
                                          r.value(QStringLiteral("contribution")).toDouble()));
    }

    // A user without orders: the tiles say why there is nothing, no zeros.
    const std::string newcomer =
        test::customerText("SELECT user_id FROM crm.users u WHERE NOT EXISTS (SELECT 1 FROM crm.orders o WHERE "
                           "o.user_id = u.user_id) ORDER BY user_id DESC LIMIT 1");
    ui::UserCardWindow* empty = openCard(std::stoll(newcomer));
    QVERIFY(empty);
    QCOMPARE(empty->tiles()->valueText(Tile::Rfm), QStringLiteral("—"));
    QCOMPARE(empty->tiles()->valueText(Tile::PredictedLtv), QStringLiteral("—"));
    QCOMPARE(empty->productsModel()->rowCount(), 0);
    QCOMPARE(empty->spendChart()->message(), QStringLiteral("No paid orders yet"));
    QVERIFY(empty->recommendationsModel()->rowCount() > 0); // never an empty list
}

void UserCardTest::timelinePagesEqualSql()
{
    ui::UserCardWindow* card = openCard(std::stoll(m_user));
    QVERIFY(card);
    std::vector<std::string> want;
    for (const auto& row : test::customerRows(timelineSql(m_user)))
        want.push_back(row[0] + ":" + row[1]);
    QVERIFY(want.size() > 2 * ui::UserCardQueries::kTimelinePage);
    ui::CardTimelineModel* model = card->timelineModel();
    QCOMPARE(model->rowCount(), ui::UserCardQueries::kTimelinePage);
    QVERIFY(model->hasMore());
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(id(model->item(r)), want[static_cast<std::size_t>(r)]);
    // An order row: its status and amount as stored.
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r).kind != ui::CardTimelineItem::Kind::Order)
            continue;
        const auto o = test::customerRows("SELECT total_amount, (SELECT count(*) FROM crm.order_items i WHERE "
                                          "i.order_id = o.order_id) FROM crm.orders o WHERE order_id = " +
                                          std::to_string(model->item(r).id))[0];
        QCOMPARE(*model->item(r).amount, std::stod(o[0]));
        QCOMPARE(model->item(r).items, std::stoi(o[1]));
        QCOMPARE(model->index(r, ui::CardTimelineModel::What).data().toString(),
                 QStringLiteral("Order #%1").arg(model->item(r).id));
        break;
    }

    // Scrolling to the end reads the next pages until the history ends.
    QSignalSpy extended(card, &ui::UserCardWindow::timelineExtended);
    card->tabs()->setCurrentIndex(ui::UserCardWindow::TimelineTab);
    QTableView* view = card->timelineTable()->tableView();
    while (model->hasMore()) {
        const int before = model->rowCount();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        if (model->rowCount() == before) {
            model->fetchMore({});
            QVERIFY(extended.wait(kWaitMs));
        }
        QVERIFY(model->rowCount() > before);
    }
    QCOMPARE(static_cast<std::size_t>(model->rowCount()), want.size());
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(id(model->item(r)), want[static_cast<std::size_t>(r)]);
}

void UserCardTest::spendAndProductsEqualSql()
{
    ui::UserCardWindow* card = openCard(std::stoll(m_user));
    QVERIFY(card);
    card->tabs()->setCurrentIndex(ui::UserCardWindow::PurchasesTab);
    const auto months = test::customerRows(
        "SELECT to_char(m, 'YYYY-MM'), coalesce(s, 0) FROM generate_series((SELECT date_trunc('month', min(created_at) "
        "AT TIME ZONE 'UTC') FROM crm.orders WHERE user_id = " +
        m_user +
        " AND status IN ('paid', 'shipped', 'delivered')), (SELECT date_trunc('month', max(created_at) AT TIME "
        "ZONE 'UTC') FROM crm.orders WHERE user_id = " +
        m_user +
        " AND status IN ('paid', 'shipped', 'delivered')), interval '1 month') m LEFT JOIN (SELECT "
        "date_trunc('month', created_at AT TIME ZONE 'UTC') mm, sum(total_amount) s FROM crm.orders WHERE "
        "user_id = " +
        m_user + " AND status IN ('paid', 'shipped', 'delivered') GROUP BY 1) t ON t.mm = m ORDER BY m");
    const std::vector<double> plotted = card->spendChart()->plottedValues(0);
    QCOMPARE(plotted.size(), months.size());
    for (std::size_t i = 0; i < months.size(); ++i)
        QVERIFY2(std::abs(plotted[i] - std::stod(months[i][1])) < 1e-6, months[i][0].c_str());

    const auto products = test::customerRows(
        "SELECT p.name, sum(i.quantity), sum(i.quantity * i.unit_price), count(DISTINCT o.order_id) FROM crm.orders o "
        "JOIN crm.order_items i USING (order_id) JOIN crm.products p USING (product_id) WHERE o.user_id = " +
        m_user +
        " AND o.status IN ('paid', 'shipped', 'delivered') GROUP BY p.product_id, p.name ORDER BY 3 DESC, "
        "p.product_id");
    ui::CardProductsModel* model = card->productsModel();
    QCOMPARE(static_cast<std::size_t>(model->rowCount()), products.size());
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto& want = products[static_cast<std::size_t>(r)];
        QCOMPARE(model->product(r).name.toStdString(), want[0]);
        QCOMPARE(model->product(r).quantity, std::stoll(want[1]));
        QVERIFY(std::abs(model->product(r).spend - std::stod(want[2])) < 1e-6);
        QCOMPARE(model->product(r).orders, std::stoi(want[3]));
    }
}

void UserCardTest::bestsellersWithoutARun()
{
    QCOMPARE(test::customerScalar("SELECT count(*) FROM ml.model_runs WHERE model = 'recommend'"), 0LL);
    ui::UserCardWindow* card = openCard(std::stoll(m_user));
    QVERIFY(card);
    const auto want = test::customerColumn(
        "WITH last AS (SELECT max(created_at) AS at FROM crm.orders), units AS (SELECT i.product_id, sum(i.quantity) n "
        "FROM crm.orders o JOIN crm.order_items i USING (order_id) WHERE o.status IN ('paid', 'shipped', 'delivered') "
        "AND o.created_at > (SELECT at FROM last) - interval '90 days' GROUP BY 1) SELECT p.name FROM crm.products p "
        "LEFT JOIN units u USING (product_id) ORDER BY coalesce(u.n, 0) DESC, p.is_active DESC, p.created_at DESC, "
        "p.product_id LIMIT 10");
    ui::CardRecommendationsModel* model = card->recommendationsModel();
    QCOMPARE(static_cast<std::size_t>(model->rowCount()), want.size());
    for (int r = 0; r < model->rowCount(); ++r) {
        QCOMPARE(model->recommendation(r).name.toStdString(), want[static_cast<std::size_t>(r)]);
        QCOMPARE(model->reasonText(r), QStringLiteral("Popular now"));
    }
    QVERIFY(card->recommendationsNote().contains(QStringLiteral("No recommendation run yet")));
}

void UserCardTest::recommendationsOfTheNewestRun()
{
    const auto p =
        test::customerRows("SELECT product_id, name, category FROM crm.products ORDER BY product_id LIMIT 8");
    const std::string u = m_user;
    // An older run that must not be shown.
    insertRun("[]", "(" + u + ", 1, " + p[7][0] + ", 'popular', 'popular', 0, '')");
    const std::string rows = "(" + u + ", 1, " + p[0][0] + ", 'item_cf', 'bought_together', " + p[5][0] + ", ''), (" +
                             u + ", 2, " + p[1][0] + ", 'item_cf', 'viewed_together', " + p[6][0] + ", ''), (" + u +
                             ", 3, " + p[2][0] + ", 'content', 'similar_to', " + p[5][0] + ", ''), (" + u + ", 4, " +
                             p[3][0] + ", 'popular', 'popular_in_category', 0, '" + p[3][2] + "'), (" + u + ", 5, " +
                             p[4][0] + ", 'popular', 'popular', 0, '')";
    const std::string popular = "[{\"product_id\": " + p[6][0] + ", \"score\": 0.9, \"category\": \"" + p[6][2] +
                                "\"}, {\"product_id\": " + p[2][0] + ", \"score\": 0.5, \"category\": \"" + p[2][2] +
                                "\"}]";
    const std::int64_t run = insertRun(popular, rows);

    ui::UserCardWindow* card = openCard(std::stoll(u));
    QVERIFY(card);
    ui::CardRecommendationsModel* model = card->recommendationsModel();
    QCOMPARE(model->rowCount(), 5);
    const auto name = [&](int i) { return QString::fromStdString(p[static_cast<std::size_t>(i)][1]); };
    const QStringList reasons = {
        QStringLiteral("Bought together with %1").arg(name(5)), QStringLiteral("Viewed together with %1").arg(name(6)),
        QStringLiteral("Similar to %1").arg(name(5)),
        QStringLiteral("Popular in %1").arg(QString::fromStdString(p[3][2])), QStringLiteral("Popular now")};
    for (int r = 0; r < 5; ++r) {
        QCOMPARE(model->recommendation(r).rank, r + 1);
        QCOMPARE(model->recommendation(r).name, name(r));
        QCOMPARE(model->reasonText(r), reasons[r]);
        QCOMPARE(model->index(r, ui::CardRecommendationsModel::Reason).data().toString(), reasons[r]);
    }
    QVERIFY(card->recommendationsNote().contains(QString::number(run)));

    // A user the run has no rows for (registered after it): the run's popular list, best first.
    const std::string other =
        test::customerText("SELECT user_id FROM crm.users WHERE user_id <> " + u + " ORDER BY user_id DESC LIMIT 1");
    ui::UserCardWindow* newer = openCard(std::stoll(other));
    QVERIFY(newer);
    QCOMPARE(newer->recommendationsModel()->rowCount(), 2);
    QCOMPARE(newer->recommendationsModel()->recommendation(0).name, name(6));
    QCOMPARE(newer->recommendationsModel()->recommendation(1).name, name(2));
    QCOMPARE(newer->recommendationsModel()->reasonText(0), QStringLiteral("Popular now"));
    QVERIFY(newer->recommendationsNote().contains(QStringLiteral("newer than recommendation run %1").arg(run)));

    // A run whose popular list is empty still gives a list: the best sellers.
    insertRun("[]", "");
    m_window->userCards()->closeAll();
    QTRY_COMPARE(m_window->userCards()->count(), 0);
    ui::UserCardWindow* fallback = openCard(std::stoll(other));
    QVERIFY(fallback);
    QCOMPARE(fallback->recommendationsModel()->rowCount(), 10);
    test::customerExec("DELETE FROM ml.model_runs WHERE model = 'recommend'");
    for (const auto& t : test::customerColumn("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = "
                                              "i.inhrelid WHERE i.inhparent = 'ml.recommendations'::regclass"))
        test::customerExec("DROP TABLE ml." + t);
}

void UserCardTest::unknownIdSaysSo()
{
    ui::UserCardWindow* card = openCard(987654321);
    QVERIFY(card);
    QVERIFY(card->isNotFoundVisible());
    QCOMPARE(card->notFoundText(), QStringLiteral("No customer with id 987654321"));
    QVERIFY(!card->isErrorVisible());
    QVERIFY(!card->card()->found);
}

void UserCardTest::otherPagesOpenCards()
{
    openWindow();
    // LTV page: its top customers ask for the card (Enter).
    m_window->showPage(ui::MainWindow::Page::Ltv);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->ltvPage()->customersModel()->rowCount() > 0, kWaitMs);
    QTableView* ltvView = m_window->ltvPage()->customersTable()->tableView();
    ltvView->setFocus();
    ltvView->setCurrentIndex(ltvView->model()->index(0, 1));
    QTest::keyClick(ltvView, Qt::Key_Return);
    const qint64 top =
        m_window->ltvPage()
            ->customersModel()
            ->customer(m_window->ltvPage()->customersTable()->proxyModel()->mapToSource(ltvView->currentIndex()).row())
            .userId;
    QVERIFY(m_window->userCards()->find(top));

    // Scores page: double-click on a user of the top list.
    m_window->showPage(ui::MainWindow::Page::Scores);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->scoresPage()->usersModel()->rowCount() > 0, kWaitMs);
    m_window->scoresPage()->tabs()->setCurrentIndex(ui::ScoresPage::UsersTab);
    QTest::qWait(100); // the tab's table gets its geometry
    QTableView* scoresView = m_window->scoresPage()->usersTable()->tableView();
    const QModelIndex second = scoresView->model()->index(1, 1);
    const qint64 scored = m_window->scoresPage()
                              ->usersModel()
                              ->user(m_window->scoresPage()->usersTable()->proxyModel()->mapToSource(second).row())
                              .userId;
    // As a mouse does it: a click, then the second press that makes it a double-click.
    QTest::mouseClick(scoresView->viewport(), Qt::LeftButton, {}, scoresView->visualRect(second).center());
    QTest::mouseDClick(scoresView->viewport(), Qt::LeftButton, {}, scoresView->visualRect(second).center());
    QVERIFY(m_window->userCards()->find(scored));
    QVERIFY(m_window->userCards()->count() >= 1);
}

void UserCardTest::screenshots(const QString& language)
{
    // A recommend run with a list for the customer shown, so the tab shows every kind of reason.
    const auto p = test::customerRows("SELECT product_id, category FROM crm.products ORDER BY product_id LIMIT 10");
    std::string rows;
    const char* const kinds[] = {"bought_together", "viewed_together", "similar_to", "popular_in_category", "popular"};
    const char* const sources[] = {"item_cf", "item_cf", "content", "popular", "popular"};
    for (int r = 0; r < 10; ++r) {
        const int k = r % 5;
        const bool withProduct = k < 3;
        rows += std::string(r ? ", " : "") + "(" + m_user + ", " + std::to_string(r + 1) + ", " +
                p[static_cast<std::size_t>(r)][0] + ", '" + sources[k] + "', '" + kinds[k] + "', " +
                (withProduct ? p[static_cast<std::size_t>((r + 3) % 10)][0] : std::string("0")) + ", '" +
                (k == 3 ? p[static_cast<std::size_t>(r)][1] : std::string()) + "')";
    }
    insertRun("[]", rows);
    openWindow();
    for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
        ui::UserCardWindow* card = openCard(std::stoll(m_user));
        QVERIFY(card);
        card->resize(size);
        QTest::qWait(100);
        const QString suffix = QStringLiteral("%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height());
        const char* const names[] = {"timeline", "purchases", "recommendations"};
        for (int tab = 0; tab < 3; ++tab) {
            card->tabs()->setCurrentIndex(tab);
            test::saveCustomerPicture(*card, QStringLiteral("user-card-%1-").arg(QLatin1String(names[tab])) + suffix);
        }
        card->close();
        QTRY_COMPARE(m_window->userCards()->count(), 0);
    }
    ui::UserCardWindow* missing = openCard(987654321);
    QVERIFY(missing);
    missing->resize(1280, 800);
    test::saveCustomerPicture(*missing, QStringLiteral("user-card-unknown-%1-1280x800.png").arg(language));
    test::customerExec("DELETE FROM ml.model_runs WHERE model = 'recommend'");
    for (const auto& t : test::customerColumn("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = "
                                              "i.inhrelid WHERE i.inhparent = 'ml.recommendations'::regclass"))
        test::customerExec("DROP TABLE ml." + t);
}

void UserCardTest::englishScreenshots()
{
    screenshots(QStringLiteral("en"));
}

void UserCardTest::russianScreenshots()
{
    QCoreApplication::removeTranslator(m_english.get());
    QTranslator ru;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    screenshots(QStringLiteral("ru"));
    m_window.reset();
    QCoreApplication::removeTranslator(&ru);
    QCoreApplication::installTranslator(m_english.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QObject* makeUserCardTest()
{
    return new UserCardTest;
}

#include "user_card_test.moc"
