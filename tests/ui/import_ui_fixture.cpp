#include "import_ui_fixture.h"

#include "db/database.h"
#include "import/file_page.h"
#include "import/import_session.h"
#include "import/validation_page.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "models/loads_model.h"
#include "pages/dashboard_page.h"
#include "pages/loads_page.h"
#include "test_cluster.h"
#include "widgets/file_opener.h"

#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <pqxx/transaction>

#include <fstream>

namespace kestrel::test {

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
    core::Database db(TestCluster::instance().params());
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
    core::Database db(TestCluster::instance().params());
    db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
}

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

ImportUiFixture::ImportUiFixture() = default;
ImportUiFixture::~ImportUiFixture() = default;

void ImportUiFixture::setUpOnce()
{
    QVERIFY(m_dir.isValid());
    m_jobs = std::make_unique<core::JobRunner>(TestCluster::instance().params());
    ui::setLocalFileOpener([this](const QString& path) {
        m_opened << path;
        return true;
    });
}

void ImportUiFixture::setUp()
{
    QSettings().clear();
    m_opened.clear();
    m_window = std::make_unique<ui::MainWindow>(TestCluster::instance().params(), *m_jobs);
    m_window->resize(1400, 900);
    m_window->show();
    // The dashboard reads several tables at once; let it finish before a test truncates them
    // (TRUNCATE against those reads can deadlock).
    QVERIFY(QTest::qWaitFor([&] { return !m_window->dashboard()->isLoading(); }, 60000));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->loadsPage()->model()->isLoading(); }, 60000));
}

void ImportUiFixture::tearDown()
{
    m_jobs->waitForAll();
    QTest::qWait(20); // deliver the finished signals before the window goes
    m_window.reset();
}

QString ImportUiFixture::writeFile(const QString& name, const std::string& bytes)
{
    const QString path = m_dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::binary) << bytes;
    return path;
}

void ImportUiFixture::seedUsers()
{
    exec("TRUNCATE crm.users, crm.products, crm.product_prices, crm.orders, crm.order_items, crm.events, "
         "crm.events_daily, crm.user_activity_monthly, ml.user_metrics, ops.audit_log, ops.loads CASCADE");
    // Stored before any load: 1001 equals its line in the file, 1002 differs in the name.
    exec("INSERT INTO crm.users (user_id, email, full_name, country, acquisition_channel, device, created_at) VALUES "
         "(1001, 'anna@example.com', 'Анна Смирнова', 'RU', 'organic', 'desktop', '2024-05-01 00:00:00+00'), "
         "(1002, 'boris@example.com', 'Борис Old', 'RU', 'social', 'mobile', '2024-05-02 00:00:00+00'), "
         "(900, 'other@example.com', 'Other', 'US', 'email', 'tablet', '2024-01-01 00:00:00+00')");
}

ui::ImportWizard* ImportUiFixture::openWizardOn(const QString& path)
{
    ui::ImportWizard* wizard = m_window->openImportWizard();
    if (!wizard)
        return nullptr;
    wizard->resize(1040, 720);
    QSignalSpy read(wizard->filePage(), &ui::FilePage::fileRead);
    wizard->filePage()->setFilePath(path);
    if (!read.wait(20000) || !read.first().at(0).toBool())
        return nullptr;
    return wizard;
}

ui::ImportOutcomePtr ImportUiFixture::runCheck(ui::ImportWizard* wizard)
{
    QSignalSpy checked(wizard->validationPage(), &ui::ValidationPage::checked);
    wizard->next();
    if (wizard->currentId() != ui::ImportWizard::ValidationStep || !checked.wait(60000))
        return nullptr;
    return wizard->validationPage()->outcome();
}

ui::ImportOutcomePtr ImportUiFixture::runLoad(ui::ImportWizard* wizard)
{
    if (!wizard->validationPage()->isComplete())
        return nullptr;
    wizard->next();
    if (wizard->currentId() != ui::ImportWizard::LoadStep)
        return nullptr;
    if (!QTest::qWaitFor([&] { return wizard->currentId() == ui::ImportWizard::ResultStep; }, 60000))
        return nullptr;
    return wizard->session().result;
}

} // namespace kestrel::test
