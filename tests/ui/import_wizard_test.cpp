// The import wizard against a real database: the preview reads a Windows-1251 semicolon file with
// Russian headers and pre-fills the mapping, the dry run's numbers equal what the load then does
// (checked with independent SQL), rejects reach a file the result page opens, a repeated file
// needs "force", and a cancelled load changes nothing.
#include "import_ui_fixture.h"

#include "import/fields_table.h"
#include "import/file_page.h"
#include "import/import_session.h"
#include "import/load_page.h"
#include "import/preview_page.h"
#include "import/result_page.h"
#include "import/validation_page.h"
#include "main_window.h"
#include "models/loads_model.h"
#include "pages/dashboard_page.h"
#include "pages/loads_page.h"
#include "test_cluster.h"
#include "widgets/count_tile.h"
#include "widgets/data_table_view.h"
#include "widgets/toast.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QFile>
#include <QtCore/QLibraryInfo>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>

using namespace kestrel;
using namespace kestrel::test;
using ui::ImportWizard;

class ImportWizardTest : public ImportUiFixture {
    Q_OBJECT

private slots:
    void initTestCase() { setUpOnce(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void previewReadsWindows1251SemicolonsAndPrefillsMapping();
    void dryRunNumbersEqualWhatTheLoadDoes();
    void rejectsReachAFileTheResultPageOpens();
    void aFileLoadedBeforeNeedsForce();
    void cancelledLoadLeavesTheTableUnchanged();
    void aFailedLoadShowsItsErrorWithDetails();
    void productTagsAreAListField();
};

void ImportWizardTest::previewReadsWindows1251SemicolonsAndPrefillsMapping()
{
    seedUsers();
    const std::string file =
        cp1251(QStringLiteral("id клиента;Почта;ФИО;Страна;Канал;Устройство;Дата регистрации\r\n"
                              "1001;anna@example.com;Анна Смирнова;ru;organic;desktop;01.05.2024\r\n"
                              "1002;boris@example.com;Борис Петров;RU;social;mobile;02.05.2024\r\n"
                              "1003;vera@example.com;Вера Ёлкина;KZ;email;tablet;03.05.2024\r\n"
                              "1004;gleb@example.com;Глеб Орлов;RU;paid_search;mobile;"
                              "04.05.2024 12:30\r\n"));
    const QString path = writeFile(QStringLiteral("клиенты.csv"), file);
    ImportWizard* wizard = m_window->openImportWizard();
    QVERIFY(wizard);
    wizard->resize(1040, 720);
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::FileStep));
    QVERIFY(!wizard->filePage()->isComplete());
    if (screenshots())
        saveScreenshot(*wizard, QStringLiteral("import-1-file-empty.png"));

    QSignalSpy read(wizard->filePage(), &ui::FilePage::fileRead);
    wizard->filePage()->setFilePath(path);
    QVERIFY(read.wait(20000));
    QVERIFY2(read.first().at(0).toBool(), qPrintable(wizard->filePage()->errorText()));
    // The header matches users best (7 of 7 columns), so users is pre-selected.
    QCOMPARE(wizard->filePage()->entity(), std::string("users"));
    QVERIFY2(wizard->filePage()->matchText().startsWith(QStringLiteral("7 of 7 columns")),
             qPrintable(wizard->filePage()->matchText()));
    QVERIFY(wizard->filePage()->isComplete());
    saveScreenshot(*wizard, QStringLiteral("import-1-file.png"));

    QSignalSpy shown(wizard->previewPage(), &ui::PreviewPage::previewShown);
    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::PreviewStep));
    ui::PreviewPage* preview = wizard->previewPage();
    QVERIFY(shown.count() > 0 || shown.wait(20000));
    const QString summary = preview->readingSummary();
    QVERIFY2(summary.contains(QStringLiteral("Windows-1251")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("(;)")), qPrintable(summary));
    QVERIFY(preview->encodingCombo()->currentText().contains(QStringLiteral("Windows-1251")));
    QVERIFY(preview->delimiterCombo()->currentText().contains(QStringLiteral(";")));
    QCOMPARE(preview->table()->model()->rowCount(), 4);
    QCOMPARE(preview->table()->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("ФИО"));
    QCOMPARE(preview->table()->model()->index(2, 2).data().toString(), QStringLiteral("Вера Ёлкина"));

    const char* expected[] = {"user_id", "email",     "full_name", "country", "acquisition_channel",
                              "device",  "created_at"};
    QCOMPARE(preview->columnCount(), 7);
    for (int c = 0; c < 7; ++c)
        QCOMPARE(preview->mappingCombo(c)->currentData().toString(), QString::fromLatin1(expected[c]));
    QVERIFY(preview->missingText().isEmpty());
    QVERIFY(preview->isComplete());
    saveScreenshot(*wizard, QStringLiteral("import-2-preview.png"));

    // Ignoring a required column lists it in red and holds the wizard on this page.
    preview->mappingCombo(1)->setCurrentIndex(0);
    QVERIFY(preview->missingText().contains(QStringLiteral("email")));
    QVERIFY(!preview->isComplete());
    if (screenshots())
        saveScreenshot(*wizard, QStringLiteral("import-2-preview-missing.png"));
    preview->mappingCombo(1)->setCurrentIndex(preview->mappingCombo(1)->findData(QStringLiteral("email")));
    QVERIFY(preview->isComplete());

    // Forcing UTF-8 on this file is refused by the reader, readably; Auto reads it again.
    shown.clear();
    preview->encodingCombo()->setCurrentIndex(1);
    emit preview->encodingCombo()->activated(1);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.last().at(0).toBool(), false);
    QVERIFY(!preview->errorText().isEmpty());
    QVERIFY(!preview->isComplete());
    shown.clear();
    preview->encodingCombo()->setCurrentIndex(0);
    emit preview->encodingCombo()->activated(0);
    QVERIFY(shown.wait(20000));
    QVERIFY(shown.last().at(0).toBool());
    QCOMPARE(preview->mappingCombo(2)->currentData().toString(), QStringLiteral("full_name"));

    // Another table chosen on the first page: the mapping starts afresh for its fields.
    wizard->back();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::FileStep));
    wizard->filePage()->setEntity("orders");
    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::PreviewStep));
    QCOMPARE(preview->mappingCombo(0)->currentData().toString(), QStringLiteral("user_id")); // "id клиента"
    QCOMPARE(preview->mappingCombo(1)->currentData().toString(), QString());                 // orders has no e-mail
    QVERIFY2(preview->missingText().contains(QStringLiteral("order_id")), qPrintable(preview->missingText()));
    QVERIFY(!preview->isComplete());
    wizard->close();
}

void ImportWizardTest::dryRunNumbersEqualWhatTheLoadDoes()
{
    seedUsers();
    const std::string file =
        cp1251(QStringLiteral("id клиента;Почта;ФИО;Страна;Канал;Устройство;Дата регистрации\r\n"
                              "1001;anna@example.com;Анна Смирнова;ru;organic;desktop;01.05.2024\r\n"
                              "1002;boris@example.com;Борис Петров;RU;social;mobile;02.05.2024\r\n"
                              "1003;vera@example.com;Вера Ёлкина;KZ;email;tablet;03.05.2024\r\n"
                              "1004;gleb@example.com;Глеб Орлов;RU;paid_search;mobile;"
                              "04.05.2024 12:30\r\n"));
    const QString path = writeFile(QStringLiteral("users-cp1251.csv"), file);
    const long long before = scalar("SELECT count(*) FROM crm.users");
    ImportWizard* wizard = openWizardOn(path);
    QVERIFY(wizard);
    wizard->next();
    const auto check = runCheck(wizard);
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->error));
    ui::ValidationPage* v = wizard->validationPage();
    using C = ui::ValidationPage::Count;
    // The truth of the fixture: 1001 is stored as in the file, 1002 differs, 1003 and 1004 are new.
    QCOMPARE(v->tile(C::Read)->value(), std::optional<std::int64_t>(4));
    QCOMPARE(v->tile(C::Insert)->value(), std::optional<std::int64_t>(2));
    QCOMPARE(v->tile(C::Update)->value(), std::optional<std::int64_t>(1));
    QCOMPARE(v->tile(C::Unchanged)->value(), std::optional<std::int64_t>(1));
    QCOMPARE(v->tile(C::Delete)->value(), std::optional<std::int64_t>(0));
    QCOMPARE(v->tile(C::Rejected)->value(), std::optional<std::int64_t>(0));
    QCOMPARE(v->tile(C::Insert)->valueText(), QStringLiteral("2"));
    QVERIFY(v->previousLoadText().isEmpty());
    QVERIFY2(v->isComplete(), qPrintable(v->blockingText()));
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), before); // the check wrote nothing
    QCOMPARE(scalar("SELECT count(*) FROM ops.loads"), 0LL);
    saveScreenshot(*wizard, QStringLiteral("import-3-check.png"));

    // Replace would also delete user 900, which is not in the file.
    QSignalSpy checked(v, &ui::ValidationPage::checked);
    v->setMode(core::LoadMode::Replace);
    QVERIFY(v->isChecking());
    QVERIFY(checked.wait(60000));
    QCOMPARE(v->tile(C::Delete)->value(), std::optional<std::int64_t>(1));
    v->setMode(core::LoadMode::Upsert);
    QVERIFY(checked.wait(60000));
    QCOMPARE(v->tile(C::Delete)->value(), std::optional<std::int64_t>(0));

    QSignalSpy finished(m_window->loadJobs(), &ui::LoadJobs::importFinished);
    QSignalSpy dashboardLoaded(m_window->dashboard(), &ui::DashboardPage::loaded);
    const auto result = runLoad(wizard);
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error));
    const core::LoadReport& r = *result->report;
    const std::string id = std::to_string(r.loadId);
    // What the load did, counted in the database.
    QCOMPARE(scalar("SELECT count(*) FROM crm.users"), before + 2);
    QCOMPARE(scalar("SELECT count(*) FROM crm.users WHERE load_id = " + id), 3LL); // inserted + updated
    QCOMPARE(scalar("SELECT count(*) FROM ops.undo_crm_users WHERE undo_load_id = " + id), 1LL);
    QCOMPARE(text("SELECT full_name FROM crm.users WHERE user_id = 1002"), std::string("Борис Петров"));
    QCOMPARE(text("SELECT full_name FROM crm.users WHERE user_id = 1003"), std::string("Вера Ёлкина"));
    QCOMPARE(text("SELECT country FROM crm.users WHERE user_id = 1003"), std::string("KZ"));
    QCOMPARE(text("SELECT status || ' ' || rows_inserted || ' ' || rows_updated FROM ops.loads WHERE load_id = " + id),
             std::string("succeeded 2 1"));
    // …and it equals the check.
    const core::LoadReport& d = *check->report;
    QCOMPARE(r.rowsInserted, d.rowsInserted);
    QCOMPARE(r.rowsUpdated, d.rowsUpdated);
    QCOMPARE(r.rowsUnchanged, d.rowsUnchanged);

    ui::ResultPage* res = wizard->resultPage();
    QVERIFY(res->headline().contains(QStringLiteral("was loaded into Users")));
    QCOMPARE(res->tile(ui::ResultPage::Count::Inserted)->value(), std::optional<std::int64_t>(2));
    QCOMPARE(res->tile(ui::ResultPage::Count::Updated)->value(), std::optional<std::int64_t>(1));
    QVERIFY(!res->openRejectsButton()->isVisibleTo(res));
    saveScreenshot(*wizard, QStringLiteral("import-5-result.png"));
    QVERIFY(finished.count() >= 1);
    // The main window refreshed the dashboard and the Loads page after the load.
    QVERIFY(dashboardLoaded.count() > 0 || dashboardLoaded.wait(30000));
    QVERIFY(QTest::qWaitFor([&] { return m_window->loadsPage()->model()->rowOf(r.loadId) >= 0; }, 20000));
    wizard->accept();
}

void ImportWizardTest::rejectsReachAFileTheResultPageOpens()
{
    seedUsers();
    const QString path = writeFile(QStringLiteral("users-with-rejects.csv"),
                                   "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                   "2001,a@example.com,A One,US,organic,desktop,2025-01-05\n"
                                   "2002,not-an-email,B Two,US,organic,desktop,2025-01-05\n"
                                   "2003,c@example.com,C Three,US,organic,desktop,31.02.2025\n"
                                   "2004,d@example.com,D Four,US,tv,desktop,2025-01-05\n"
                                   "2005,e@example.com,E Five,GB,social,mobile,2025-01-06\n");
    ImportWizard* wizard = openWizardOn(path);
    QVERIFY(wizard);
    wizard->next();
    const auto check = runCheck(wizard);
    QVERIFY(check && check->ok());
    ui::ValidationPage* v = wizard->validationPage();
    using C = ui::ValidationPage::Count;
    QCOMPARE(v->tile(C::Rejected)->value(), std::optional<std::int64_t>(3));
    QCOMPARE(v->tile(C::Insert)->value(), std::optional<std::int64_t>(2));
    QCOMPARE(v->rejectsTable()->rowCount(), 3);
    QCOMPARE(v->rejectsTable()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(v->rejectsTable()->item(0, 1)->text(), QStringLiteral("email"));
    QVERIFY(v->rejectsTable()->item(0, 3)->text().contains(QStringLiteral("not an e-mail address")));
    QCOMPARE(v->reasonsTable()->rowCount(), 3);
    // "Load nothing" (the default) would fail the load, so the wizard says so and waits.
    QVERIFY(!v->isComplete());
    QVERIFY2(v->blockingText().contains(QStringLiteral("3 rows are rejected")), qPrintable(v->blockingText()));
    saveScreenshot(*wizard, QStringLiteral("import-3-check-rejects.png"));
    v->setRejectPolicy(core::RejectPolicy::LoadGoodRows);
    QVERIFY(v->isComplete());

    const auto result = runLoad(wizard);
    QVERIFY(result && result->ok());
    QCOMPARE(result->report->rowsInserted, std::int64_t(2));
    QCOMPARE(result->report->rowsRejected, std::int64_t(3));
    QCOMPARE(scalar("SELECT count(*) FROM crm.users WHERE user_id BETWEEN 2001 AND 2005"), 2LL);
    ui::ResultPage* res = wizard->resultPage();
    QVERIFY(res->openRejectsButton()->isVisibleTo(res));
    QCOMPARE(res->tile(ui::ResultPage::Count::Rejected)->valueText(), QStringLiteral("3"));
    saveScreenshot(*wizard, QStringLiteral("import-5-result-rejects.png"));
    res->openRejectsButton()->click();
    QCOMPARE(m_opened.size(), 1);
    QFile rejects(m_opened.first());
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(rejects.readAll());
    QVERIFY2(content.contains(QStringLiteral("3,email,not-an-email,not an e-mail address")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("no such date")));
    wizard->accept();

    // The main window's toast says the same and opens the same file.
    const auto toasts = ui::ToastOverlay::of(m_window.get())->toasts();
    QVERIFY(!toasts.isEmpty());
    ui::Toast* toast = toasts.last();
    QCOMPARE(toast->kind(), ui::Toast::Kind::Success);
    QVERIFY2(toast->text().contains(QStringLiteral("users-with-rejects.csv loaded into Users: 2 inserted")),
             qPrintable(toast->text()));
    QCOMPARE(toast->actionButtons().size(), 1);
    QCOMPARE(toast->actionButtons().first()->text(), QStringLiteral("Open rejects"));
    saveScreenshot(*m_window, QStringLiteral("toast-rejects.png"));
    toast->trigger(0);
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last(), m_opened.first());
}

void ImportWizardTest::aFileLoadedBeforeNeedsForce()
{
    seedUsers();
    const QString path = writeFile(QStringLiteral("users-twice.csv"),
                                   "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                   "3001,x@example.com,X,US,organic,desktop,2025-01-05\n");
    for (int round = 0; round < 2; ++round) {
        ImportWizard* wizard = openWizardOn(path);
        QVERIFY(wizard);
        wizard->next();
        const auto check = runCheck(wizard);
        QVERIFY(check && check->ok());
        ui::ValidationPage* v = wizard->validationPage();
        if (round == 0) {
            QVERIFY(v->previousLoadText().isEmpty());
        } else {
            // The check still gives its numbers (nothing changes), names the earlier load, and
            // the load waits for "force".
            QVERIFY2(v->previousLoadText().contains(QStringLiteral("loaded into Users before")),
                     qPrintable(v->previousLoadText()));
            QCOMPARE(v->tile(ui::ValidationPage::Count::Unchanged)->value(), std::optional<std::int64_t>(1));
            QVERIFY(!v->isComplete());
            saveScreenshot(*wizard, QStringLiteral("import-3-check-loaded-before.png"));
            v->forceBox()->setChecked(true);
            QVERIFY(v->isComplete());
        }
        const auto result = runLoad(wizard);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QVERIFY(result->request.force == (round == 1));
        wizard->accept();
        QTest::qWait(10);
    }
    QCOMPARE(scalar("SELECT count(*) FROM ops.loads WHERE status = 'succeeded'"), 2LL);
}

void ImportWizardTest::cancelledLoadLeavesTheTableUnchanged()
{
    seedUsers();
    std::string big = "user_id,email,full_name,country,acquisition_channel,device,created_at\n";
    for (int i = 0; i < 120000; ++i) {
        const std::string n = std::to_string(100000 + i);
        big += n + ",u" + n + "@example.com,User " + n + ",DE,organic,mobile,2025-02-01\n";
    }
    const QString path = writeFile(QStringLiteral("users-big.csv"), big);
    const std::string before = usersDigest();
    ImportWizard* wizard = openWizardOn(path);
    QVERIFY(wizard);
    wizard->next();
    const auto check = runCheck(wizard);
    QVERIFY(check && check->ok());
    QCOMPARE(check->report->rowsInserted, std::int64_t(120000));

    wizard->next();
    QCOMPARE(wizard->currentId(), static_cast<int>(ImportWizard::LoadStep));
    ui::LoadPage* load = wizard->loadPage();
    QVERIFY(load->isLoading());
    // The wizard stays responsive while loading: wait for progress through the event loop.
    QSignalSpy progress(m_window->loadJobs(), &ui::LoadJobs::progress);
    progress.wait(10000);
    saveScreenshot(*wizard, QStringLiteral("import-4-loading.png"));
    wizard->reject(); // closing during a load asks it to stop and keeps the wizard open
    QVERIFY(wizard->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::ResultStep; }, 60000));
    const auto result = wizard->session().result;
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(result->cancelled);
    QVERIFY(wizard->resultPage()->headline().contains(QStringLiteral("cancelled")));
    QCOMPARE(usersDigest(), before);
    QCOMPARE(text("SELECT status FROM ops.loads ORDER BY load_id DESC LIMIT 1"), std::string("cancelled"));
    saveScreenshot(*wizard, QStringLiteral("import-5-result-cancelled.png"));
    wizard->accept();
}

void ImportWizardTest::aFailedLoadShowsItsErrorWithDetails()
{
    seedUsers();
    // File ▸ Import… (Ctrl+I) opens the wizard.
    auto* action = m_window->findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    QVERIFY(m_window->importWizard());
    m_window->importWizard()->close();

    const QString path = writeFile(QStringLiteral("users-changing.csv"),
                                   "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                   "6001,f@example.com,F,US,organic,desktop,2025-01-05\n");
    ImportWizard* wizard = openWizardOn(path);
    QVERIFY(wizard);
    wizard->next();
    const auto check = runCheck(wizard);
    QVERIFY(check && check->ok());
    // The file changes between the check and the load: the load fails, readably.
    writeFile(QStringLiteral("users-changing.csv"),
              "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
              "6001,f@example.com,F,US,organic,desktop,2025-01-05\n"
              "6002,\"unterminated,G,US,organic,desktop,2025-01-05\n");
    const auto result = runLoad(wizard);
    QVERIFY(result);
    QVERIFY(!result->ok());
    QVERIFY(!result->cancelled);
    ui::ResultPage* res = wizard->resultPage();
    QVERIFY2(res->headline().contains(QStringLiteral("failed")), qPrintable(res->headline()));
    QVERIFY2(res->errorText().contains(QStringLiteral("users-changing.csv")), qPrintable(res->errorText()));
    QVERIFY(res->errorText().contains(QStringLiteral("Nothing was stored")));
    QVERIFY(res->detailsButton()->isVisibleTo(res));
    QVERIFY(res->detailsText().contains(QStringLiteral("Where: users-changing.csv:")));
    res->detailsButton()->click();
    saveScreenshot(*wizard, QStringLiteral("import-5-result-failed.png"));
    QCOMPARE(scalar("SELECT count(*) FROM crm.users WHERE user_id >= 6000"), 0LL);
    wizard->accept();
}

QObject* makeImportWizardTest()
{
    return new ImportWizardTest;
}

// Products take a tags column (for the content-based recommendations): the wizard maps it, names
// its type as a list in both languages, and the load stores the words lower-cased.
void ImportWizardTest::productTagsAreAListField()
{
    exec("TRUNCATE crm.products, crm.product_prices, crm.order_items, crm.events, ops.loads CASCADE");
    const QString path = writeFile(QStringLiteral("products-tags.csv"), "product_id,sku,name,category,base_price,tags\n"
                                                                        "1,S1,Kettle,home,10,Steel | GIFT\n"
                                                                        "2,S2,Mug,home,5,ceramic\n");
    for (const bool russian : {false, true}) {
        QTranslator ru, qtRu;
        if (russian) {
            QVERIFY(ru.load(QStringLiteral(":/i18n/kestrel_ru.qm")));
            QCoreApplication::installTranslator(&ru);
            if (qtRu.load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qtRu);
            QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        }
        ImportWizard* wizard = openWizardOn(path);
        QVERIFY(wizard);
        QCOMPARE(wizard->filePage()->entity(), std::string("products"));
        QSignalSpy shown(wizard->previewPage(), &ui::PreviewPage::previewShown);
        wizard->next();
        ui::PreviewPage* preview = wizard->previewPage();
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        QCOMPARE(preview->mappingCombo(5)->currentData().toString(), QStringLiteral("tags"));
        ui::FieldsTable* fields = preview->fieldsTable();
        int row = -1;
        for (int r = 0; r < fields->rowCount(); ++r)
            if (fields->item(r, ui::FieldsTable::Field)->text() == QStringLiteral("tags"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(fields->item(row, ui::FieldsTable::Type)->text(),
                 russian ? QStringLiteral("список (a | b | c)") : QStringLiteral("list (a | b | c)"));
        const QString lang = russian ? QStringLiteral("ru") : QStringLiteral("en");
        for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
            wizard->resize(size);
            fields->scrollToItem(fields->item(row, ui::FieldsTable::Field));
            saveScreenshot(
                *wizard,
                QStringLiteral("import-products-tags-%1-%2x%3.png").arg(lang).arg(size.width()).arg(size.height()));
        }
        if (!russian) {
            const auto check = runCheck(wizard);
            QVERIFY(check && check->ok());
            QVERIFY(runLoad(wizard));
            QCOMPARE(text("SELECT tags::text FROM crm.products WHERE product_id = 1"), std::string("{steel,gift}"));
        }
        wizard->close();
        if (russian) {
            QCoreApplication::removeTranslator(&ru);
            QCoreApplication::removeTranslator(&qtRu);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
}

#include "import_wizard_test.moc"
