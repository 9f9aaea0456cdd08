// The import wizard and the Loads page against a real database: the preview reads a Windows-1251
// semicolon file with Russian headers, the mapping is pre-filled, the dry run's numbers equal what
// the load then does (checked with independent SQL), rejects reach a file the result page opens,
// a repeated file needs "force", a cancelled load changes nothing, and a rollback started from the
// Loads page restores the table exactly.
#include "common/logging.h"
#include "db/database.h"
#include "import/file_page.h"
#include "import/import_session.h"
#include "import/import_wizard.h"
#include "import/load_page.h"
#include "import/preview_page.h"
#include "import/result_page.h"
#include "import/validation_page.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/load_jobs.h"
#include "models/loads_model.h"
#include "pages/dashboard_page.h"
#include "pages/loads_page.h"
#include "test_cluster.h"
#include "widgets/count_tile.h"
#include "widgets/data_table_view.h"
#include "widgets/file_opener.h"
#include "widgets/toast.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <pqxx/transaction>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace kestrel;
using ui::ImportWizard;

namespace {

/// Windows-1251 bytes of a UTF-8 string with Russian letters (enough for the fixtures).
std::string cp1251(const QString& text)
{
    std::string out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += static_cast<char>(u);
        else if (u >= 0x410 && u <= 0x44F)
            out += static_cast<char>(0xC0 + (u - 0x410));
        else if (u == 0x401)
            out += '\xA8';
        else if (u == 0x451)
            out += '\xB8';
        else
            out += '?';
    }
    return out;
}

std::string text(const std::string& sql)
{
    std::string v;
    core::Database db(test::TestCluster::instance().params());
    db.read([&](pqxx::work& tx) {
        const auto r = tx.exec1(sql);
        v = r[0].is_null() ? "<null>" : r[0].c_str();
    });
    return v;
}

long long scalar(const std::string& sql)
{
    return std::stoll(text(sql));
}

void exec(const std::string& sql)
{
    core::Database db(test::TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
}

/// Every stored row of crm.users, load_id included.
std::string usersDigest()
{
    return text("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY user_id)), '-') || ':' || count(*) "
                "FROM crm.users t");
}

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("KESTREL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(150); // pending layouts and the first paint of new pages
    QVERIFY(w.grab().save(QDir(dir).filePath(name), "PNG"));
}

bool screenshots()
{
    return !qEnvironmentVariableIsEmpty("KESTREL_SCREENSHOT_DIR");
}

} // namespace

class ImportTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void previewReadsWindows1251SemicolonsAndPrefillsMapping();
    void dryRunNumbersEqualWhatTheLoadDoes();
    void rejectsReachAFileTheResultPageOpens();
    void aFileLoadedBeforeNeedsForce();
    void cancelledLoadLeavesTheTableUnchanged();
    void loadsPageListsLoadsAndRollbackRestoresTheTable();
    void failedLoadIsListedWithItsError();
    void loadsPageShowsEveryStatus();

private:
    QString writeFile(const QString& name, const std::string& bytes);
    /// Sets the file, waits for its header and goes to the preview.
    ImportWizard* openWizardOn(const QString& path);
    /// From the preview through the check; returns the check's outcome.
    ui::ImportOutcomePtr runCheck(ImportWizard* wizard);
    /// From a completed check through the load to the result page.
    ui::ImportOutcomePtr runLoad(ImportWizard* wizard);
    void seedUsers();

    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QStringList m_opened; // files the "open rejects" buttons asked the desktop to open
};

void ImportTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_jobs = std::make_unique<core::JobRunner>(test::TestCluster::instance().params());
    ui::setLocalFileOpener([this](const QString& path) {
        m_opened << path;
        return true;
    });
}

void ImportTest::init()
{
    QSettings().clear();
    m_opened.clear();
    m_window = std::make_unique<ui::MainWindow>(test::TestCluster::instance().params(), *m_jobs);
    m_window->resize(1400, 900);
    m_window->show();
    // The dashboard reads several tables at once; let it finish before a test truncates them
    // (TRUNCATE against those reads can deadlock).
    QVERIFY(QTest::qWaitFor([&] { return !m_window->dashboard()->isLoading(); }, 60000));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->loadsPage()->model()->isLoading(); }, 60000));
}

void ImportTest::cleanup()
{
    m_jobs->waitForAll();
    QTest::qWait(20); // deliver the finished signals before the window goes
    m_window.reset();
}

QString ImportTest::writeFile(const QString& name, const std::string& bytes)
{
    const QString path = m_dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
    return path;
}

void ImportTest::seedUsers()
{
    exec("TRUNCATE crm.users, crm.products, crm.product_prices, crm.orders, crm.order_items, crm.events, "
         "crm.events_daily, crm.user_activity_monthly, ml.user_metrics, ops.audit_log, ops.loads CASCADE");
    // Stored before any load: 1001 equals its line in the file, 1002 differs in the name.
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) VALUES "
         "(1001, 'anna@example.com', 'Анна Смирнова', 'RU', 'organic', 'desktop', '2024-05-01 00:00:00+00'), "
         "(1002, 'boris@example.com', 'Борис Old', 'RU', 'social', 'mobile', '2024-05-02 00:00:00+00'), "
         "(900, 'other@example.com', 'Other', 'US', 'email', 'tablet', '2024-01-01 00:00:00+00')");
}

ImportWizard* ImportTest::openWizardOn(const QString& path)
{
    ImportWizard* wizard = m_window->openImportWizard();
    if (!wizard)
        return nullptr;
    wizard->resize(1040, 720);
    QSignalSpy read(wizard->filePage(), &ui::FilePage::fileRead);
    wizard->filePage()->setFilePath(path);
    if (!read.wait(20000) || !read.first().at(0).toBool())
        return nullptr;
    return wizard;
}

ui::ImportOutcomePtr ImportTest::runCheck(ImportWizard* wizard)
{
    QSignalSpy checked(wizard->validationPage(), &ui::ValidationPage::checked);
    wizard->next();
    if (wizard->currentId() != ImportWizard::ValidationStep || !checked.wait(60000))
        return nullptr;
    return wizard->validationPage()->outcome();
}

ui::ImportOutcomePtr ImportTest::runLoad(ImportWizard* wizard)
{
    if (!wizard->validationPage()->isComplete())
        return nullptr;
    wizard->next();
    if (wizard->currentId() != ImportWizard::LoadStep)
        return nullptr;
    if (!QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::ResultStep; }, 60000))
        return nullptr;
    return wizard->session().result;
}

void ImportTest::previewReadsWindows1251SemicolonsAndPrefillsMapping()
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
    wizard->close();
}

void ImportTest::dryRunNumbersEqualWhatTheLoadDoes()
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
    wizard->accept();
}

void ImportTest::rejectsReachAFileTheResultPageOpens()
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

void ImportTest::aFileLoadedBeforeNeedsForce()
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

void ImportTest::cancelledLoadLeavesTheTableUnchanged()
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

void ImportTest::loadsPageListsLoadsAndRollbackRestoresTheTable()
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

void ImportTest::failedLoadIsListedWithItsError()
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

void ImportTest::loadsPageShowsEveryStatus()
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
    // Rejects files go under the data folder: keep them out of the user's (or /var/lib's).
    const auto data = std::filesystem::temp_directory_path() / ("kestrel-ui-import-" + std::to_string(::getpid()));
    std::filesystem::create_directories(data);
    qputenv("KESTREL_DATA_DIR", QByteArray::fromStdString(data.string()));

    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_import_tests"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-import-tests.log";
    core::logging::init(log);

    int rc = 0;
    {
        ImportTest test;
        rc = QTest::qExec(&test, argc, argv);
    }
    std::error_code ec;
    std::filesystem::remove_all(data, ec);
    return rc;
}

#include "import_test.moc"
