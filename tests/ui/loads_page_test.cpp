// The Loads page and the toasts against a real database: the history as ops.loads has it, a
// rollback started from the page (confirmation answered by the test) restores the table exactly,
// failed loads are listed with their error and retried from their toast, every status shows.
#include "import_ui_fixture.h"

#include "import/file_page.h"
#include "import/import_session.h"
#include "import/load_page.h"
#include "import/preview_page.h"
#include "import/result_page.h"
#include "import/validation_page.h"
#include "main_window.h"
#include "models/loads_model.h"
#include "pages/loads_page.h"
#include "test_cluster.h"
#include "widgets/count_tile.h"
#include "widgets/data_table_view.h"
#include "widgets/toast.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtCore/QSortFilterProxyModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>

using namespace kestrel;
using namespace kestrel::test;
using ui::ImportWizard;

class LoadsPageTest : public ImportUiFixture {
    Q_OBJECT

private slots:
    void initTestCase() { setUpOnce(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void loadsPageListsLoadsAndRollbackRestoresTheTable();
    void failedLoadIsListedWithItsError();
    void loadsPageShowsEveryStatus();
    void russianWindowShowsTranslatedLoadsAndWizard();
};

void LoadsPageTest::loadsPageListsLoadsAndRollbackRestoresTheTable()
{
    seedUsers();
    const std::string before = usersDigest();
    const QString path = writeFile(QStringLiteral("users-rollback.csv"),
                                   "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                   "1002,boris@example.com,Boris New,RU,social,mobile,2024-05-02\n"
                                   "4001,p@example.com,P,US,organic,desktop,2025-01-05\n"
                                   "4002,q@example.com,Q,US,organic,desktop,2025-01-05\n");
    ImportWizard* wizard = openWizardOn(path);
    QVERIFY(wizard);
    wizard->next();
    QVERIFY(runCheck(wizard));
    const auto result = runLoad(wizard);
    QVERIFY(result && result->ok());
    wizard->accept();
    const std::int64_t loadId = result->report->loadId;
    QVERIFY(usersDigest() != before);

    ui::LoadsPage* page = m_window->loadsPage();
    m_window->showPage(ui::MainWindow::Page::Loads);
    QSignalSpy loaded(page, &ui::LoadsPage::loaded);
    page->reload();
    QVERIFY(loaded.wait(20000));
    // Newest first, as in ops.loads.
    QCOMPARE(page->model()->rowCount(), static_cast<int>(scalar("SELECT count(*) FROM ops.loads")));
    QCOMPARE(page->model()->record(0).loadId, static_cast<std::int64_t>(scalar("SELECT max(load_id) FROM ops.loads")));
    QVERIFY(page->selectLoad(loadId));
    QVERIFY(page->rollbackButton()->isEnabled());

    QString question;
    page->setConfirm([&](const QString&, const QString& text, const QString&) {
        question = text;
        return true;
    });
    QSignalSpy rolled(m_window->loadJobs(), &ui::LoadJobs::rollbackFinished);
    QVERIFY(page->rollBackSelected() != 0);
    QVERIFY2(question.contains(QStringLiteral("restores 1 ")), qPrintable(question)); // singular comes from the .qm
    QVERIFY2(question.contains(QStringLiteral("to their previous values")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("removes 2 rows it added")), qPrintable(question));
    QVERIFY(rolled.wait(60000));
    const auto outcome = rolled.first().at(1).value<ui::RollbackOutcomePtr>();
    QVERIFY2(outcome->ok(), qPrintable(outcome->error));
    QCOMPARE(outcome->report->rowsRestored, std::int64_t(1));
    QCOMPARE(outcome->report->rowsDeleted, std::int64_t(2));
    QCOMPARE(usersDigest(), before);

    // The page refreshes by itself: the load is rolled back and can no longer be.
    QVERIFY(QTest::qWaitFor(
        [&] {
            const int row = page->model()->rowOf(loadId);
            return row >= 0 && page->model()->record(row).status == "rolled_back";
        },
        20000));
    QVERIFY(page->selectLoad(loadId));
    QVERIFY(!page->rollbackButton()->isEnabled());
    QCOMPARE(page->model()->record(0).mode, std::string("rollback"));

    // A refused rollback is asked for nothing: the button stays disabled for it, and a declined
    // confirmation starts nothing.
    page->setConfirm([](const QString&, const QString&, const QString&) { return false; });
    QCOMPARE(page->rollBackSelected(), 0);
}

void LoadsPageTest::failedLoadIsListedWithItsError()
{
    seedUsers();
    // Loads of every status for the Loads page: succeeded, failed, cancelled, rolled back.
    const QString good = writeFile(QStringLiteral("users-good.csv"),
                                   "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                   "5001,g@example.com,G,US,organic,desktop,2025-01-05\n");
    const QString bad = writeFile(QStringLiteral("users-bad.csv"),
                                  "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                  "5002,broken,H,US,organic,desktop,2025-01-05\n");
    ui::LoadJobs* jobs = m_window->loadJobs();
    QSignalSpy finished(jobs, &ui::LoadJobs::importFinished);
    QSignalSpy rolled(jobs, &ui::LoadJobs::rollbackFinished);
    core::LoadRequest request;
    request.entity = "users";
    request.path = good.toStdString();
    jobs->startImport(request);
    QVERIFY(finished.wait(30000));
    const auto first = finished.takeFirst().at(1).value<ui::ImportOutcomePtr>();
    QVERIFY(first->ok());
    jobs->startRollback(first->report->loadId, QStringLiteral("users-good.csv"));
    QVERIFY(rolled.wait(30000));
    request.force = true;
    jobs->startImport(request);
    QVERIFY(finished.wait(30000));
    finished.clear();
    request.path = bad.toStdString();
    jobs->startImport(request);
    QVERIFY(finished.wait(30000));
    const auto failed = finished.takeFirst().at(1).value<ui::ImportOutcomePtr>();
    QVERIFY(!failed->ok());
    QVERIFY(!failed->cancelled);
    QVERIFY2(failed->error.contains(QStringLiteral("users-bad.csv")), qPrintable(failed->error));
    QVERIFY(failed->details.contains(QStringLiteral("Where: users-bad.csv:2")));

    // Its toast offers Retry, which runs the same request again (and fails the same way).
    ui::Toast* toast = ui::ToastOverlay::of(m_window.get())->toasts().last();
    QCOMPARE(toast->kind(), ui::Toast::Kind::Error);
    QVERIFY2(toast->text().contains(QStringLiteral("The import of users-bad.csv into Users failed")),
             qPrintable(toast->text()));
    QCOMPARE(toast->actionButtons().size(), 1);
    QCOMPARE(toast->actionButtons().first()->text(), QStringLiteral("Retry"));
    saveScreenshot(*m_window, QStringLiteral("toast-failed.png"));
    toast->trigger(0);
    QVERIFY(finished.wait(30000));
    const auto retried = finished.takeFirst().at(1).value<ui::ImportOutcomePtr>();
    QCOMPARE(retried->request.path, request.path);
    QVERIFY(!retried->ok());
    QCOMPARE(scalar("SELECT count(*) FROM ops.loads WHERE status = 'failed'"), 2LL);

    ui::LoadsPage* page = m_window->loadsPage();
    m_window->showPage(ui::MainWindow::Page::Loads);
    QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == 5 && !page->model()->isLoading(); }, 20000));
    QCOMPARE(page->model()->record(0).status, std::string("failed"));
    QVERIFY(page->model()->index(0, ui::LoadsModel::Error).data().toString().contains(QStringLiteral("rejected")));
    QCOMPARE(page->model()->record(1).status, std::string("failed"));
    QCOMPARE(page->model()->record(2).status, std::string("succeeded"));
    QCOMPARE(page->model()->record(3).mode, std::string("rollback"));
    QCOMPARE(page->model()->record(4).status, std::string("rolled_back"));
    QVERIFY(page->selectLoad(page->model()->record(0).loadId));
    QVERIFY(!page->rollbackButton()->isEnabled());
    QVERIFY(page->rejectsButton()->isEnabled()); // the failed load wrote its rejects
    saveScreenshot(*m_window, QStringLiteral("loads.png"));

    // The database goes away: the page keeps its rows and says it is not updated.
    const int rows = page->model()->rowCount();
    QSignalSpy failedReload(page->model(), &ui::LoadsModel::failed);
    page->model()->setConnection(core::ConnectionParams::fromDsn("host=/nonexistent-kestrel-dir port=5999 dbname=x"));
    QVERIFY(failedReload.wait(30000));
    QCOMPARE(page->model()->rowCount(), rows);
    QCOMPARE(page->statusText(), QStringLiteral("Not updated"));
    page->model()->setConnection(test::TestCluster::instance().params());
    QVERIFY(QTest::qWaitFor([&] { return !page->model()->isLoading(); }, 20000));

    if (screenshots()) {
        m_window->resize(1280, 800);
        saveScreenshot(*m_window, QStringLiteral("loads-1280x800.png"));
        ImportWizard* wizard = openWizardOn(good);
        QVERIFY(wizard);
        wizard->resize(900, 620);
        wizard->next();
        saveScreenshot(*wizard, QStringLiteral("import-2-preview-900x620.png"));
        wizard->close();
    }
}

void LoadsPageTest::loadsPageShowsEveryStatus()
{
    seedUsers();
    ui::LoadJobs* jobs = m_window->loadJobs();
    QSignalSpy finished(jobs, &ui::LoadJobs::importFinished);
    QSignalSpy rolled(jobs, &ui::LoadJobs::rollbackFinished);
    const auto import = [&](const char* entity, const QString& path, core::RejectPolicy policy, bool cancel) {
        core::LoadRequest r;
        r.entity = entity;
        r.path = path.toStdString();
        r.rejects = policy;
        const int job = jobs->startImport(r);
        if (cancel)
            jobs->cancel(job);
        finished.clear();
        if (!finished.wait(60000))
            return ui::ImportOutcomePtr();
        return finished.first().at(1).value<ui::ImportOutcomePtr>();
    };
    std::string users = "user_id,email,full_name,country,acquisition_channel,device,created_at\n";
    for (int i = 1; i <= 40; ++i)
        users += std::to_string(7000 + i) + ",c" + std::to_string(i) + "@example.com,Customer " + std::to_string(i) +
                 ",DE,organic,mobile,2025-03-01\n";
    QVERIFY(import("users", writeFile(QStringLiteral("crm-customers-2025-03.csv"), users),
                   core::RejectPolicy::LoadNothing, false)
                ->ok());
    const std::string products = cp1251(QStringLiteral("Артикул;Название;Категория;Цена;Себестоимость;id товара\r\n"
                                                       "SKU-1;Чайник;Кухня;\"1 234,56\";99,5;10\r\n"
                                                       "SKU-2;Лампа;Свет;15;7,25;11\r\n"
                                                       "SKU-3;Кружка;Кухня;4,90;1,10;12\r\n"
                                                       "SKU-4;Плед;Дом;цена?;10;13\r\n"));
    const auto withRejects = import("products", writeFile(QStringLiteral("товары-прайс.csv"), products),
                                    core::RejectPolicy::LoadGoodRows, false);
    QVERIFY(withRejects && withRejects->ok());
    QCOMPARE(withRejects->report->rowsRejected, std::int64_t(1));
    std::string orders = "order_id,user_id,created_at,status,total_amount\n";
    for (int i = 1; i <= 25; ++i)
        orders += std::to_string(90000 + i) + "," + std::to_string(7000 + i) + ",2025-03-0" +
                  std::to_string(1 + i % 9) + ",paid," + std::to_string(10 * i) + ".50\n";
    const auto ordersLoad = import("orders", writeFile(QStringLiteral("shop-orders-march.csv"), orders),
                                   core::RejectPolicy::LoadNothing, false);
    QVERIFY(ordersLoad && ordersLoad->ok());
    jobs->startRollback(ordersLoad->report->loadId, QStringLiteral("shop-orders-march.csv"));
    QVERIFY(rolled.wait(60000));
    const auto failed = import("users",
                               writeFile(QStringLiteral("crm-export-no-email.csv"),
                                         "user_id,full_name,country,acquisition_channel,device,created_at\n"
                                         "8001,No Mail,US,organic,desktop,2025-01-05\n"),
                               core::RejectPolicy::LoadNothing, false);
    QVERIFY(failed && !failed->ok() && !failed->cancelled);
    QVERIFY(failed->error.contains(QStringLiteral("required column \"email\" is missing")));
    users += "7999,last@example.com,Last One,FR,email,desktop,2025-03-02\n"; // another file than the first
    const auto cancelled = import("users", writeFile(QStringLiteral("crm-customers-full.csv"), users),
                                  core::RejectPolicy::LoadNothing, true);
    QVERIFY(cancelled && cancelled->cancelled);

    ui::LoadsPage* page = m_window->loadsPage();
    m_window->showPage(ui::MainWindow::Page::Loads);
    QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() == 6 && !page->model()->isLoading(); }, 20000));
    const char* statuses[] = {"cancelled", "failed", "succeeded", "rolled_back", "succeeded", "succeeded"};
    for (int row = 0; row < 6; ++row)
        QVERIFY2(page->model()->record(row).status == statuses[row],
                 qPrintable(QStringLiteral("row %1: %2 (%3)")
                                .arg(row)
                                .arg(QString::fromStdString(page->model()->record(row).status),
                                     QString::fromStdString(page->model()->record(row).fileName))));
    QCOMPARE(page->model()->index(0, ui::LoadsModel::Status).data().toString(), QStringLiteral("Cancelled"));
    QCOMPARE(page->model()->index(3, ui::LoadsModel::Status).data().toString(), QStringLiteral("Rolled back"));
    QCOMPARE(page->model()->index(2, ui::LoadsModel::Mode).data().toString(),
             QStringLiteral("Rollback of %1").arg(ordersLoad->report->loadId));
    QCOMPARE(page->model()->index(4, ui::LoadsModel::Entity).data().toString(), QStringLiteral("Products"));

    // The table tools work on the history: the quick filter keeps the matching rows.
    page->table()->setQuickFilter(QStringLiteral("Products"));
    QCOMPARE(page->table()->proxyModel()->rowCount(), 1);
    page->table()->setQuickFilter(QString());
    QCOMPARE(page->table()->proxyModel()->rowCount(), 6);

    QVERIFY(page->selectLoad(withRejects->report->loadId));
    QVERIFY(page->rejectsButton()->isEnabled());
    QVERIFY(page->rollbackButton()->isEnabled());
    ui::ToastOverlay::of(m_window.get())->clear();
    saveScreenshot(*m_window, QStringLiteral("loads-statuses.png"));
    if (screenshots()) {
        m_window->resize(1280, 800);
        saveScreenshot(*m_window, QStringLiteral("loads-statuses-1280x800.png"));
    }
}

void LoadsPageTest::russianWindowShowsTranslatedLoadsAndWizard()
{
    seedUsers();
    QTranslator ru, qtRu;
    QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
    QCoreApplication::installTranslator(&ru);
    // Qt's own buttons (the wizard's Back/Next) as the application loads them.
    if (qtRu.load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtRu);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    // Widgets take their texts when built: a new window in Russian.
    m_window = std::make_unique<ui::MainWindow>(TestCluster::instance().params(), *m_jobs);
    m_window->resize(1400, 900);
    m_window->show();
    const QString path = writeFile(QStringLiteral("users-ru.csv"),
                                   "user_id;email;full_name;country;acquisition_channel;device;created_at\n"
                                   "501;r@example.com;Роза;RU;organic;mobile;01.03.2025\n");
    ui::LoadJobs* jobs = m_window->loadJobs();
    QSignalSpy finished(jobs, &ui::LoadJobs::importFinished);
    core::LoadRequest r;
    r.entity = "users";
    r.path = path.toStdString();
    jobs->startImport(r);
    QVERIFY(finished.wait(60000));

    ui::LoadsPage* page = m_window->loadsPage();
    m_window->showPage(ui::MainWindow::Page::Loads);
    QVERIFY(QTest::qWaitFor([&] { return page->model()->rowCount() >= 1 && !page->model()->isLoading(); }, 20000));
    QCOMPARE(page->rollbackButton()->text(), QStringLiteral("Откатить…"));
    QCOMPARE(page->model()->headerData(ui::LoadsModel::Deleted, Qt::Horizontal).toString(), QStringLiteral("Удалено"));
    ui::ToastOverlay::of(m_window.get())->clear();
    saveScreenshot(*m_window, QStringLiteral("loads-ru.png"));

    // A file with bad rows: the check explains them in Russian, down to the reasons core writes.
    const QString bad = writeFile(QStringLiteral("users-ru-bad.csv"),
                                  "user_id;email;full_name;country;acquisition_channel;device;created_at\n"
                                  "502;s@example.com;Семён;RU;organic;mobile;02.03.2025\n"
                                  "503;no-mail;Тая;RU;organic;mobile;31.02.2025\n");
    ImportWizard* wizard = openWizardOn(bad);
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), QStringLiteral("Импорт данных"));
    wizard->next();
    saveScreenshot(*wizard, QStringLiteral("import-2-preview-ru.png"));
    const ui::ImportOutcomePtr checked = runCheck(wizard);
    QVERIFY(checked && checked->ok());
    QCOMPARE(checked->report->rowsRejected, 1);
    QVERIFY(checked->report->sampleRejects.size() >= 2u);
    QVERIFY2(checked->report->sampleRejects[0].reason.rfind("не адрес электронной почты", 0) == 0,
             checked->report->sampleRejects[0].reason.c_str());
    QVERIFY2(checked->report->sampleRejects[1].reason.rfind("нет такой даты", 0) == 0,
             checked->report->sampleRejects[1].reason.c_str());
    saveScreenshot(*wizard, QStringLiteral("import-3-check-ru.png"));
    wizard->close();
    QCoreApplication::removeTranslator(&ru);
    QCoreApplication::removeTranslator(&qtRu);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QObject* makeLoadsPageTest()
{
    return new LoadsPageTest;
}

#include "loads_page_test.moc"
